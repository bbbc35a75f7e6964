// Draws the talent funnel and the trend by intake year from the tables' data attributes.
(function () {
  if (!window.echarts) {
    return;
  }
  var table = document.getElementById('funnel-table');
  var target = document.getElementById('funnel-chart');
  if (table && target) {
    var steps = Array.prototype.slice.call(table.querySelectorAll('tr.funnel-step'))
      .filter(function (r) { return r.dataset.main === 'true'; })
      .map(function (r) { return { name: r.dataset.label, value: Number(r.dataset.value) }; });
    var funnel = echarts.init(target);
    funnel.setOption({
      tooltip: { trigger: 'item' },
      animationDuration: 300,
      series: [{ type: 'funnel', sort: 'none', min: 0, minSize: '6%', gap: 2, left: '2%', width: '50%',
        label: { show: true, position: 'right', color: '#212529', formatter: '{b}: {c}' },
        labelLine: { show: true, length: 8 }, data: steps }]
    });
    window.addEventListener('resize', function () { funnel.resize(); });
  }
  var trend = document.getElementById('trend-table');
  var trendTarget = document.getElementById('trend-chart');
  if (trend && trendTarget) {
    var rows = Array.prototype.slice.call(trend.querySelectorAll('tr.trend-row'));
    var series = ['enrolled', 'interned', 'hired'].map(function (key) {
      return { name: trend.dataset[key], type: 'bar', data: rows.map(function (r) { return Number(r.dataset[key]); }) };
    });
    var chart = echarts.init(trendTarget);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      animationDuration: 300,
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 8, top: 44, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map(function (r) { return r.dataset.year; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
})();
