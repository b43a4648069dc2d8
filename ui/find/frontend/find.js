// newsgraph's find box (Streamlit custom component v2, ui/find/__init__.py).
//
// A text box over every node's name: "label (type)" and its aliases in any language
// (ui.filter_state.search_label), matched in the browser as the reader types (case and accents
// ignored), so no keystroke waits for the server.  The names come once per session and view
// (5,000 on a big store, ~250 kB): Streamlit's selectbox was sent them again with every run
// and took 0.5-1.5 s to close its list of thousands on Enter (issue 21).
//
// Contract with Python:
//   data = {hash, rows?, label, placeholder, limit}; rows = JSON text of [[id, text], ...], sent
//     only when this page lacks the list of that hash (kept in rowsByHash); without it and
//     without the list, state "missing" <- {hash, seq} and Python sends it again
//   state "chosen" <- {id, seq}: a name chosen by Enter or a click; the box empties again
//   data.show = {seq, id, token, html, add?}: the panel of the node `id` chosen as `seq`, sent
//     once by the run that took that choice; add = {nodes, edges}: what that run adds to the
//     drawing for a node the view left out (vis nodes and edges, as the canvas gets them)
// A chosen node the canvas draws is centred and selected at once, in this page (the canvas's
// globalThis.__newsgraphFocusNode, ui/visnetwork/frontend/network.js), and its details drawn by
// the details pane from the panels it holds (globalThis.__newsgraphShowDetails,
// ui/details_pane/frontend/pane.js), before the server's answer comes back.  A node the view
// left out has no panel in the page: the run that takes the choice sends it (data.show) before
// its canvas and panel, and the pane draws it then (globalThis.__newsgraphShowItem); the canvas
// draws what that run adds for the node (data.show.add) and centres on it then too, before the
// run's own update of the canvas (the whole graph) comes and is applied.
// Keyboard: "/" anywhere outside a text field focuses the box; arrows move in the list, Enter
// chooses, Escape closes it.  The list is an ARIA listbox the box points into
// (aria-activedescendant), so Tab leaves the box for what follows it on the page.
// Article-derived names reach the DOM only through textContent; this file never writes innerHTML
// (the panel's HTML, escaped by ui/details.py, is handed to the details pane as it is).

const rowsByHash = (globalThis.__newsgraphFindRows ??= new Map());
let boxSeq = 0;
let chosenSeq = 0;
let askSeq = 0;

// Case and accents ignored: "poetin" finds "Poetin", "zelenskyj" finds "Zelenskyj".
function fold(text) {
  return String(text).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function rowsOf(data) {
  if (typeof data.rows === "string") {
    const rows = JSON.parse(data.rows).map(([id, text]) => ({ id, text, folded: fold(text) }));
    rowsByHash.clear(); // one list per page: the current view's
    rowsByHash.set(data.hash, rows);
  }
  return rowsByHash.get(data.hash) ?? null;
}

// The first `limit` rows whose text contains `typed` (the rows' order: most mentioned first),
// and how many match in all.
function matches(rows, typed, limit) {
  const wanted = fold(typed.trim());
  const hits = [];
  let count = 0;
  if (!wanted) return { hits, count };
  for (const row of rows) {
    if (!row.folded.includes(wanted)) continue;
    count += 1;
    if (hits.length < limit) hits.push(row);
  }
  return { hits, count };
}

function build(parentElement) {
  const root = document.createElement("div");
  root.className = "ng-find";
  const listId = `ng-find-list-${++boxSeq}`;
  const input = document.createElement("input");
  input.type = "text";
  input.className = "ng-find-input";
  input.autocomplete = "off";
  input.spellcheck = false;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);
  const popup = document.createElement("div");
  popup.className = "ng-find-popup";
  popup.hidden = true;
  const list = document.createElement("ul");
  list.id = listId;
  list.className = "ng-find-list";
  list.setAttribute("role", "listbox");
  const more = document.createElement("div");
  more.className = "ng-find-more";
  popup.append(list, more);
  root.append(input, popup);
  parentElement.appendChild(root);
  const box = {
    root, input, popup, list, more, listId, hits: [], active: -1, data: null, setStateValue: null,
    chosen: null, // the seq of this page's last choice
    detailsFor: null, // the seq of the choice whose details the pane has drawn
  };
  input.addEventListener("input", () => refresh(box));
  input.addEventListener("keydown", (event) => onKey(box, event));
  input.addEventListener("blur", () => close(box));
  input.addEventListener("focus", () => refresh(box));
  // a press in the list leaves the focus in the box (no blur closing the list under the click)
  popup.addEventListener("mousedown", (event) => event.preventDefault());
  list.addEventListener("click", (event) => {
    const option = event.target.closest && event.target.closest('[role="option"]');
    if (option) choose(box, box.hits[Number(option.dataset.index)]);
  });
  return box;
}

