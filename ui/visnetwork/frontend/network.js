// newsgraph's vis-network component (Streamlit custom components v2).
//
// The Python wrapper prepends vis-network.min.js from the installed pyvis wheel, whose UMD
// wrapper sets globalThis.vis; nothing is fetched from a CDN.  Streamlit calls the default
// export again whenever the mount data changes, with the same parentElement: the network is
// kept on the host element and only rebuilt when the data hash changes, so node positions
// stay put across reruns.
//
// Contract with Python (ui/visnetwork/__init__.py):
//   data = {hash, nodes, edges, options, physics, positioned, height}
//   state "selection" <- {kind: "node" | "edge", id} | null   (setStateValue on click)
// Article-derived text only ever reaches the DOM through vis's canvas labels and its tooltip,
// which vis sets with innerText; this file never writes innerHTML.

const STABILIZE_ITERATIONS = 200;

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
  host.dataset.drawn = hash;
  globalThis.__newsgraphDrawn = { hash, at: performance.now() };
}

function freeze(network, host, hash, fit = true) {
  network.setOptions({ physics: { enabled: false } });
  if (fit) network.fit({ animation: false });
  network.once("afterDrawing", () => markDrawn(host, hash));
  network.redraw();
}

// Last click per component key: survives a remount (e.g. switching tabs and back), so the
// node whose sentences the panel shows is highlighted again.
const lastSelection = (globalThis.__newsgraphSelections ??= new Map());

function restoreSelection(state, componentKey) {
  const selected = lastSelection.get(componentKey);
  if (!selected) return;
  if (selected.kind === "node" && state.nodes.get(selected.id)) {
    state.network.selectNodes([selected.id], true);
  } else if (selected.kind === "edge" && state.edges.get(selected.id)) {
    state.network.setSelection({ nodes: [], edges: [selected.id] }, { highlightEdges: false });
  }
}

// The legend lists what is on screen (data.legend, made in Python from the drawn nodes and
// edges). Text goes in with textContent, never as markup.
function renderLegend(legendBox, data) {
  const rows = [...(data.legend || [])];
  if (data.edges.some((e) => e.dashes)) {
    rows.push({ kind: "note", type: "dashes", label: "dashed: negated or co-occurrence" });
  }
  legendBox.replaceChildren(
    ...rows.map((row) => {
      const line = document.createElement("div");
      line.className = `ng-legend-row ng-${row.kind}`;
      line.dataset.type = row.type;
      const mark = document.createElement("span");
      mark.className =
        row.kind === "entity" ? `ng-mark ng-shape-${row.shape}` : row.kind === "note" ? "ng-mark ng-dashed" : "ng-mark ng-line";
      mark.style.setProperty("--ng-colour", row.color);
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

function build(host, data, setStateValue, componentKey) {
  const vis = globalThis.vis;
  globalThis.__newsgraphBuilt = { hash: data.hash, at: performance.now() };
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
  host.replaceChildren(canvasBox, legendBox, fitButton);
  renderLegend(legendBox, data);

  const settled = data.positioned ? null : settledByKey.get(componentKey);
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
  // options arrive as JSON text (ui.visnetwork.wire_data)
  const options = Object.assign({}, typeof data.options === "string" ? JSON.parse(data.options) : data.options || {});
  options.physics = Object.assign({}, options.physics || {}, {
    enabled: physics,
    stabilization: { enabled: physics, iterations: STABILIZE_ITERATIONS, fit: true },
  });
  options.interaction = Object.assign(
    { hover: true, tooltipDelay: 150, hideEdgesOnDrag: data.nodes.length > 500 },
    options.interaction || {}
  );
  const network = new vis.Network(canvasBox, { nodes, edges }, options);
  const state = {
    network, nodes, edges, hash: data.hash, positioned: Boolean(data.positioned), setStateValue,
    key: componentKey, legendBox, labelLimit, labelsOnDemand: data.edges.length > labelLimit,
  };
  fitButton.addEventListener("click", () => network.fit({ animation: { duration: 300 } }));
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
    let selection = null;
    if (params.nodes && params.nodes.length) {
      selection = { kind: "node", id: params.nodes[0] };
    } else if (params.edges && params.edges.length) {
      selection = { kind: "edge", id: params.edges[0] };
    }
    lastSelection.set(componentKey, selection);
    globalThis.__newsgraphClicked = { selection, at: performance.now() };
    state.setStateValue("selection", selection);
  });

  if (physics && data.nodes.length) {
    network.once("stabilizationIterationsDone", () => {
      nodes.update(known.map((n) => ({ id: n.id, fixed: false })));
      freeze(network, host, data.hash);
    });
  } else {
    const seen = viewByKey.get(componentKey);
    if (allKnown && seen) network.moveTo({ scale: seen.scale, position: seen.position, animation: false });
    else if (allKnown) network.fit({ animation: false });
    network.once("afterDrawing", () => markDrawn(host, data.hash));
  }
  network.on("zoom", () => rememberView(state));
  network.on("dragEnd", () => rememberView(state));
  return state;
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
  const settle = Boolean(data.physics && fresh.length);
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
  renderLegend(state.legendBox, data);
  if (settle) {
    const held = data.nodes.filter((n) => n.id in positions).map((n) => ({ id: n.id, fixed: false }));
    network.setOptions({ physics: { enabled: true } });
    network.once("stabilizationIterationsDone", () => {
      nodes.update(held);
      freeze(network, host, data.hash, false);
    });
    network.stabilize(STABILIZE_ITERATIONS);
  } else {
    // The view does not re-fit: what stays on screen stays where the reader saw it.
    network.setOptions({ physics: { enabled: false } });
    network.once("afterDrawing", () => markDrawn(host, data.hash));
    network.redraw();
  }
}

export default function (component) {
  const { data, parentElement, setStateValue, name: key } = component;
  if (!data || !globalThis.vis) return;
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
  // Exposed for the browser tests and bench (getPositions, canvasToDOM, ...).
  globalThis.__newsgraphNetwork = state.network;
  globalThis.__newsgraphHost = host;
}
