/* Embed: <script src="{{ app_url }}/widget.js" async></script>
   Adds a "Free case review" button that opens the intake chat on the host page.
   The host page's origin must be listed in CHAT_ALLOWED_ORIGINS.
   The button speaks the language the visitor chose in the chat (chat.js keeps it in
   this page's storage under LANG_KEY, and tells the panel when it changes). */
(function () {
  "use strict";
  if (window.__medmalWidget) return;
  window.__medmalWidget = true;
  var APP = {{ app_url | tojson }}, RASA = {{ rasa_url | tojson }}, TITLE = {{ firm_name | tojson }};
  var LANG_KEY = "medmal-chat-language";
  // The spoken name starts with the visible words (WCAG 2.5.3, Label in Name). ASCII
  // escapes: this file is served without a charset, and read in the host page's.
  var LAUNCHER = {
    en: { text: "Free case review", label: "Free case review, confidential chat" },
    es: { text: "Revisi\u00f3n gratuita de su caso",
          label: "Revisi\u00f3n gratuita de su caso, chat confidencial" }
  };
  function read(storage) {
    try { return window[storage].getItem(LANG_KEY); } catch (e) { return null; }
  }
  var host = document.createElement("div");
  host.setAttribute("id", "medmal-widget");
  document.body.appendChild(host);
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = APP + "/static/chat.css";
  root.appendChild(css);
  var button = document.createElement("button");
  button.className = "medmal-launcher";
  button.type = "button";
  button.setAttribute("aria-expanded", "false");
  function speak(lang) {
    var words = LAUNCHER[lang] || LAUNCHER.en;
    button.lang = LAUNCHER[lang] ? lang : "en";
    button.textContent = words.text;
    button.setAttribute("aria-label", words.label);
  }
  speak(read("localStorage") || read("sessionStorage"));
  root.appendChild(button);
  var panel = document.createElement("section");
  panel.className = "medmal-chat medmal-chat--widget";
  panel.hidden = true;
  panel.dataset.rasaUrl = RASA;
  panel.dataset.title = TITLE;
  panel.addEventListener("medmal-chat-language", function (e) { speak(e.detail); });
  root.appendChild(panel);
  var mounted = false;
  function open() {
    panel.hidden = !panel.hidden;
    button.setAttribute("aria-expanded", String(!panel.hidden));
    if (!mounted && !panel.hidden) {
      mounted = true;
      if (window.MedmalChat) { window.MedmalChat.mount(panel); return; }
      var s = document.createElement("script");
      s.src = APP + "/static/chat.js";
      s.onload = function () { window.MedmalChat.mount(panel); };
      document.head.appendChild(s);
    }
  }
  button.addEventListener("click", open);
})();