function close(box) {
  box.popup.hidden = true;
  box.input.setAttribute("aria-expanded", "false");
  box.input.removeAttribute("aria-activedescendant");
  box.active = -1;
}

function refresh(box) {
  const rows = box.data ? rowsOf(box.data) : null;
  const typed = box.input.value;
  if (!rows || !typed.trim()) {
    box.hits = [];
    box.list.replaceChildren();
    close(box);
    return;
  }
  const { hits, count } = matches(rows, typed, box.data.limit || 50);
  box.hits = hits;
  box.list.replaceChildren(
    ...hits.map((row, i) => {
      const option = document.createElement("li");
      option.id = `${box.listId}-option-${i}`;
      option.className = "ng-find-option";
      option.dataset.index = String(i);
      option.setAttribute("role", "option");
      option.textContent = row.text;
      return option;
    })
  );
  box.more.textContent = !count
    ? "No name or alias contains this."
    : count > hits.length
      ? `${count - hits.length} more: type more of the name.`
      : "";
  box.more.hidden = !box.more.textContent;
  box.popup.hidden = false;
  box.input.setAttribute("aria-expanded", "true");
  setActive(box, hits.length ? 0 : -1);
}

function setActive(box, index) {
  const options = box.list.children;
  if (box.active >= 0 && options[box.active]) options[box.active].setAttribute("aria-selected", "false");
  box.active = index;
  if (index < 0 || !options[index]) {
    box.input.removeAttribute("aria-activedescendant");
    return;
  }
  options[index].setAttribute("aria-selected", "true");
  box.input.setAttribute("aria-activedescendant", options[index].id);
  options[index].scrollIntoView({ block: "nearest" });
}

function onKey(box, event) {
  if (event.isComposing) return;
  const n = box.hits.length;
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    if (box.popup.hidden) refresh(box);
    if (!n) return;
    event.preventDefault();
    const step = event.key === "ArrowDown" ? 1 : -1;
    setActive(box, (Math.max(box.active, step > 0 ? -1 : 0) + step + n) % n);
  } else if (event.key === "Enter") {
    if (box.active < 0 || box.popup.hidden) return;
    event.preventDefault();
    choose(box, box.hits[box.active]);
  } else if (event.key === "Escape") {
    if (box.popup.hidden) return;
    event.preventDefault();
    event.stopPropagation();
    close(box);
  }
}

// The chosen name: the canvas centres on it now if it draws it, the server hears of it (the
// details, the URL, a node the view left out), and the box is ready for the next search.
function choose(box, row) {
  if (!row || !box.setStateValue) return;
  box.input.value = "";
  box.hits = [];
  box.list.replaceChildren();
  close(box);
  const focusNode = globalThis.__newsgraphFocusNode;
  if (typeof focusNode === "function") focusNode(row.id);
  const seq = `${Date.now()}-${++chosenSeq}`;
  box.chosen = seq;
  const showDetails = globalThis.__newsgraphShowDetails;
  if (typeof showDetails === "function" && showDetails({ kind: "node", id: row.id }, Infinity, seq)) {
    box.detailsFor = seq; // drawn from the panels the page holds
  }
  box.setStateValue("chosen", { id: row.id, seq });
}

// The panel the server sent for this page's last choice, drawn once, unless drawn already; and
// the nodes and edges the server adds for it, drawn and centred on (a node the view left out).
function showSent(box, show) {
  if (!show || show.seq !== box.chosen || box.detailsFor === show.seq) return;
  box.detailsFor = show.seq;
  const focusNode = globalThis.__newsgraphFocusNode;
  if (show.add && typeof focusNode === "function") focusNode(show.id, show.add);
  const showItem = globalThis.__newsgraphShowItem;
  if (typeof showItem === "function") showItem({ token: show.token, html: show.html }, show.seq);
}

// "/" focuses the box, unless the reader is typing somewhere.
const slash = (globalThis.__newsgraphFindSlash ??= (() => {
  const watch = { input: null };
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0];
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (!watch.input || !watch.input.isConnected) return;
    event.preventDefault();
    watch.input.focus();
  });
  return watch;
})());

export default function (component) {
  const { parentElement, data, setStateValue } = component;
  if (!data) return;
  let box = parentElement.__ngFind;
  if (!box || !box.root.isConnected) {
    box = build(parentElement);
    parentElement.__ngFind = box;
  }
  box.data = data;
  box.setStateValue = setStateValue;
  box.input.placeholder = data.placeholder || "";
  box.input.setAttribute("aria-label", data.label || "Find");
  slash.input = box.input;
  showSent(box, data.show);
  if (!rowsOf(data)) {
    if (box.asked !== data.hash) {
      box.asked = data.hash;
      setStateValue("missing", { hash: data.hash, seq: ++askSeq });
    }
    return;
  }
  box.asked = null;
  if (document.activeElement === box.input && box.input.value) refresh(box);
}
