/* Intake chat UI. Talks to the Rasa server's webchat channel:
   POST /webhooks/webchat/session, POST /message, GET /history, POST /end (Bearer token).
   The token lives in localStorage: a reload, or coming back later in the same
   browser, continues the conversation. "End chat" ends it on the server and
   forgets it here (shared devices). Once the intake is stored, /history no
   longer replays what was said. */
(function () {
  "use strict";
  var KEY = "medmal-chat-token";
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
    var header = el("header", "mc-header");
    header.appendChild(el("h1", "mc-title", root.dataset.title || "Confidential intake"));
    header.appendChild(el("p", "mc-sub", "Private and confidential. Not legal advice."));
    var end = el("button", "mc-end", "End chat");
    end.type = "button";
    // The spoken name starts with the visible words (WCAG 2.5.3, Label in Name), so
    // "click End chat" works for speech-input users; the rest says what it does.
    end.setAttribute("aria-label", "End chat and clear it from this device");
    end.addEventListener("click", function () {
      if (!window.confirm("End this chat and clear it from this device? What you sent is already saved.")) return;
      var ended = store.getItem(KEY);
      if (ended) {
        fetch(base + "/end", { method: "POST", headers: { Authorization: "Bearer " + ended }, keepalive: true })
          .catch(function () {});  // best effort: the token is forgotten here either way
      }
      store.removeItem(KEY);
      log.textContent = "";
      start();
    });
    header.appendChild(end);
    var log = el("div", "mc-log");
    log.setAttribute("role", "log");
    log.setAttribute("aria-live", "polite");
    log.setAttribute("aria-label", "Conversation");
    var status = el("p", "mc-status");
    status.setAttribute("role", "status");
    var form = el("form", "mc-form");
    var input = el("textarea", "mc-input");
    input.rows = 1;
    input.maxLength = 2000;
    input.placeholder = "Type your answer…";
    input.setAttribute("aria-label", "Your message");
    input.setAttribute("enterkeyhint", "send");
    var send = el("button", "mc-send", "Send");
    send.type = "submit";
    form.appendChild(input);
    form.appendChild(send);
    root.appendChild(header);
    root.appendChild(log);
    root.appendChild(status);
    root.appendChild(form);

    var busy = false;

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
          if (!r.ok) { var e = new Error(data.error || ("HTTP " + r.status)); e.status = r.status; throw e; }
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
          status.textContent = err.message;
          return new Promise(function (resolve) { setTimeout(resolve, 2000 * Math.pow(2, attempt)); })
            .then(function () { return callWithRetry(method, path, body, attempt + 1); });
        }
        throw err;
      });
    }

    function start() {
      status.textContent = "Connecting…";
      return callWithRetry("POST", "/session").then(function (data) {
        store.setItem(KEY, data.token);
        status.textContent = "";
        render(data.messages || []);
      });
    }

    function resume() {
      return callWithRetry("GET", "/history").then(function (data) {
        if (!data.messages || !data.messages.length) return start();
        status.textContent = "";
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
      status.textContent = "Typing…";
      callWithRetry("POST", "/message", { text: text }).then(function (data) {
        status.textContent = "";
        input.value = "";
        render(data.messages || []);
      }).catch(function (err) {
        if (err.status === 401) {
          store.removeItem(KEY);
          status.textContent = "Your session expired; starting a new one.";
          return start();
        }
        bubble.classList.add("mc-failed");
        input.value = text;  // nothing typed is lost
        status.textContent = err.status ? err.message
          : "Couldn't reach the assistant. Your message is still in the box: tap Send to try again.";
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
      status.textContent = err && err.status === 429 ? err.message
        : "The assistant is not reachable right now. Please try again in a minute.";
    });
  }

  window.MedmalChat = { mount: mount };
})();
