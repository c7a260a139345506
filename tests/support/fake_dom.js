/* Just enough of a browser for chat.js and widget.js under node, where no chromium is
   installed: elements with text, attributes, children, events and class lookups;
   storage; a scripted fetch that records each call; timers that fire at once.
   Not a DOM: what the scripts read back is what they wrote. */
"use strict";
const vm = require("vm");

class Element {
  constructor(tag) {
    this.tagName = tag.toUpperCase();
    this.children = [];
    this.parent = null;
    this.attributes = {};
    this.dataset = {};
    this.listeners = {};
    this.className = "";
    this._text = "";
    this.hidden = false;
    this.disabled = false;
    this.value = "";
    const self = this;
    this.classList = {
      add(c) { if (!self.classList.contains(c)) self.className = (self.className + " " + c).trim(); },
      contains(c) { return self.className.split(/\s+/).includes(c); },
    };
  }
  get textContent() { return this._text + this.children.map((c) => c.textContent).join(""); }
  set textContent(v) { this._text = String(v); this.children = []; }
  get lang() { return this.attributes.lang || ""; }
  set lang(v) { this.attributes.lang = String(v); }
  appendChild(c) { c.parent = this; this.children.push(c); return c; }
  remove() { if (this.parent) this.parent.children = this.parent.children.filter((c) => c !== this); }
  setAttribute(k, v) { this.attributes[k] = String(v); }
  getAttribute(k) { return k in this.attributes ? this.attributes[k] : null; }
  addEventListener(type, fn) { (this.listeners[type] = this.listeners[type] || []).push(fn); }
  dispatchEvent(e) { (this.listeners[e.type] || []).forEach((fn) => fn.call(this, e)); return true; }
  querySelectorAll(selector) {
    const cls = selector.replace(/^\./, "");
    const out = [];
    (function walk(n) { n.children.forEach((c) => { if (c.classList.contains(cls)) out.push(c); walk(c); }); })(this);
    return out;
  }
  attachShadow() { return this; }
  focus() {}
}

function storage(initial) {
  const data = Object.assign({}, initial || {});
  return {
    getItem: (k) => (k in data ? data[k] : null),
    setItem: (k, v) => { data[k] = String(v); },
    removeItem: (k) => { delete data[k]; },
    data,
  };
}

/* `answer(method, url, body)` returns {status, json} (or a Promise of one). */
function setup(options) {
  const opts = options || {};
  const calls = [];
  const documentElement = new Element("html");
  documentElement.lang = "en";
  const doc = {
    title: "",
    documentElement,
    head: new Element("head"),
    body: new Element("body"),
    createElement: (tag) => new Element(tag),
    getElementById: (id) => (opts.byId || {})[id] || null,
  };
  class CustomEvent {
    constructor(type, init) { this.type = type; this.detail = init ? init.detail : undefined; }
  }
  const globals = {
    document: doc,
    localStorage: storage(opts.localStorage),
    sessionStorage: storage(opts.sessionStorage),
    CustomEvent,
    confirm: () => true,
    location: { hash: "", pathname: "/", search: "" },
    history: { replaceState() {} },
    setTimeout: (fn) => { Promise.resolve().then(fn); return 0; },
    fetch: (url, init) => {
      const method = (init && init.method) || "GET";
      const body = init && init.body ? JSON.parse(init.body) : undefined;
      calls.push({ method, url, body });
      return Promise.resolve(opts.answer(method, url, body)).then((r) => ({
        ok: r.status >= 200 && r.status < 300,
        status: r.status,
        json: () => (r.json === undefined ? Promise.reject(new Error("no body")) : Promise.resolve(r.json)),
      }));
    },
  };
  Object.assign(globalThis, globals);
  globalThis.window = globalThis;
  return { calls, globals, Element };
}

function run(source, filename) { vm.runInThisContext(source, { filename }); }

/* Let pending promises and (immediate) timers settle, retries included. */
async function settle() {
  for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
}

function find(root, cls) { return root.querySelectorAll("." + cls)[0] || null; }

module.exports = { setup, run, settle, find, Element };
