/* The full-page chat (chat.html): a file, not an inline script, so the CSP allows it. */
MedmalChat.mount(document.getElementById("medmal-chat"));
