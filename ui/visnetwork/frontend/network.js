// newsgraph's vis-network component (Streamlit custom components v2).
//
// vis-network.min.js from the installed pyvis wheel is a file of the app's own server
// (data.vis_url, ui.visnetwork.vis_url) that the browser caches (see loadVis); its UMD wrapper
// sets globalThis.vis; nothing is fetched from a CDN.  Streamlit calls the default
// export again whenever the mount data changes, with the same parentElement: the network is
// kept on the host element and only rebuilt when the data hash changes, so node positions
// stay put across reruns.
//
// Contract with Python (ui/visnetwork/__init__.py):
//   data = {hash, nodes, edges, options, physics, positioned, height, legend, caption, png_name}
//   state "selection" <- {kind: "node" | "edge", id, seq} | null   (setStateValue on click;
//     seq changes with every click, so clicking again what Python selected otherwise still counts;
//     the details pane, ui/details_pane, draws the clicked item's panel first when it can)
//   state "positions" <- {id: [x, y]}  where the nodes settled (and where the reader dragged
//                        them), sent only when the reader opens the tab data.positions_tab
//                        names (the exports'), and only when they changed since the last report;
//                        sent by the positions reporter of this canvas where one is drawn
//   data = {positions_reporter: true} (ui.visnetwork.positions_reporter): an empty element
//     whose state "positions" carries the canvas's positions instead of the canvas's own
//   data.report_drawn = true: state "drawn" <- {hash, seq, positions} once the graph is on
//     screen (ui/first_paint.py: a new page's first run waits for it to draw the rest);
//     positions {id: [x, y]}: where the browser's physics settled the nodes (absent when the
//     server placed them), kept by the server for the next page of the same view
//   data.settled = {id: [x, y]} | absent: where an earlier page's physics settled these nodes
//     (ui.visnetwork.settled_layout); drawn there at once, without running the physics again
//   data.focus = {kind, id, nonce} | absent: centre on and select that item, once per nonce
//   data.pinned, data.expanded = [node id]: the reader's steps (ui/expansion.py); pinned nodes
//     hold still (vis "fixed", with a halo); the right-click menu offers Unpin / Collapse there
//   state "action" <- {action: "expand" | "collapse" | "hide" | "pin" | "unpin", id, seq}: a
//     step chosen in a node's right-click menu
//   data.lean = true: nodes, edges, options and legend are left out, because this page got
//     them before under the same hash (kept in payloadByKey); if it does not have them, it
//     sets state "missing" <- {hash, seq} and Python sends all again
//   data.session: the server session's token; a new one (a restarted server) holds no
//     positions, so the next tab change reports them again
// Article-derived text only ever reaches the DOM through vis's canvas labels and its tooltip,
// which vis sets with innerText, and textContent; the PNG's legend and caption are drawn with
// fillText. This file never writes innerHTML.
// Theme: labels, their halo, the legend, the menu and the PNG take the page's colours
// (Streamlit's --st-text-color and --st-background-color, which follow the system's light or
// dark setting), read when the network is built and again whenever the colour scheme changes.
// Keyboard ("/" for the find box is ui/find's): the canvas takes the focus (Tab) and then pans
// with the arrow keys and zooms with + and -; the zoom and fit buttons and the menu are
// ordinary buttons.

const STABILIZE_ITERATIONS = 200;
// The PNG button draws the network at this device pixel ratio, whatever the screen's.
const PNG_RATIO = 2;

function hostOf(parentElement) {
  let host = parentElement.querySelector(".ng-network");
  if (!host) {
    host = document.createElement("div");
    host.className = "ng-network";
    parentElement.appendChild(host);
  }
  return host;
}

// Where each node last settled, per component: a remount (switching tabs, or Streamlit
// recreating the element) draws known nodes where they were instead of a fresh layout.
const settledByKey = (globalThis.__newsgraphSettled ??= new Map());

// Where the reader last looked (scale and centre), per component: a remount (Streamlit
// recreating the element when the page above it changes) keeps the view instead of re-fitting.
const viewByKey = (globalThis.__newsgraphViews ??= new Map());

function rememberView(state) {
  viewByKey.set(state.key, { scale: state.network.getScale(), position: state.network.getViewPosition() });
}

function markDrawn(host, hash) {
  const state = host.__newsgraph;
  if (state) rememberView(state);
  if (state && state.hash === hash && !state.positioned) {
    const settled = settledByKey.get(state.key) ?? new Map();
    for (const [id, xy] of Object.entries(state.network.getPositions())) settled.set(id, xy);
    settledByKey.set(state.key, settled);
  }
  // a drawing that did not fit anew (a filter, a step) may have put nodes under the legend
  if (state && legendMayFold(host) && nodesUnderLegend(state.network, host)) showLegend(host, false);
  host.dataset.drawn = hash;
  globalThis.__newsgraphDrawn = { hash, at: performance.now() };
  if (state) reportDrawn(state);
}

// data.report_drawn: a new page's first run drew the graph alone (ui/first_paint.py) and draws
// the filters and the timeline once told that the graph is on screen: state "drawn" <- {hash, seq}.
function reportDrawn(state) {
  if (!state.reportDrawn || state.drawnReported === state.hash) return;
  if (state.host.dataset.drawn !== state.hash) return; // not drawn yet: markDrawn reports
  state.drawnReported = state.hash;
  const report = { hash: state.hash, seq: ++clickSeq };
  if (!state.positioned) report.positions = roundedPositions(state.network.getPositions());
  state.setStateValue("drawn", report);
}

// {id: {x, y}} -> {id: [x, y]}, canvas coordinates rounded to 0.1 px.
function roundedPositions(positions) {
  const out = {};
  const round = (v) => Math.round(v * 10) / 10;
  for (const [id, xy] of Object.entries(positions)) out[id] = [round(xy.x), round(xy.y)];
  return out;
}

// data.settled as the Map of {x, y} that settledByKey holds; null when absent.
function settledOf(data) {
  if (!data.settled) return null;
  return new Map(Object.entries(data.settled).map(([id, [x, y]]) => [id, { x, y }]));
}

// What Python last received per component, so a remount does not send the same again.
const sentByKey = (globalThis.__newsgraphSentPositions ??= new Map());

