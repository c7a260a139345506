/* Embed: <script src="{{ app_url }}/widget.js" async></script>
   Adds a "Free case review" button that opens the intake chat on the host page.
   The host page's origin must be listed in CHAT_ALLOWED_ORIGINS. */
(function () {
  "use strict";
  if (window.__medmalWidget) return;
  window.__medmalWidget = true;
  var APP = {{ app_url | tojson }}, RASA = {{ rasa_url | tojson }}, TITLE = {{ firm_name | tojson }};
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
  button.textContent = "Free case review";
  button.setAttribute("aria-expanded", "false");
  root.appendChild(button);
  var panel = document.createElement("section");
  panel.className = "medmal-chat medmal-chat--widget";
  panel.hidden = true;
  panel.dataset.rasaUrl = RASA;
  panel.dataset.title = TITLE;
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
