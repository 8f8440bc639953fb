// Draws each KPI's history the server embedded in #chart-data onto its canvas, the objective as a dashed line.
(function () {
  'use strict';
  var data = document.getElementById('chart-data');
  if (!data || typeof Chart !== 'function') return;

  JSON.parse(data.textContent).forEach(function (chart) {
    var canvas = document.getElementById(chart.canvasId);
    if (!canvas || chart.values.length === 0) return;
    var datasets = [{
      label: chart.kpi + ' (hourly mean)', data: chart.values,
      borderColor: '#1f4fbf', backgroundColor: '#1f4fbf', pointRadius: 2, tension: 0
    }];
    if (chart.threshold !== null && chart.threshold !== undefined) {
      datasets.push({
        label: 'objective ' + (chart.comparator || '') + ' ' + chart.threshold,
        data: chart.values.map(function () { return chart.threshold; }),
        borderColor: '#b42318', borderDash: [6, 4], pointRadius: 0, fill: false
      });
    }
    new Chart(canvas, {
      type: 'line',
      data: { labels: chart.labels, datasets: datasets },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { ticks: { maxTicksLimit: 8 } } } }
    });
    canvas.setAttribute('data-rendered', 'true');
  });
})();