// Tell Python where the nodes are (canvas coordinates, rounded to 0.1 px): the nodes on
// screen, and those drawn before and filtered away since, so exports can place them too.
// Only the exports' tab needs them, and a report reruns the script, so none is sent on a timer
// (a report 0.8 s after each drawing reran the page unasked, under the reader's typing and
// clicks: issue 20).  The positions go when the reader presses that tab (data.positions_tab),
// or moves along its tab list by key, just before the tab's own rerun, which then carries them
// too (Streamlit sends every widget's state with each rerun): one click, one visible rerun.
// The network keeps its positions when another tab hides it, so they can go from there too.
const liveByKey = (globalThis.__newsgraphLive ??= new Map());
// setStateValue of the positions reporter (drawn outside the canvas's fragment, so that a
// report reruns what the Export tab's own change reruns); the page has one canvas.
const reporter = (globalThis.__newsgraphReporter ??= { setStateValue: null });
const TAB_KEYS = new Set(["ArrowLeft", "ArrowRight", "Home", "End", "Enter", " "]);
(globalThis.__newsgraphLeaving ??= (() => {
  const opening = (event) => {
    const tab = event.target instanceof Element ? event.target.closest('[role="tab"]') : null;
    if (!tab) return;
    if (event.type === "pointerdown" && tab.getAttribute("aria-selected") === "true") return;
    if (event.type === "keydown" && !TAB_KEYS.has(event.key)) return;
    const list = tab.closest('[role="tablist"]');
    for (const state of liveByKey.values()) {
      const name = state.positionsTab;
      if (!name) continue;
      const named = (el) => el.textContent.trim() === name;
      const wanted = event.type === "pointerdown" ? named(tab) : Boolean(list && [...list.querySelectorAll('[role="tab"]')].some(named));
      if (wanted) reportPositions(state);
    }
  };
  document.addEventListener("pointerdown", opening, { capture: true, passive: true });
  document.addEventListener("keydown", opening, { capture: true, passive: true });
  return true;
})());

function reportPositions(state) {
  let drawn;
  try {
    drawn = state.network.getPositions();
  } catch (error) {
    return; // the network went away (a rebuild)
  }
  const before = Object.fromEntries(settledByKey.get(state.key) ?? new Map());
  const out = roundedPositions(Object.assign(before, drawn));
  const text = JSON.stringify(out);
  if (sentByKey.get(state.key) === text) return;
  sentByKey.set(state.key, text);
  globalThis.__newsgraphPositionsSent = { count: Object.keys(out).length, at: performance.now() };
  (reporter.setStateValue ?? state.setStateValue)("positions", out);
}

// Fit the drawing into view without putting nodes under the legend (top left), shrinking it only
// as far as that needs: the largest scale at which the drawing, pushed into the bottom-right
// corner, leaves the legend's corner free (halving search), then moved back towards the centre
// as far as the corner stays free. (Zooming out by the legend's share of the canvas instead
// shrank big round views, whose top-left is mostly empty, to half their size.)
// Where that would shrink the drawing below LEGEND_SHRINK_LIMIT of a plain fit (a tall legend
// over a big view), the legend folds away instead (its "Legend" button brings it back) and the
// drawing keeps the plain fit's size.
const LEGEND_MARGIN = 14; // px kept free around the legend, about a node's radius
const FIT_PAD = 10; // px between the drawing and the canvas edge when pushed into the corner
const FIT_STEPS = 12;
const LEGEND_SHRINK_LIMIT = 0.8;

// The legend folds when it would hide nodes, unless the reader asked for it (its button):
// the reader's choice holds per component for the session, also across a rebuild.
const legendChoice = (globalThis.__newsgraphLegendChoice ??= new Map());

function showLegend(host, shown) {
  const legend = host.querySelector(".ng-legend");
  const button = host.querySelector(".ng-legend-button");
  if (legend) legend.classList.toggle("ng-folded", !shown);
  if (button) button.setAttribute("aria-pressed", String(shown));
}

function legendMayFold(host) {
  return legendChoice.get(host.dataset.key) !== true;
}

// Whether a node of the drawing lies under the legend (with its margin) as the view is now.
function nodesUnderLegend(network, host) {
  const legend = host.querySelector(".ng-legend");
  if (!legend || !legend.offsetWidth) return false;
  const lw = legend.offsetLeft + legend.offsetWidth + LEGEND_MARGIN / 2;
  const lh = legend.offsetTop + legend.offsetHeight + LEGEND_MARGIN / 2;
  return Object.values(network.getPositions()).some((xy) => {
    const p = network.canvasToDOM(xy);
    return p.x >= 0 && p.x < lw && p.y >= 0 && p.y < lh;
  });
}

// A node's box in canvas units: the shape and the label drawn under it (a label at the canvas'
// edge was cut off, issue 20). Worked out from the label's measured size, not from vis' own box,
// which is where the node was at its last drawing.
const LABEL_STROKE = 4; // px of the label's outline (graph/vis.py: strokeWidth 3) and rounding
function nodeBoxes(network) {
  const boxes = [];
  for (const id of network.body.nodeIndices) {
    const node = network.body.nodes[id];
    const r = Number(node.options.size) || 10;
    const label = node.labelModule && node.labelModule.size;
    const lw = label && label.width ? label.width / 2 + LABEL_STROKE : 0;
    const lh = label && label.height ? label.height + LABEL_STROKE : 0;
    const half = Math.max(r, lw);
    boxes.push({ x: node.x, y: node.y, left: node.x - half, right: node.x + half, top: node.y - r, bottom: node.y + r + lh });
  }
  return boxes;
}

// The plain fit: vis' own (its scale at most), shrunk where a node's box would cross the
// canvas' edge, centred on the boxes.
function plainFit(network, boxes, W, H) {
  network.fit({ animation: false });
  const fitted = { position: network.getViewPosition(), scale: network.getScale() };
  if (!boxes.length || !W || !H) return fitted;
  const left = Math.min(...boxes.map((b) => b.left));
  const right = Math.max(...boxes.map((b) => b.right));
  const top = Math.min(...boxes.map((b) => b.top));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  const room = Math.min((W - 2 * FIT_PAD) / Math.max(right - left, 1), (H - 2 * FIT_PAD) / Math.max(bottom - top, 1));
  return { position: { x: (left + right) / 2, y: (top + bottom) / 2 }, scale: Math.min(fitted.scale, room) };
}

