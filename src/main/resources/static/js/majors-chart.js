// Draws majors' planned places against the headcount asked for, from the table's data attributes (the 15 largest).
(function () {
  var table = document.getElementById('majors-table');
  var target = document.getElementById('majors-chart');
  if (!window.echarts || !table || !target) {
    return;
  }
  var rows = Array.prototype.slice.call(table.querySelectorAll('tr.major-row')).slice(0, 15);
  var chart = echarts.init(target);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    animationDuration: 300,
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map(function (r) { return r.dataset.major; }), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: table.dataset.places, type: 'bar', data: rows.map(function (r) { return Number(r.dataset.places); }) },
      { name: table.dataset.headcount, type: 'bar', data: rows.map(function (r) { return Number(r.dataset.headcount); }) }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
