// The page's behaviour. kgData (nodes, edges, options) is written by kg/viz/page.py; the functions
// neighbourhoodHighlight, selectNode, filterHighlight and highlightFilter come from pyvis's utils.js,
// which works on the globals below.
var nodes, edges, network, allNodes, allEdges, nodeColors;
var highlightActive = false; // utils.js reads these two before it ever sets them
var filterActive = false;
var filter = { item: "", property: "", value: [] };
var itemControl, propControl, valueControl;

// The properties the filter menu offers (not colours, sizes or tooltips).
var FILTER_PROPERTIES = { node: ["kind", "name", "community"], edge: ["relation"] };

function setStatus(text) {
  document.getElementById("status").textContent = text;
}

function markStable() {
  window.kgStableMs = Math.round(performance.now());
  document.body.dataset.stable = "true";
  setStatus("layout done");
}

function resetSelection() {
  network.unselectAll();
  neighbourhoodHighlight({ nodes: [] });
  showEdgeLabels();
}

// Edge labels are drawn only for hovered edges and the edges of the selected node, to keep the
// picture readable; the text lives in each edge's "relation".
function showEdgeLabels(hovered) {
  var keep = new Set(network.getSelectedEdges());
  if (hovered) keep.add(hovered);
  var changes = [];
  edges.forEach(function (edge) {
    var wanted = keep.has(edge.id) ? edge.relation : " ";
    if ((edge.label || " ") !== wanted) changes.push({ id: edge.id, label: wanted });
  });
  if (changes.length) edges.update(changes);
}

function setKindVisible(kind, visible) {
  var changes = nodes.get({ filter: function (n) { return n.kind === kind; } })
    .map(function (n) { return { id: n.id, hidden: !visible }; });
  nodes.update(changes);
}

function setupSelectMenu() {
  new TomSelect("#select-node", { create: false, maxOptions: null, sortField: { field: "text", direction: "asc" } });
}

// pyvis's filter menu (choose nodes or edges, a property, then values), limited to useful properties.
function setupFilterMenu() {
  valueControl = new TomSelect("#select-value", {
    maxItems: null, valueField: "id", labelField: "title", searchField: "title", create: false,
    sortField: { field: "title", direction: "asc" },
    onItemAdd: function (value) { filter.value.push(value); }
  });
  propControl = new TomSelect("#select-property", {
    valueField: "id", labelField: "title", searchField: "title", create: false,
    onItemAdd: function (property) {
      valueControl.clear();
      valueControl.clearOptions();
      filter.value = [];
      var items = filter.item === "node" ? allNodes : allEdges;
      Object.keys(items).forEach(function (key) {
        var value = items[key][property];
        if (value !== undefined) valueControl.addOption({ id: String(value), title: String(value) });
      });
    }
  });
  itemControl = new TomSelect("#select-item", {
    create: false,
    onItemAdd: function (item) {
      clearFilter(false);
      filter.item = item;
      (FILTER_PROPERTIES[item] || []).forEach(function (p) { propControl.addOption({ id: p, title: p }); });
    }
  });
}

function clearFilter(reset) {
  propControl.clear();
  propControl.clearOptions();
  valueControl.clear();
  valueControl.clearOptions();
  filter = { item: "", property: "", value: [] };
  if (reset) {
    itemControl.clear();
    filterHighlight({ nodes: [] });
    // Every node is shown again, so every kind's checkbox is ticked again.
    document.querySelectorAll("#legend input[data-kind]").forEach(function (box) { box.checked = true; });
  }
}

function updateFilter(value, key) {
  filter[key] = value;
}

function drawGraph() {
  var container = document.getElementById("mynetwork");
  nodes = new vis.DataSet(kgData.nodes);
  edges = new vis.DataSet(kgData.edges);
  allNodes = nodes.get({ returnType: "Object" });
  allEdges = edges.get({ returnType: "Object" });
  nodeColors = {};
  Object.keys(allNodes).forEach(function (id) { nodeColors[id] = allNodes[id].color; });

  network = new vis.Network(container, { nodes: nodes, edges: edges }, kgData.options);
  network.on("click", neighbourhoodHighlight);
  network.on("selectNode", neighbourhoodHighlight);
  network.on("select", function () { showEdgeLabels(); });
  network.on("hoverEdge", function (params) { showEdgeLabels(params.edge); });
  network.on("blurEdge", function () { showEdgeLabels(); });
  network.on("stabilizationProgress", function (params) {
    setStatus("laying out " + Math.round((100 * params.iterations) / params.total) + "%");
  });
  // Physics settles the layout once, then stops, so the page stays still and cheap.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    markStable();
  });
  if (kgData.nodes.length === 0) {
    setStatus("nothing to draw");
    markStable();
  }
}

setupSelectMenu();
setupFilterMenu();
document.querySelectorAll("#legend input[data-kind]").forEach(function (box) {
  box.addEventListener("change", function () { setKindVisible(box.dataset.kind, box.checked); });
});
drawGraph();