function fitBesideLegend(network, host, animation = false) {
  const before = { position: network.getViewPosition(), scale: network.getScale() };
  const legend = host.querySelector(".ng-legend");
  const frame = network.canvas.frame;
  const W = frame.clientWidth;
  const H = frame.clientHeight;
  const boxes = nodeBoxes(network);
  let target = plainFit(network, boxes, W, H);
  const plain = target;
  if (legend && legend.offsetWidth && W && H && boxes.length) {
    const lw = legend.offsetLeft + legend.offsetWidth + LEGEND_MARGIN;
    const lh = legend.offsetTop + legend.offsetHeight + LEGEND_MARGIN;
    // a view (canvas centre `position` at `scale`) is free when no node lands in the corner
    const free = (scale, position) =>
      boxes.every(
        (b) =>
          (b.x - position.x) * scale + W / 2 >= lw || (b.y - position.y) * scale + H / 2 >= lh
      );
    if (!free(target.scale, target.position) && lw < W && lh < H) {
      const maxX = Math.max(...boxes.map((b) => b.right));
      const maxY = Math.max(...boxes.map((b) => b.bottom));
      // the drawing's right and bottom boxes (labels included) FIT_PAD from the canvas edges
      const inCorner = (scale) => ({
        x: maxX - (W / 2 - FIT_PAD) / scale,
        y: maxY - (H / 2 - FIT_PAD) / scale,
      });
      let low = target.scale * Math.min((W - lw) / W, (H - lh) / H) * 0.5;
      let high = target.scale;
      if (free(low, inCorner(low))) {
        for (let i = 0; i < FIT_STEPS; i++) {
          const mid = (low + high) / 2;
          if (free(mid, inCorner(mid))) low = mid;
          else high = mid;
        }
        const scale = low;
        const corner = inCorner(scale);
        const centre = target.position;
        const at = (t) => ({ x: corner.x + t * (centre.x - corner.x), y: corner.y + t * (centre.y - corner.y) });
        let back = 0;
        let over = 1;
        for (let i = 0; i < FIT_STEPS; i++) {
          const mid = (back + over) / 2;
          if (free(scale, at(mid))) back = mid;
          else over = mid;
        }
        target = { scale, position: at(back) };
      }
      const shrunk = target === plain || target.scale < LEGEND_SHRINK_LIMIT * plain.scale;
      if (shrunk && legendMayFold(host)) {
        showLegend(host, false);
        target = plain;
      }
    }
  }
  network.moveTo(Object.assign({ animation: false }, animation ? before : target));
  if (animation) network.moveTo(Object.assign({ animation }, target));
}

function freeze(network, host, hash, fit = true) {
  network.setOptions({ physics: { enabled: false } });
  if (fit) fitBesideLegend(network, host);
  network.once("afterDrawing", () => markDrawn(host, hash));
  network.redraw();
}

// Last click per component key: survives a remount (e.g. switching tabs and back), so the
// node whose sentences the panel shows is highlighted again.
const lastSelection = (globalThis.__newsgraphSelections ??= new Map());

// Focus requests from Python (the find box, a table row, a shared link): centre on the item
// and select it, once per nonce; nothing else moves and the view is not re-fitted.
const focusDone = (globalThis.__newsgraphFocusDone ??= new Map());
let clickSeq = 0;

function applyFocus(state, focus) {
  if (!focus || focus.nonce === undefined || focusDone.get(state.key) === focus.nonce) return;
  if (state.busy) {
    state.pendingFocus = focus;
    return;
  }
  focusDone.set(state.key, focus.nonce);
  const { network } = state;
  if (focus.kind === "node" && state.nodes.get(focus.id)) {
    network.selectNodes([focus.id], true);
    network.focus(focus.id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showLabels(state, network.getConnectedEdges(focus.id), true);
  } else if (focus.kind === "edge" && state.edges.get(focus.id)) {
    network.setSelection({ nodes: [], edges: [focus.id] }, { highlightEdges: false });
    const [a, b] = network.getConnectedNodes(focus.id);
    const pos = network.getPositions([a, b]);
    const position = { x: (pos[a].x + pos[b].x) / 2, y: (pos[a].y + pos[b].y) / 2 };
    network.moveTo({ position, scale: Math.max(network.getScale(), 1.0), animation: false });
    showLabels(state, [focus.id], true);
  } else {
    return; // not drawn with these filters: nothing to centre on
  }
  lastSelection.set(state.key, { kind: focus.kind, id: focus.id });
  rememberView(state);
  network.redraw();
  globalThis.__newsgraphFocused = { kind: focus.kind, id: focus.id, nonce: focus.nonce, at: performance.now() };
}

function whenSettled(state) {
  state.busy = false;
  applyPins(state, [...(state.pinnedIds || [])], true);
  const pending = state.pendingFocus;
  state.pendingFocus = null;
  applyFocus(state, pending);
}

function restoreSelection(state, componentKey) {
  const selected = lastSelection.get(componentKey);
  if (!selected) return;
  if (selected.kind === "node" && state.nodes.get(selected.id)) {
    state.network.selectNodes([selected.id], true);
  } else if (selected.kind === "edge" && state.edges.get(selected.id)) {
    state.network.setSelection({ nodes: [], edges: [selected.id] }, { highlightEdges: false });
  }
}

// ---- theme: the page's colours, so labels and legend read in light and dark mode alike.

const colourProbe = document.createElement("canvas").getContext("2d");

// Relative luminance (WCAG) of a CSS colour; the browser parses it.
function luminance(colour) {
  colourProbe.fillStyle = "#000000";
  colourProbe.fillStyle = colour;
  const parsed = colourProbe.fillStyle; // "#rrggbb" or "rgba(r, g, b, a)"
  const rgb = parsed.startsWith("#")
    ? [1, 3, 5].map((i) => parseInt(parsed.slice(i, i + 2), 16))
    : parsed.match(/[\d.]+/g).slice(0, 3).map(Number);
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function themeOf(host) {
  const style = getComputedStyle(host);
  const background = style.getPropertyValue("--st-background-color").trim() || "#ffffff";
  const dark = luminance(background) < 0.2;
  const text = style.getPropertyValue("--st-text-color").trim() || (dark ? "#fafafa" : "#262730");
  return { text, background, dark, key: `${text}|${background}` };
}

// vis options for labels in the theme's colours: text colour with a halo of the background.
function themeOptions(theme) {
  const font = { color: theme.text, strokeColor: theme.background };
  return { nodes: { font }, edges: { font } };
}

function applyTheme(state, host) {
  const theme = themeOf(host);
  host.dataset.theme = theme.dark ? "dark" : "light";
  if (state.theme && state.theme.key === theme.key) return;
  const first = !state.theme;
  state.theme = theme;
  if (!first) {
    state.network.setOptions(themeOptions(theme));
    applyPins(state, [...(state.pinnedIds || [])], true);
  }
}

// The system's setting may change while the page is open: Streamlit repaints its widgets
// without a rerun, so the network follows on its own.
const themeWatch = (globalThis.__newsgraphThemeWatch ??= (() => {
  const watch = { state: null, host: null };
  if (globalThis.matchMedia) {
    globalThis.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
      // Streamlit sets its colours first; read them once it has.
      setTimeout(() => watch.state && applyTheme(watch.state, watch.host), 150);
    });
  }
  return watch;
})());

