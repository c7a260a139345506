/* Intake chat UI. Talks to the Rasa server's webchat channel:
   POST /webhooks/webchat/session, POST /message, GET /history, POST /end (Bearer token).
   The token lives in localStorage: a reload, or coming back later in the same
   browser, continues the conversation. "End chat" ends it on the server and
   forgets it here (shared devices). Once the intake is stored, /history no
   longer replays what was said.
   The language toggle (English / Español): the page's own words follow it, and once
   the visitor has chosen, every message carries {"language": ...} so the assistant
   answers in it (the assistant also follows a language typed or asked for). Chosen
   before anything was said, the conversation starts again in that language.
   The server's own messages (errors, "received") come in the language sent with the
   request (bot/channels/web_texts.py) and are shown as they come. The widget's launcher
   (widget.js) listens for the "medmal-chat-language" event on the chat's root.
   Until the visitor chooses, the page's words follow the conversation's language, which
   the server sends with its replies (a visitor who just types Spanish): that is shown,
   never stored or sent back as a choice, so the assistant keeps reading the words. */
(function () {
  "use strict";
  var KEY = "medmal-chat-token";
  var LANG_KEY = "medmal-chat-language";
  var WORDS = {
    en: {
      title: "Confidential intake",
      pageTitle: "Talk to {firm} — confidential intake",
      sub: "Private and confidential. Not legal advice.",
      end: "End chat",
      endLabel: "End chat and clear it from this device",
      endConfirm: "End this chat and clear it from this device? What you sent is already saved.",
      log: "Conversation",
      placeholder: "Type your answer…",
      input: "Your message",
      send: "Send",
      language: "Language",
      connecting: "Connecting…",
      typing: "Typing…",
      expired: "Your session expired; starting a new one.",
      unsent: "Couldn't reach the assistant. Your message is still in the box: tap Send to try again.",
      unreachable: "The assistant is not reachable right now. Please try again in a minute.",
      switched: "The assistant will answer in English from your next message."
    },
    es: {
      title: "Consulta confidencial",
      pageTitle: "Hable con {firm} — consulta confidencial",
      sub: "Privado y confidencial. No es asesoría legal.",
      end: "Terminar chat",
      endLabel: "Terminar chat y borrarlo de este dispositivo",
      endConfirm: "¿Terminar este chat y borrarlo de este dispositivo? Lo que envió ya está guardado.",
      log: "Conversación",
      placeholder: "Escriba su respuesta…",
      input: "Su mensaje",
      send: "Enviar",
      language: "Idioma",
      connecting: "Conectando…",
      typing: "Escribiendo…",
      expired: "Su sesión venció; empezamos una nueva.",
      unsent: "No pudimos comunicarnos con el asistente. Su mensaje sigue en el cuadro: toque Enviar para intentarlo de nuevo.",
      unreachable: "El asistente no está disponible en este momento. Por favor, inténtelo de nuevo en un minuto.",
      switched: "El asistente le contestará en español desde su próximo mensaje."
    }
  };
  var store = (function () {
    try { localStorage.setItem("medmal-probe", "1"); localStorage.removeItem("medmal-probe"); return localStorage; }
    catch (e) { return sessionStorage; }  // storage blocked: keep the chat for this tab at least
  })();

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;  // never innerHTML: visitor and bot text is data
    return n;
  }

  function mount(root) {
    var base = (root.dataset.rasaUrl || "").replace(/\/$/, "") + "/webhooks/webchat";
    root.textContent = "";
    var chosen = store.getItem(LANG_KEY);  // set only by the visitor's choice
    if (chosen !== "en" && chosen !== "es") chosen = null;
    var lang = chosen || "en";
    function t(key) { return WORDS[lang][key] || WORDS.en[key]; }
    var firm = root.dataset.title || "";
    var header = el("header", "mc-header");
    var title = el("h1", "mc-title");
    header.appendChild(title);
    var sub = el("p", "mc-sub");
    header.appendChild(sub);
    // A real <select> inside its <label>: named by the label, keyboard and screen-reader
    // ready; each option is marked with its own language.
    var langLabel = el("label", "mc-lang");
    var langText = el("span", "mc-lang-text");
    var picker = el("select", "mc-lang-select");
    [["en", "English"], ["es", "Español"]].forEach(function (o) {
      var option = el("option", null, o[1]);
      option.value = o[0];
      option.lang = o[0];
      picker.appendChild(option);
    });
    picker.value = lang;
    langLabel.appendChild(langText);
    langLabel.appendChild(picker);
    header.appendChild(langLabel);
    var end = el("button", "mc-end");
    end.type = "button";
    end.addEventListener("click", function () {
      if (!window.confirm(t("endConfirm"))) return;
      endConversation();
      log.textContent = "";
      start();
    });
    header.appendChild(end);
    var log = el("div", "mc-log");
    log.setAttribute("role", "log");
    log.setAttribute("aria-live", "polite");
    var status = el("p", "mc-status");
    status.setAttribute("role", "status");
    var form = el("form", "mc-form");
    var input = el("textarea", "mc-input");
    input.rows = 1;
    input.maxLength = 2000;
    input.setAttribute("enterkeyhint", "send");
    var send = el("button", "mc-send");
    send.type = "submit";
    form.appendChild(input);
    form.appendChild(send);
    root.appendChild(header);
    root.appendChild(log);
    root.appendChild(status);
    root.appendChild(form);

    var busy = false;
    var spoken = false;  // the visitor has sent a message in this conversation

    // The page's own words in the chosen language.
    function applyWords() {
      root.setAttribute("lang", lang);
      if (root.classList.contains("medmal-chat--page")) {
        document.documentElement.lang = lang;
        if (firm) document.title = t("pageTitle").replace("{firm}", firm);
      }
      title.textContent = firm || t("title");
      sub.textContent = t("sub");
      langText.textContent = t("language") + " ";
      end.textContent = t("end");
      // The spoken name starts with the visible words (WCAG 2.5.3, Label in Name), so
      // "click End chat" works for speech-input users; the rest says what it does.
      end.setAttribute("aria-label", t("endLabel"));
      log.setAttribute("aria-label", t("log"));
      input.placeholder = t("placeholder");
      input.setAttribute("aria-label", t("input"));
      send.textContent = t("send");
      // For the widget's launcher, outside this root (widget.js).
      root.dispatchEvent(new CustomEvent("medmal-chat-language", { detail: lang }));
    }
    applyWords();

    // The conversation's language from a reply: the page's words follow it until the
    // visitor chooses one. Not a choice: not stored, not sent with the messages.
    function follow(data) {
      var said = data && data.language;
      if (chosen || (said !== "en" && said !== "es") || said === lang) return;
      lang = said;
      picker.value = lang;
      applyWords();
    }

    function withLanguage(body) {
      body = body || {};
      if (chosen) body.language = chosen;
      return body;
    }

    function endConversation() {
      var ended = store.getItem(KEY);
      if (ended) {
        fetch(base + "/end", { method: "POST", headers: { Authorization: "Bearer " + ended }, keepalive: true })
          .catch(function () {});  // best effort: the token is forgotten here either way
      }
      store.removeItem(KEY);
    }

    picker.addEventListener("change", function () {
      chosen = lang = picker.value === "es" ? "es" : "en";
      store.setItem(LANG_KEY, chosen);
      applyWords();
      if (!spoken && !busy) {
        // Nothing said yet: start again, greeted in the chosen language.
        endConversation();
        log.textContent = "";
        start().catch(function (err) { status.textContent = errorText(err, "unreachable"); });
      } else {
        status.textContent = t("switched");
      }
    });

    // The server's own messages come in the language sent with the request; without
    // one (the server unreachable), the page's own words.
    function errorText(err, fallback) {
      if (err && err.status && err.message) return err.message;
      return t(fallback);
    }

    function scroll() { log.scrollTop = log.scrollHeight; }

    function addBubble(from, text) {
      var b = el("div", "mc-msg mc-" + from, text);
      log.appendChild(b);
      scroll();
      return b;
    }

    function clearButtons() {
      var old = log.querySelectorAll(".mc-buttons");
      for (var i = 0; i < old.length; i++) old[i].remove();
    }

    function addButtons(buttons) {
      if (!buttons || !buttons.length) return;
      var row = el("div", "mc-buttons");
      buttons.forEach(function (b) {
        var btn = el("button", "mc-choice", b.title);
        btn.type = "button";
        btn.addEventListener("click", function () { submit(b.payload || b.title, b.title); });
        row.appendChild(btn);
      });
      log.appendChild(row);
      scroll();
    }

    function render(messages, fromHistory) {
      messages.forEach(function (m, i) {
        var from = m.from === "visitor" ? "visitor" : "assistant";
        if (m.text) addBubble(from, m.text);
        var last = i === messages.length - 1;
        if (from === "assistant" && (!fromHistory || last)) addButtons(m.buttons);
      });
    }

    function call(method, path, body) {
      var headers = { "Content-Type": "application/json" };
      var token = store.getItem(KEY);
      if (token) headers.Authorization = "Bearer " + token;
      return fetch(base + path, {
        method: method, headers: headers, body: body ? JSON.stringify(body) : undefined
      }).then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (data) {
          if (!r.ok) { var e = new Error(data.error || ""); e.status = r.status; throw e; }
          return data;
        });
      });
    }

    // A 503 means the server cannot save or read the conversation yet (its
    // database or action server is down): wait and try again, a few times,
    // before giving up (a message then goes back into the box).
    function callWithRetry(method, path, body, attempt) {
      attempt = attempt || 0;
      return call(method, path, body).catch(function (err) {
        if (err.status === 503 && attempt < 6) {
          status.textContent = errorText(err, "unreachable");
          return new Promise(function (resolve) { setTimeout(resolve, 2000 * Math.pow(2, attempt)); })
            .then(function () { return callWithRetry(method, path, body, attempt + 1); });
        }
        throw err;
      });
    }

    function start() {
      status.textContent = t("connecting");
      spoken = false;
      return callWithRetry("POST", "/session", withLanguage()).then(function (data) {
        store.setItem(KEY, data.token);
        follow(data);
        status.textContent = "";
        render(data.messages || []);
      });
    }

    function resume() {
      var asked = "/history" + (chosen ? "?language=" + chosen : "");
      return callWithRetry("GET", asked).then(function (data) {
        if (!data.messages || !data.messages.length) return start();
        follow(data);
        status.textContent = "";
        spoken = data.ended || data.messages.some(function (m) { return m.from === "visitor"; });
        render(data.messages, true);
      }).catch(function (err) {
        if (err.status === 401) { store.removeItem(KEY); return start(); }
        throw err;
      });
    }

    function submit(text, shown) {
      text = (text || "").trim();
      if (!text || busy) return;
      busy = true;
      send.disabled = true;
      clearButtons();
      var bubble = addBubble("visitor", shown || text);
      status.textContent = t("typing");
      spoken = true;
      callWithRetry("POST", "/message", withLanguage({ text: text })).then(function (data) {
        follow(data);
        status.textContent = "";
        input.value = "";
        render(data.messages || []);
      }).catch(function (err) {
        if (err.status === 401) {
          store.removeItem(KEY);
          status.textContent = t("expired");
          return start();
        }
        bubble.classList.add("mc-failed");
        input.value = text;  // nothing typed is lost
        status.textContent = errorText(err, "unsent");
      }).then(function () {
        busy = false;
        send.disabled = false;
        input.focus();
      });
    }

    form.addEventListener("submit", function (e) { e.preventDefault(); submit(input.value); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); submit(input.value); }
    });

    // A reminder's link (/resume/...) lands here with a fresh token for the same
    // conversation in the fragment: keep it, and take it out of the address bar.
    var handed = /^#resume=([\w.\-]+)$/.exec(window.location.hash);
    if (handed) {
      store.setItem(KEY, handed[1]);
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
    }
    (store.getItem(KEY) ? resume() : start()).catch(function (err) {
      status.textContent = err && err.status === 429 ? errorText(err, "unreachable")
        : t("unreachable");
    });
  }

  window.MedmalChat = { mount: mount };
})();
