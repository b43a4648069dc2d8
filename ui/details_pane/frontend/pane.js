// newsgraph's details pane (ui/details_pane): a click's details drawn in the browser at once.
//
// Contract with Python (ui/details_pane/__init__.py):
//   data = {hash, items: {"node:<id>" | "edge:<id>": {token, html}}, token, seq, prefix, hint}
//     items are left out (data.lean) when this page holds them under the same hash; if it does
//     not, it sets state "missing" <- {hash, seq} and Python sends them again
//   token: the selection the panel below shows; its container has the class
//     "st-key-" + prefix + token
//   seq: the last click the server has seen (the canvas's state selection.seq)
//   found: the seq of the last find box choice the server has taken (ui/find), or null
// The canvas (ui/visnetwork/frontend/network.js) calls globalThis.__newsgraphShowDetails(selection,
// seq) on a click: the clicked item's panel is drawn here in the same frame, the panel of any
// other selection is hidden, and the panel's own run takes over when its panel is complete (its
// last element, ".ng-end-" + token, is in the page).  Returns whether it drew anything (false when
// this page lacks the item: the panel's run draws it, as before).  The find box (ui/find) calls it
// too, for a chosen node, and globalThis.__newsgraphShowItem(item, found) with the panel the
// server sent it for a node the view left out.
// The items' HTML is made by ui/details.py, which escapes every piece of article text (the
// same HTML the panel's st.html blocks show); nothing else is written as markup here.

const pane = (globalThis.__newsgraphPane ??= {
  items: new Map(), // component key -> {hash, items}
  asked: new Map(),
  host: null,
  key: null,
  prefix: "ng-details-",
  hint: "",
  shown: null, // {token, seq} of the click drawn here, or null
  style: null,
  waiting: null, // {observer, timer} while the panel of the drawn selection is awaited
});
let askSeq = 0;
const WAIT_MS = 10000; // the panel's run takes over at the latest after this

function setRules(token) {
  if (!pane.style) {
    pane.style = document.createElement("style");
    pane.style.dataset.newsgraph = "details-pane";
    document.head.append(pane.style);
  }
  if (!token) {
    pane.style.textContent = "";
    return;
  }
  const own = `st-key-${pane.prefix}${token}`;
  pane.style.textContent =
    `[class*="st-key-${pane.prefix}"]:not(.${own}) { display: none !important; }\n` +
    `body:has(.${own} .ng-end-${token}) .ng-instant { display: none; }\n` +
    `body:not(:has(.${own} .ng-end-${token})) .${own} { display: none !important; }`;
}

function stopWaiting() {
  if (pane.waiting) {
    pane.waiting.observer.disconnect();
    clearTimeout(pane.waiting.timer);
    pane.waiting = null;
  }
}

function retire() {
  stopWaiting();
  pane.shown = null;
  if (pane.host) pane.host.replaceChildren();
  setRules(null);
}

// The panel of the drawn selection has come whole: it takes over.  Watched with a
// MutationObserver, whose callback runs before anything else sees the page: the drawing and
// the panel are never in the page together (a test's locator would find both).
function retireWhenComplete(token) {
  stopWaiting();
  const selector = `.st-key-${pane.prefix}${token} .ng-end-${token}`;
  const check = () => {
    if (!pane.shown || pane.shown.token !== token) stopWaiting();
    else if (document.querySelector(selector)) retire();
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true });
  pane.waiting = { observer, timer: setTimeout(retire, WAIT_MS) };
  check();
}

// Draw one item's panel (or the hint, html null) in place of the panel of any other selection.
// `shown`: {seq, found} of what asked for it (a click's number; a find's choice).
function draw(token, html, shown) {
  stopWaiting();
  if (html === null) {
    const hint = document.createElement("div");
    hint.className = "ng-hint";
    hint.textContent = pane.hint;
    pane.host.replaceChildren(hint);
  } else {
    pane.host.innerHTML = html; // escaped by ui/details.py (see above)
  }
  setRules(token);
  pane.shown = { token, seq: shown.seq, found: shown.found ?? null };
  globalThis.__newsgraphDetailsDrawn = { token, at: performance.now() };
  return true;
}

// A click (seq: its number) or a find (seq Infinity, found: the choice's seq) on an item the
// page holds the panel of.
globalThis.__newsgraphShowDetails = (selection, seq, found) => {
  const held = pane.items.get(pane.key);
  if (!pane.host || !pane.host.isConnected || !held) return false;
  let token = "none";
  let html = null;
  if (selection) {
    const item = held.items[`${selection.kind}:${selection.id}`];
    if (!item) return false;
    token = item.token;
    html = item.html;
  }
  return draw(token, html, { seq, found });
};

// A find of a node the page holds no panel of (one the view left out): the find box gets its
// panel with the run its choice causes ({token, html}, made by ui/details.py like the items)
// and has it drawn here, before that run's canvas and panel come.
globalThis.__newsgraphShowItem = (item, found) => {
  if (!pane.host || !pane.host.isConnected || !item || typeof item.html !== "string") return false;
  return draw(String(item.token), item.html, { seq: Infinity, found });
};

// ui.visnetwork.wire_data sends dicts as JSON text and names them in json_keys.
function unwire(wired) {
  if (!wired) return wired;
  const data = Object.assign({}, wired);
  for (const name of wired.json_keys || []) {
    if (typeof data[name] === "string") data[name] = JSON.parse(data[name]);
  }
  return data;
}

export default function (component) {
  const { parentElement, setStateValue, name: key } = component;
  const data = unwire(component.data);
  if (!data) return;
  let host = parentElement.querySelector(".ng-instant");
  if (!host) {
    host = document.createElement("div");
    host.className = "ng-instant";
    parentElement.appendChild(host);
  }
  if (pane.host !== host && pane.shown) retire(); // a new element: what the old one drew went
  pane.host = host;
  pane.key = key;
  pane.prefix = data.prefix || pane.prefix;
  pane.hint = data.hint || "";
  if (!data.lean) {
    if (data.hash) pane.items.set(key, { hash: data.hash, items: data.items || {} });
    pane.asked.delete(key);
  } else {
    const held = pane.items.get(key);
    if ((!held || held.hash !== data.hash) && pane.asked.get(key) !== data.hash) {
      pane.asked.set(key, data.hash);
      setStateValue("missing", { hash: data.hash, seq: ++askSeq });
    }
  }
  const shown = pane.shown;
  if (!shown) return;
  if (data.token === shown.token) retireWhenComplete(shown.token);
  else if (typeof data.seq === "number" && data.seq >= shown.seq) retire(); // answered otherwise
  else if (shown.found !== null && data.found === shown.found) retire(); // the find, likewise
}