// ---- pinned nodes hold still (vis "fixed") and wear a halo in the text colour.

function applyPins(state, pinned, always = false) {
  const wanted = new Set((pinned || []).filter((id) => state.nodes.get(id)));
  const before = state.pinnedIds || new Set();
  const halo = { enabled: true, color: state.theme ? state.theme.text : "#262730", size: 12, x: 0, y: 0 };
  const changes = [];
  for (const id of wanted) {
    if (always || !before.has(id)) changes.push({ id, fixed: true, shadow: halo });
  }
  for (const id of before) {
    if (!wanted.has(id) && state.nodes.get(id)) changes.push({ id, fixed: false, shadow: false });
  }
  state.pinnedIds = wanted;
  if (changes.length) state.nodes.update(changes);
}

// ---- the right-click menu of a node: show its neighbours, hide it, pin it.

let actionSeq = 0;

function closeMenu(state) {
  if (state.menu) {
    state.menu.remove();
    state.menu = null;
  }
}

function chooseAction(state, action, id) {
  closeMenu(state);
  globalThis.__newsgraphAction = { action, id, at: performance.now() };
  state.setStateValue("action", { action, id, seq: ++actionSeq });
}

function openMenu(state, host, id, dom) {
  closeMenu(state);
  const node = state.nodes.get(id);
  if (!node) return;
  const menu = document.createElement("div");
  menu.className = "ng-menu";
  menu.setAttribute("role", "menu");
  menu.dataset.id = String(id);
  const title = document.createElement("div");
  title.className = "ng-menu-title";
  title.textContent = node.label || String(id);
  menu.append(title);
  const expanded = (state.expandedIds || new Set()).has(id);
  const pinned = (state.pinnedIds || new Set()).has(id);
  const items = [
    expanded ? ["collapse", "Collapse neighbours"] : ["expand", "Show neighbours"],
    ["hide", "Hide"],
    pinned ? ["unpin", "Unpin"] : ["pin", "Pin in place"],
  ];
  const buttons = items.map(([action, text]) => {
    const button = document.createElement("button");
    button.type = "button";
    button.setAttribute("role", "menuitem");
    button.dataset.action = action;
    button.textContent = text;
    button.addEventListener("click", () => chooseAction(state, action, id));
    return button;
  });
  menu.append(...buttons);
  menu.addEventListener("keydown", (event) => {
    const at = buttons.indexOf(event.composedPath()[0]);
    if (event.key === "Escape") {
      closeMenu(state);
      state.network.canvas.frame.focus();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const step = event.key === "ArrowDown" ? 1 : buttons.length - 1;
      buttons[(Math.max(at, 0) + step) % buttons.length].focus();
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  });
  host.append(menu);
  const box = host.querySelector(".ng-canvas");
  const x = Math.min(dom.x, box.clientWidth - menu.offsetWidth - 4);
  const y = Math.min(dom.y, box.clientHeight - menu.offsetHeight - 4);
  menu.style.left = `${Math.max(x, 0)}px`;
  menu.style.top = `${Math.max(y, 0)}px`;
  state.menu = menu;
  buttons[0].focus();
}

// The zoom buttons: clicks in quick succession build on the scale the last one aims at.
function zoomBy(state, factor) {
  const { network } = state;
  const now = performance.now();
  // Clicks in a row multiply from the scale the last one aims at, while its animation has not
  // ended (a busy machine may draw it late: the scale shown is then half-way) or for 250 ms,
  // but never from an aim older than a second.
  const last = state.zoomAim;
  const pending = last && (now < last.until || (last.moving && now < last.until + 750));
  const aim = pending ? last.scale : network.getScale();
  const scale = aim * factor;
  state.zoomAim = { scale, until: now + 250, moving: true };
  network.moveTo({ scale, animation: { duration: 200, easingFunction: "easeInOutQuad" } });
  setTimeout(() => rememberView(state), 250);
}

// Ctrl+Z undoes the reader's last step (expand, hide, pin) and Ctrl+Shift+Z or Ctrl+Y redoes it
// (Cmd on macOS), by pressing the page's own Undo and Redo buttons (ui/expansion.py, keyed
// "steps-undo" and "steps-redo"); in a text box the browser's own undo is left alone.
function isTextBox(target) {
  if (!target) return false;
  if (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName)) return true;
  return target.tagName === "INPUT" && !/^(checkbox|radio|range|button|submit|reset|color|file)$/i.test(target.type);
}

function stepShortcut(event) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  if (key === "y" && !event.shiftKey) return "redo";
  return null;
}

globalThis.__newsgraphUndoKeys ??= (() => {
  document.addEventListener("keydown", (event) => {
    const step = stepShortcut(event);
    if (!step || isTextBox(event.composedPath()[0])) return;
    const buttons = [...document.querySelectorAll(`.st-key-steps-${step} button`)];
    const button = buttons.find((b) => b.closest('[data-stale="false"]')) ?? buttons[0];
    if (!button || button.disabled) return;
    event.preventDefault();
    button.click();
  });
  return true;
})();

// A name chosen in the find box (ui/find, frontend/find.js) is selected and centred at once
// when the canvas draws it, before the server's answer (the details, and the same focus again)
// comes back: a round trip less to wait for (issue 21).  Returns whether the canvas drew it; a
// node not drawn is left to the server.  `add` ({nodes, edges}, ui/find's data.show.add): what
// the server's run adds for a node found outside the drawing, drawn now where placeFound puts
// it, before that run's own update of the canvas comes (which then keeps it where it is).
let findSeq = 0;
const findWatch = (globalThis.__newsgraphFind ??= { state: null, focus: null });
globalThis.__newsgraphFocusNode = (id, add) => {
  const { state, focus } = findWatch;
  if (!state || !focus) return false;
  if (add && !state.busy && !state.nodes.get(id) && !state.data.positioned) {
    const positions = state.network.getPositions();
    const fresh = add.nodes.filter((n) => !(n.id in positions));
    const found = { focus: { kind: "node", id }, edges: add.edges, options: state.data.options };
    const placed = placeFound(found, positions, fresh);
    if (placed) {
      state.nodes.add(fresh.map((n) => Object.assign({}, n, placed[n.id])));
      state.edges.update(edgesForDrawing(add.edges, state.labelsOnDemand ? -1 : Infinity));
    }
  }
  if (!state.nodes.get(id)) return false;
  focus(state, { kind: "node", id, nonce: `find-${++findSeq}` });
  return true;
};

