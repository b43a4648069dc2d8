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

function markDrawn(host, hash) {
  const state = host.__newsgraph;
  if (state && state.hash === hash && !state.positioned) {
    const settled = settledByKey.get(state.key) ?? new Map();
    for (const [id, xy] of Object.entries(state.network.getPositions())) settled.set(id, xy);
    settledByKey.set(state.key, settled);
  }
  host.dataset.drawn = hash;
  globalThis.__newsgraphDrawn = { hash, at: performance.now() };
}

function freeze(network, host, hash) {
  network.setOptions({ physics: { enabled: false } });
  network.fit({ animation: false });
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

function build(host, data, setStateValue, componentKey) {
  const vis = globalThis.vis;
  globalThis.__newsgraphBuilt = { hash: data.hash, at: performance.now() };
  const canvasBox = document.createElement("div");
  canvasBox.className = "ng-canvas";
  canvasBox.style.height = `${data.height || 600}px`;
  host.replaceChildren(canvasBox);

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
  const edges = new vis.DataSet(data.edges);
  const physics = Boolean(data.physics) && !allKnown;
  const options = Object.assign({}, data.options || {});
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
    key: componentKey,
  };

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
    if (allKnown) network.fit({ animation: false });
    network.once("afterDrawing", () => markDrawn(host, data.hash));
  }
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
  const positions = network.getPositions();
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
  edges.update(data.edges);
  state.hash = data.hash;
  if (settle) {
    const held = data.nodes.filter((n) => n.id in positions).map((n) => ({ id: n.id, fixed: false }));
    network.setOptions({ physics: { enabled: true } });
    network.once("stabilizationIterationsDone", () => {
      nodes.update(held);
      freeze(network, host, data.hash);
    });
    network.stabilize(STABILIZE_ITERATIONS);
  } else {
    network.setOptions({ physics: { enabled: false } });
    network.fit({ animation: false });
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
