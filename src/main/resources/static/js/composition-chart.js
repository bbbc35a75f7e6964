// Draws the declared vs registered composition chart from the composition table's data attributes.
(function () {
  var table = document.getElementById('composition-table');
  var target = document.getElementById('composition-chart');
  if (!table || !target || !window.echarts) {
    return;
  }
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr.composition-type'));
  if (rows.length === 0) {
    target.style.display = 'none';
    return;
  }
  var labels = rows.map(function (r) { return r.dataset.label; });
  var declared = rows.map(function (r) { return r.dataset.declared === undefined || r.dataset.declared === '' ? null : Number(r.dataset.declared); });
  var registered = rows.map(function (r) { return Number(r.dataset.registered); });
  var series = [{ name: table.dataset.registeredLabel, type: 'bar', data: registered, label: { show: true, position: 'right' } }];
  if (declared.some(function (v) { return v !== null; })) {
    series.unshift({ name: table.dataset.declaredLabel, type: 'bar', data: declared, label: { show: true, position: 'right' } });
  }
  var chart = echarts.init(target);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    animationDuration: 300,
    legend: { top: 0 },
    grid: { left: 8, right: 40, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