// The legend lists what is on screen (data.legend, made in Python from the drawn nodes and
// edges). Text goes in with textContent, never as markup.
// Line styles of the modes on screen (negated dotted, possible/planned/... dashed) come as
// rows of kind "mode" with their dash pattern.
function legendRows(data) {
  return [...(data.legend || [])];
}

function renderLegend(legendBox, data) {
  const rows = legendRows(data);
  legendBox.replaceChildren(
    ...rows.map((row) => {
      const line = document.createElement("div");
      line.className = `ng-legend-row ng-${row.kind}`;
      line.dataset.type = row.type;
      const mark = document.createElement("span");
      mark.className =
        row.kind === "entity" ? `ng-mark ng-shape-${row.shape}` : row.kind === "mode" ? "ng-mark ng-dashed" : "ng-mark ng-line";
      if (row.kind === "mode") {
        mark.style.borderTopStyle = (row.dashes || [])[0] <= 2 ? "dotted" : "dashed";
      } else {
        mark.style.setProperty("--ng-colour", row.color);
      }
      const label = document.createElement("span");
      label.textContent = row.label;
      line.append(mark, label);
      return line;
    })
  );
  legendBox.hidden = rows.length === 0;
}

// Many edges: their labels show on hover and for the selected node's edges only, so the
// canvas stays readable; the label itself is kept in fullLabel.
function edgesForDrawing(edges, labelLimit) {
  if (edges.length <= labelLimit) return edges;
  return edges.map((e) => Object.assign({}, e, { fullLabel: e.label, label: undefined }));
}

function showLabels(state, ids, on) {
  if (!state.labelsOnDemand) return;
  state.edges.update(
    ids.map((id) => {
      const edge = state.edges.get(id);
      return { id, label: on && edge ? edge.fullLabel : undefined };
    })
  );
}

// ---- PNG snapshot: the network as drawn, at PNG_RATIO, with the legend and the caption.

// vis-network draws through its Canvas' getContext() at its pixelRatio; for one frame both
// point at an offscreen canvas of PNG_RATIO times the size, so the picture is the same view
// (scale, position, selection) drawn sharper, not an upscaled screenshot.
function drawNetworkAt(network, ratio, width, height) {
  const layer = document.createElement("canvas");
  layer.width = Math.round(width * ratio);
  layer.height = Math.round(height * ratio);
  const context = layer.getContext("2d");
  const canvas = network.canvas;
  const ownContext = canvas.getContext;
  const ownRatio = canvas.pixelRatio;
  canvas.getContext = () => context;
  canvas.pixelRatio = ratio;
  try {
    network.renderer._redraw();
  } finally {
    canvas.getContext = ownContext;
    canvas.pixelRatio = ownRatio;
    network.redraw();
  }
  return layer;
}

function markPath(ctx, shape, x, y, r) {
  ctx.beginPath();
  if (shape === "dot") {
    ctx.arc(x, y, r, 0, 2 * Math.PI);
  } else if (shape === "triangle") {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y + r);
    ctx.lineTo(x - r, y + r);
  } else if (shape === "diamond") {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
  } else if (shape === "hexagon") {
    for (let i = 0; i < 6; i++) {
      const a = (Math.PI / 3) * i;
      ctx[i ? "lineTo" : "moveTo"](x + r * Math.cos(a), y + r * Math.sin(a));
    }
  } else {
    ctx.rect(x - r, y - r, 2 * r, 2 * r);
  }
  ctx.closePath();
}

const PNG_FONT = "11px sans-serif";
const CAPTION_FONT = "12px sans-serif";

// The legend as on screen (top left, one row per type on screen), in CSS pixels.
function drawLegend(ctx, rows, theme) {
  if (!rows.length) return;
  const rowHeight = 15;
  ctx.font = PNG_FONT;
  const textWidth = Math.max(...rows.map((row) => ctx.measureText(row.label).width));
  const width = 8 + 16 + 6 + textWidth + 8;
  const height = 6 + rows.length * rowHeight + 2;
  ctx.fillStyle = theme.background;
  ctx.strokeStyle = theme.dark ? "#4a4d57" : "#d5d8de";
  ctx.lineWidth = 1;
  ctx.globalAlpha = 0.85;
  ctx.fillRect(6, 6, width, height);
  ctx.globalAlpha = 1;
  ctx.strokeRect(6.5, 6.5, width, height);
  rows.forEach((row, i) => {
    const cy = 6 + 4 + i * rowHeight + rowHeight / 2;
    const mx = 6 + 8 + 8;
    if (row.kind === "entity") {
      markPath(ctx, row.shape, mx, cy, 5);
      ctx.fillStyle = row.color;
      ctx.fill();
    } else if (row.kind === "mode") {
      ctx.save();
      ctx.setLineDash(row.dashes || [3, 2]);
      ctx.strokeStyle = "#8a8a8a";
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(mx - 8, cy);
      ctx.lineTo(mx + 8, cy);
      ctx.stroke();
      ctx.restore();
    } else {
      ctx.fillStyle = row.color;
      ctx.fillRect(mx - 8, cy - 1.5, 16, 3);
    }
    ctx.fillStyle = theme.text;
    ctx.textBaseline = "middle";
    ctx.fillText(row.label, 6 + 8 + 16 + 6, cy);
  });
}

