// Draws the lineage graph the server embedded in #graph-data (cytoscape elements) into #lineage-graph.
// No animation and a breadth-first layout: the server has already folded large graphs by domain.
(function () {
  'use strict';
  var container = document.getElementById('lineage-graph');
  var data = document.getElementById('graph-data');
  if (!container || !data || typeof cytoscape !== 'function') return;

  var elements = JSON.parse(data.textContent);
  var focal = elements.nodes.filter(function (n) { return /\bfocal\b/.test(n.classes || ''); })
    .map(function (n) { return n.data.id; });

  var cy = cytoscape({
    container: container,
    elements: elements,
    minZoom: 0.05,
    maxZoom: 3,
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'width': 18, 'height': 18, 'background-color': '#5b6475' } },
      { selector: 'node.version', style: { 'shape': 'round-rectangle', 'background-color': '#1f4fbf' } },
      { selector: 'node.deprecated', style: { 'background-color': '#a15c00' } },
      { selector: 'node.retired', style: { 'background-color': '#9ca3af' } },
      { selector: 'node.source', style: { 'shape': 'barrel', 'background-color': '#6b7280' } },
      { selector: 'node.consumer', style: { 'shape': 'ellipse', 'background-color': '#1f7a3a' } },
      { selector: 'node.domain', style: {
        'shape': 'round-rectangle', 'background-color': '#e5e9f2', 'border-width': 1, 'border-color': '#5b6475',
        'width': 'mapData(count, 1, 1000, 30, 90)', 'height': 'mapData(count, 1, 1000, 30, 90)',
        'text-valign': 'center', 'text-margin-y': 0 } },
      { selector: 'node.focal', style: {
        'border-width': 4, 'border-color': '#b42318', 'width': 28, 'height': 28, 'font-weight': 'bold' } },
      { selector: 'edge', style: {
        'width': 1.5, 'line-color': '#9aa3b2', 'target-arrow-color': '#9aa3b2', 'target-arrow-shape': 'triangle',
        'curve-style': 'straight' } },
      { selector: 'edge.consumes', style: { 'line-style': 'dashed' } },
      { selector: 'edge.observed', style: { 'width': 2.5 } },
      { selector: 'edge.undeclared', style: {
        'line-style': 'dotted', 'line-color': '#b45309', 'target-arrow-color': '#b45309' } },
      { selector: 'edge[count > 1]', style: { 'label': 'data(count)', 'font-size': 9, 'width': 3 } }
    ]
  });

  var layout = cy.layout({
    name: 'breadthfirst',
    directed: true,
    roots: focal.length ? focal.map(function (id) { return '#' + id; }).join(',') : undefined,
    spacingFactor: 1.1,
    animate: false,
    fit: true,
    padding: 20
  });
  layout.one('layoutstop', function () { container.setAttribute('data-rendered', 'true'); });
  layout.run();

  // a version or consumer opens its page
  cy.on('tap', 'node', function (event) {
    var href = event.target.data('href');
    if (href) window.location.assign(href);
  });
})();
