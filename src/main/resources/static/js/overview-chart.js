// Draws the grades of the bodies in view year by year (stacked) and their average total, from the trend table's rows.
(function () {
  var table = document.getElementById('trend');
  var target = document.getElementById('overview-chart');
  if (!window.echarts || !table || !target) {
    return;
  }
  var years = Array.prototype.slice.call(table.querySelectorAll('tr.trend-year'));
  var grades = [];
  var byYear = years.map(function (row) {
    var counts = {};
    (row.dataset.grades || '').split(';').filter(Boolean).forEach(function (pair) {
      var at = pair.lastIndexOf('=');
      var grade = pair.substring(0, at);
      counts[grade] = Number(pair.substring(at + 1));
      if (grades.indexOf(grade) < 0) {
        grades.push(grade);
      }
    });
    return counts;
  });
  var series = grades.map(function (grade) {
    return { name: grade, type: 'bar', stack: 'grades', data: byYear.map(function (c) { return c[grade] || 0; }) };
  });
  series.push({ name: table.dataset.evaluated, type: 'bar', data: years.map(function (r) { return Number(r.dataset.evaluated); }) });
  series.push({ name: table.dataset.average, type: 'line', yAxisIndex: 1,
    data: years.map(function (r) { return r.dataset.average ? Number(r.dataset.average) : null; }) });
  var chart = echarts.init(target);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    animationDuration: 300,
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: years.map(function (r) { return r.dataset.year; }) },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100 }],
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