function wrapText(ctx, text, width) {
  const lines = [];
  let line = "";
  for (const word of String(text || "").split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// The picture: the page's background (white in light mode), the network at PNG_RATIO, the legend over it (as on screen)
// and the caption in a band below. Returns the canvas; its size is PNG_RATIO times the
// network canvas, plus the caption band.
function snapshotCanvas(state) {
  const frame = state.network.canvas.frame.canvas;
  const width = frame.clientWidth;
  const height = frame.clientHeight;
  const measure = document.createElement("canvas").getContext("2d");
  measure.font = CAPTION_FONT;
  const lines = wrapText(measure, state.caption, width - 16);
  const lineHeight = 16;
  const band = lines.length ? lines.length * lineHeight + 10 : 0;
  const out = document.createElement("canvas");
  out.width = Math.round(width * PNG_RATIO);
  out.height = Math.round((height + band) * PNG_RATIO);
  const ctx = out.getContext("2d");
  const theme = state.theme || { text: "#262730", background: "#ffffff", dark: false };
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(drawNetworkAt(state.network, PNG_RATIO, width, height), 0, 0);
  ctx.setTransform(PNG_RATIO, 0, 0, PNG_RATIO, 0, 0);
  drawLegend(ctx, legendRows(state.data), theme);
  if (lines.length) {
    ctx.strokeStyle = "#d5d8de";
    ctx.beginPath();
    ctx.moveTo(0, height + 0.5);
    ctx.lineTo(width, height + 0.5);
    ctx.stroke();
    ctx.font = CAPTION_FONT;
    ctx.fillStyle = theme.text;
    ctx.textBaseline = "top";
    lines.forEach((line, i) => ctx.fillText(line, 8, height + 5 + i * lineHeight));
  }
  return { canvas: out, width, height, band };
}

function downloadPng(state, host) {
  const { canvas, width, height, band } = snapshotCanvas(state);
  canvas.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = state.pngName || "newsgraph.png";
    link.hidden = true;
    host.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
    globalThis.__newsgraphPng = { width: canvas.width, height: canvas.height, canvasWidth: width, canvasHeight: height, band, ratio: PNG_RATIO };
  }, "image/png");
}

function build(host, data, setStateValue, componentKey) {
  const vis = globalThis.vis;
  const canvasBox = document.createElement("div");
  canvasBox.className = "ng-canvas";
  canvasBox.style.height = `${data.height || 600}px`;
  const legendBox = document.createElement("div");
  legendBox.className = "ng-legend";
  const fitButton = document.createElement("button");
  fitButton.className = "ng-fit";
  fitButton.type = "button";
  fitButton.textContent = "Fit";
  fitButton.title = "Fit the whole graph into view";
  const pngButton = document.createElement("button");
  pngButton.className = "ng-png";
  pngButton.type = "button";
  pngButton.textContent = "PNG";
  pngButton.title = "Download this view as a PNG image (2x), with legend and caption";
  const zoomOut = document.createElement("button");
  zoomOut.className = "ng-zoom-out";
  zoomOut.type = "button";
  zoomOut.textContent = "\u2212";
  zoomOut.title = "Zoom out (or press - on the canvas)";
  zoomOut.setAttribute("aria-label", "Zoom out");
  const zoomIn = document.createElement("button");
  zoomIn.className = "ng-zoom-in";
  zoomIn.type = "button";
  zoomIn.textContent = "+";
  zoomIn.title = "Zoom in (or press + on the canvas)";
  zoomIn.setAttribute("aria-label", "Zoom in");
  const legendButton = document.createElement("button");
  legendButton.className = "ng-legend-button";
  legendButton.type = "button";
  legendButton.textContent = "Legend";
  legendButton.title = "Show or hide the legend (it folds away by itself where it would hide nodes)";
  const tools = document.createElement("div");
  tools.className = "ng-tools";
  tools.append(zoomOut, zoomIn, fitButton, legendButton, pngButton);
  host.replaceChildren(canvasBox, legendBox, tools);
  host.dataset.key = componentKey;
  renderLegend(legendBox, data);
  showLegend(host, legendChoice.get(componentKey) !== false);
  legendButton.addEventListener("click", () => {
    const shown = legendBox.classList.contains("ng-folded");
    legendChoice.set(componentKey, shown);
    showLegend(host, shown);
  });

  // this page's own record of where the nodes were (also dragged), else an earlier page's
  const settled = data.positioned ? null : (settledByKey.get(componentKey) ?? settledOf(data));
  const known = settled ? data.nodes.filter((n) => settled.has(n.id)) : [];
  const allKnown = data.nodes.length > 0 && known.length === data.nodes.length;
  // Known nodes keep their place; if some are new, the known ones hold still while the new settle.
  const nodes = new vis.DataSet(
    data.nodes.map((n) =>
      settled && settled.has(n.id)
        ? Object.assign({}, n, settled.get(n.id), allKnown ? {} : { fixed: true })
        : n
    )
  );
  const labelLimit = data.edge_label_limit ?? Infinity;
  const edges = new vis.DataSet(edgesForDrawing(data.edges, labelLimit));
  const physics = Boolean(data.physics) && !allKnown;
  // for the bench and the tests: when the network was built, and whether its physics lays it out
  globalThis.__newsgraphBuilt = { hash: data.hash, at: performance.now(), physics };
  const theme = themeOf(host);
  const themed = themeOptions(theme);
  const options = Object.assign({}, data.options || {});
  for (const part of ["nodes", "edges"]) {
    const given = options[part] || {};
    options[part] = Object.assign({}, given, { font: Object.assign({}, given.font || {}, themed[part].font) });
  }
  options.physics = Object.assign({}, options.physics || {}, {
    enabled: physics,
    stabilization: { enabled: physics, iterations: STABILIZE_ITERATIONS, fit: true },
  });
  options.interaction = Object.assign(
    {
      hover: true,
      tooltipDelay: 150,
      hideEdgesOnDrag: data.nodes.length > 500,
      keyboard: { enabled: true, bindToWindow: false },
    },
    options.interaction || {}
  );
  const network = new vis.Network(canvasBox, { nodes, edges }, options);
  // The canvas takes the keyboard's focus (Tab): arrow keys pan, + and - zoom, and the menu key
  // (or Shift+F10) opens the selected node's menu.
  network.canvas.frame.tabIndex = 0;
  network.canvas.frame.setAttribute("aria-label", "Graph: arrow keys pan, + and - zoom; right-click a node for its menu");
  const state = {
    network, nodes, edges, hash: data.hash, positioned: Boolean(data.positioned), setStateValue,
    key: componentKey, legendBox, labelLimit, labelsOnDemand: data.edges.length > labelLimit,
    data, caption: data.caption || "", pngName: data.png_name,
    theme, menu: null, pinnedIds: new Set(), expandedIds: new Set(),
    host, reportDrawn: Boolean(data.report_drawn), drawnReported: null,
  };
  host.dataset.theme = theme.dark ? "dark" : "light";
  zoomIn.addEventListener("click", () => zoomBy(state, 1.25));
  zoomOut.addEventListener("click", () => zoomBy(state, 0.8));
  network.on("animationFinished", () => {
    if (state.zoomAim) state.zoomAim.moving = false;
  });
  network.on("oncontext", (params) => {
    params.event.preventDefault();
    const id = network.getNodeAt(params.pointer.DOM);
    if (id === undefined) closeMenu(state);
    else openMenu(state, host, id, params.pointer.DOM);
  });
  for (const type of ["dragStart", "zoom"]) network.on(type, () => closeMenu(state));
  network.canvas.frame.addEventListener("keydown", (event) => {
    if (event.key !== "ContextMenu" && !(event.shiftKey && event.key === "F10")) return;
    const [id] = network.getSelectedNodes();
    if (id === undefined) return;
    event.preventDefault();
    openMenu(state, host, id, network.canvasToDOM(network.getPositions([id])[id]));
  });
  fitButton.addEventListener("click", () =>
    fitBesideLegend(network, host, { duration: 300, easingFunction: "easeInOutQuad" })
  );
  pngButton.addEventListener("click", () => downloadPng(state, host));
  network.on("hoverEdge", (params) => showLabels(state, [params.edge], true));
  network.on("blurEdge", (params) => {
    const selected = new Set(network.getSelectedEdges());
    if (!selected.has(params.edge)) showLabels(state, [params.edge], false);
  });
  network.on("selectNode", (params) => showLabels(state, network.getConnectedEdges(params.nodes[0]), true));
  network.on("deselectNode", (params) => {
    const before = params.previousSelection && params.previousSelection.nodes;
    const previous = before && before.length ? before[0] : null;
    const id = previous && typeof previous === "object" ? previous.id : previous;
    if (id !== null && state.nodes.get(id)) showLabels(state, network.getConnectedEdges(id), false);
  });

  network.on("click", (params) => {
    closeMenu(state);
    let selection = null;
    if (params.nodes && params.nodes.length) {
      selection = { kind: "node", id: params.nodes[0] };
    } else if (params.edges && params.edges.length) {
      selection = { kind: "edge", id: params.edges[0] };
    }
    lastSelection.set(componentKey, selection);
    const seq = ++clickSeq;
    // The details pane (ui/details_pane) draws the clicked item's panel now, from what the
    // page holds (issue 20: click -> sentences); the run the click causes is asked for once
    // that frame is painted, so the page's re-rendering for it does not hold the frame back
    // (window.__newsgraphClickPending counts the clicks not sent yet, for the tests).
    const show = globalThis.__newsgraphShowDetails;
    const drawn = Boolean(show && show(selection, seq));
    globalThis.__newsgraphClicked = { selection, at: performance.now(), drawn };
    let sent = false;
    const send = () => {
      if (sent) return;
      sent = true;
      if (drawn) globalThis.__newsgraphClickPending -= 1;
      state.setStateValue("selection", selection && Object.assign({ seq }, selection));
    };
    if (!drawn) return send();
    globalThis.__newsgraphClickPending = (globalThis.__newsgraphClickPending || 0) + 1;
    requestAnimationFrame(() => setTimeout(send, 0));
    setTimeout(send, 250); // a page in the background gets no animation frames
  });

  if (physics && data.nodes.length) {
    state.busy = true;
    network.once("stabilizationIterationsDone", () => {
      nodes.update(known.map((n) => ({ id: n.id, fixed: false })));
      freeze(network, host, data.hash);
      whenSettled(state);
    });
  } else {
    const seen = viewByKey.get(componentKey);
    if (allKnown && seen) network.moveTo({ scale: seen.scale, position: seen.position, animation: false });
    else if (allKnown) fitBesideLegend(network, host);
    network.once("afterDrawing", () => markDrawn(host, data.hash));
  }
  network.on("zoom", () => rememberView(state));
  network.on("dragEnd", (params) => {
    rememberView(state);
    if (params.nodes && params.nodes.length) {
      const settled = settledByKey.get(state.key) ?? new Map();
      for (const [id, xy] of Object.entries(network.getPositions(params.nodes))) settled.set(id, xy);
      settledByKey.set(state.key, settled);
    }
  });
  return state;
}

// A find of a node the view left out adds it with its neighbours (ui.expansion, issue 21).  Such
// an update places them at once instead of letting them settle (a second or more on a big view,
// with the drawing held until done), so the focus needs no wait: the found node beside the
// drawing, on the side of its drawn neighbours, and its new neighbours on a ring around it.
// Null (settle as usual) when the update brings other nodes too, or no focus on a new node.
const RING_GAP = 36; // px of ring per neighbour
function placeFound(data, positions, fresh) {
  const focus = data.focus;
  if (!focus || focus.kind !== "node" || !fresh.some((n) => n.id === focus.id)) return null;
  const linked = new Set();
  for (const e of data.edges) {
    if (e.from === focus.id) linked.add(e.to);
    if (e.to === focus.id) linked.add(e.from);
  }
  const ring = fresh.filter((n) => n.id !== focus.id);
  if (!ring.every((n) => linked.has(n.id))) return null;
  const known = Object.values(positions);
  const xs = known.map((p) => p.x);
  const ys = known.map((p) => p.y);
  const [minX, maxX, minY, maxY] = known.length
    ? [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
    : [0, 0, 0, 0];
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const anchors = [...linked].filter((id) => id in positions).map((id) => positions[id]);
  let dx = 1;
  let dy = 0;
  if (anchors.length) {
    const ax = anchors.reduce((sum, p) => sum + p.x, 0) / anchors.length - centre.x;
    const ay = anchors.reduce((sum, p) => sum + p.y, 0) / anchors.length - centre.y;
    const length = Math.hypot(ax, ay);
    if (length > 1) [dx, dy] = [ax / length, ay / length];
  }
  const spring = (data.options?.physics?.forceAtlas2Based?.springLength) ?? 110;
  const radius = Math.max(spring, (ring.length * RING_GAP) / (2 * Math.PI));
  // from the centre to the drawing's edge along (dx, dy), then out by the ring and a spring
  const reach = Math.min(
    dx ? (maxX - minX) / 2 / Math.abs(dx) : Infinity,
    dy ? (maxY - minY) / 2 / Math.abs(dy) : Infinity
  );
  const at = { x: centre.x + dx * (reach + radius + spring), y: centre.y + dy * (reach + radius + spring) };
  const out = { [focus.id]: at };
  const start = Math.atan2(-dy, -dx); // the first neighbour faces the drawing
  ring.forEach((n, i) => {
    const angle = start + (2 * Math.PI * i) / ring.length;
    out[n.id] = { x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) };
  });
  return out;
}

function update(state, host, data) {
  // Same network, new data: keep the positions of nodes that stay, place new ones by a short
  // stabilisation, then freeze again.
  const { network, nodes, edges } = state;
  const keepNodes = new Set(data.nodes.map((n) => n.id));
  const keepEdges = new Set(data.edges.map((e) => e.id));
  edges.remove(edges.getIds().filter((id) => !keepEdges.has(id)));
  nodes.remove(nodes.getIds().filter((id) => !keepNodes.has(id)));
  // Nodes that were drawn before (and filtered away since) come back to where they were.
  const settled = settledByKey.get(state.key) ?? new Map();
  const positions = Object.assign(
    Object.fromEntries(data.nodes.filter((n) => settled.has(n.id)).map((n) => [n.id, settled.get(n.id)])),
    network.getPositions()
  );
  const fresh = data.nodes.filter((n) => !(n.id in positions));
  const placed = data.positioned ? null : placeFound(data, positions, fresh);
  if (placed) Object.assign(positions, placed);
  const settle = Boolean(data.physics && fresh.length && !placed);
  nodes.update(
    data.nodes.map((n) => {
      if (data.positioned) return n; // server positions are already stable across filters
      const node = Object.assign({}, n);
      if (!(n.id in positions)) return node;
      // nodes already on screen hold still while the new ones find their place
      return Object.assign(node, positions[n.id], settle ? { fixed: true } : {});
    })
  );
  state.labelsOnDemand = data.edges.length > state.labelLimit;
  edges.update(state.labelsOnDemand ? edgesForDrawing(data.edges, state.labelLimit) : data.edges);
  state.hash = data.hash;
  state.data = data;
  renderLegend(state.legendBox, data);
  if (settle) {
    const held = data.nodes.filter((n) => n.id in positions).map((n) => ({ id: n.id, fixed: false }));
    network.setOptions({ physics: { enabled: true } });
    state.busy = true;
    network.once("stabilizationIterationsDone", () => {
      nodes.update(held);
      freeze(network, host, data.hash, false);
      whenSettled(state);
    });
    network.stabilize(STABILIZE_ITERATIONS);
  } else {
    // The view does not re-fit: what stays on screen stays where the reader saw it.
    network.setOptions({ physics: { enabled: false } });
    network.once("afterDrawing", () => markDrawn(host, data.hash));
    network.redraw();
  }
}

// The last whole payload per component, so a lean message (same hash) needs no resend, also
// when Streamlit remounts the element (another tab and back).
const payloadByKey = (globalThis.__newsgraphPayloads ??= new Map());
const askedByKey = (globalThis.__newsgraphAsked ??= new Map());
let askSeq = 0;

// The vis library: our own file from the pyvis wheel (never article text), served by the app's
// server at data.vis_url, whose "?v=" names the file's content.  Streamlit's component server
// sends it without a validator or an age, so an ordinary request would fetch (and the server
// compress) all 470 kB again for every page; "force-cache" takes the browser's copy whenever
// it has one, and the version in the address makes a changed file a new address.  Fetched and
// run once per page, whichever message asks first; resolves when globalThis.vis is there,
// rejects (and the next message tries again) when it could not load.
const visLoad = (globalThis.__newsgraphVisLoad ??= { promise: null, session: null });
function loadVis(url) {
  if (globalThis.vis) return Promise.resolve();
  if (!visLoad.promise) {
    const src = new URL(url, document.baseURI).href;
    visLoad.promise = fetch(src, { cache: "force-cache" })
      .then((response) => {
        if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
        return response.text();
      })
      .then((code) => {
        new Function(code).call(globalThis); // its UMD wrapper sets globalThis.vis
        if (!globalThis.vis) throw new Error(`${src} did not define vis`);
      })
      .catch((error) => {
        visLoad.promise = null;
        throw error;
      });
  }
  return visLoad.promise;
}

// The whole payload for this message: itself, or a lean message completed from the last
// whole payload of the same hash; null when this page does not have it.
function completed(key, data) {
  if (!data.lean) {
    payloadByKey.set(key, Object.assign({}, data, { focus: undefined })); // a focus counts once
    askedByKey.delete(key);
    return data;
  }
  const held = payloadByKey.get(key);
  if (!held || held.hash !== data.hash) return null;
  const out = Object.assign({}, held, data);
  delete out.lean;
  return out;
}

function askAgain(key, hash, setStateValue) {
  if (askedByKey.get(key) === hash) return; // asked already: the answer is on its way
  askedByKey.set(key, hash);
  setStateValue("missing", { hash, seq: ++askSeq });
}

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
  const wired = unwire(component.data);
  if (!wired) return;
  if (wired.positions_reporter) {
    reporter.setStateValue = component.setStateValue;
    return;
  }
  // A new server session holds no positions: the next tab change reports them again.
  if (wired.session !== visLoad.session) sentByKey.clear();
  visLoad.session = wired.session;
  if (globalThis.vis) return mount(component, wired);
  // Messages that come while the library loads are drawn in order once it is there.
  return loadVis(wired.vis_url).then(
    () => mount(component, wired),
    (error) => console.error("newsgraph: the graph library did not load", error),
  );
}

function mount(component, wired) {
  const { parentElement, setStateValue, name: key } = component;
  const data = completed(key, wired);
  if (!data) {
    askAgain(key, wired.hash, setStateValue);
    return;
  }
  const host = hostOf(parentElement);
  let state = host.__newsgraph;
  // Switching between browser physics and server positions changes the options: rebuild.
  if (state && state.positioned !== Boolean(data.positioned)) {
    state.network.destroy();
    state = null;
  }
  if (!state) {
    state = build(host, data, setStateValue, key);
    host.__newsgraph = state;
    restoreSelection(state, key);
  } else if (state.hash !== data.hash) {
    update(state, host, data);
  }
  state.setStateValue = setStateValue;
  applyTheme(state, host);
  themeWatch.state = state;
  themeWatch.host = host;
  state.expandedIds = new Set(data.expanded || []);
  if (state.menu && !state.nodes.get(state.menu.dataset.id)) closeMenu(state);
  applyPins(state, data.pinned || [], !state.busy && state.pinsHash !== data.hash);
  state.pinsHash = data.hash;
  // The caption names the filters: it may change while the drawn graph does not.
  state.caption = data.caption || "";
  state.pngName = data.png_name;
  state.reportDrawn = Boolean(data.report_drawn);
  reportDrawn(state); // already drawn with this hash (a reconnected session): say so now
  applyFocus(state, data.focus);
  findWatch.state = state;
  findWatch.focus = applyFocus;
  state.positionsTab = data.positions_tab || "";
  liveByKey.set(key, state); // its positions go when the reader opens state.positionsTab
  // Exposed for the browser tests and bench (getPositions, canvasToDOM, ...).
  globalThis.__newsgraphNetwork = state.network;
  globalThis.__newsgraphHost = host;
}
