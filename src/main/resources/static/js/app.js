// Asks for confirmation before forms marked with data-confirm are submitted (destructive actions).
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

// Buttons marked data-print print the page (the printable agreement summary).
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});

// Links marked data-confirm-link ask before they are followed (e.g. an export of personal data in full).
document.addEventListener('click', function (event) {
  var link = event.target.closest('[data-confirm-link]');
  if (link && !window.confirm(link.getAttribute('data-confirm-link'))) {
    event.preventDefault();
  }
});

// The menu marks the page the user is on.
document.querySelectorAll('#side-menu a.nav-link, #phone-menu a.nav-link').forEach(function (link) {
  if (link.pathname === window.location.pathname && (link.search === '' || link.search === window.location.search)) {
    link.classList.add('active');
    link.setAttribute('aria-current', 'page');
  }
});

// Organisation pickers: an input marked data-org-picker (its value: a type to keep to, or empty) suggests names from
// the directory as the user types, in either script, whole words or parts.
document.querySelectorAll('input[data-org-picker]').forEach(function (input, n) {
  var list = document.createElement('datalist');
  list.id = 'org-picker-' + n;
  input.setAttribute('list', list.id);
  input.setAttribute('autocomplete', 'off');
  input.after(list);
  var timer;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var q = input.value.trim();
    if (q.length < 2) {
      return;
    }
    timer = setTimeout(function () {
      var type = input.getAttribute('data-org-picker');
      fetch('/api/v1/organisations?size=10&q=' + encodeURIComponent(q) + (type ? '&type=' + type : ''),
        { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : { items: [] }; })
        .then(function (page) {
          list.replaceChildren.apply(list, page.items.map(function (o) {
            var option = document.createElement('option');
            option.value = o.name;
            return option;
          }));
        });
    }, 250);
  });
});

// Region pickers: an input marked data-region-picker gets a 省 / 市 / 区县 selector beside it that fills in the
// GB/T 2260 code of the most specific division chosen (a municipality's districts follow the province directly); the
// counties of a prefecture are fetched when it is chosen. A code can still be typed.
(function () {
  var inputs = document.querySelectorAll('input[data-region-picker]');
  if (inputs.length === 0) {
    return;
  }
  fetch('/api/v1/regions', { headers: { Accept: 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (regions) { inputs.forEach(function (input) { regionSelects(input, regions); }); });

  function counties(code) {
    return fetch('/api/v1/regions/' + code + '/counties', { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; }, function () { return []; });
  }

  function fill(select, options, selected) {
    select.length = 1;
    options.forEach(function (r) { select.add(new Option(r.name, r.code, false, r.code === selected)); });
    select.disabled = select.length === 1;
  }

  function regionSelects(input, regions) {
    var labels = (input.getAttribute('data-region-picker') || '省|市|区县').split('|');
    var box = document.createElement('div');
    box.className = 'd-flex flex-wrap gap-2 mb-1 region-picker';
    var province = select(labels[0]);
    var city = select(labels[1]);
    var county = select(labels[2] || labels[1]);
    box.append(province, city, county);
    input.before(box);
    fill(province, regions.filter(function (r) { return !r.parent; }), null);
    function citiesOf(code) {
      return regions.filter(function (r) { return r.parent === code; });
    }
    function fillCounties(parent, selected) {
      fill(county, [], null);
      county.dataset.parent = parent || '';
      if (parent) {
        counties(parent).then(function (list) {
          if (county.dataset.parent === parent) { // a later choice may have asked for another prefecture meanwhile
            fill(county, list, selected);
          }
        });
      }
    }
    function fillCities(selectedCity, selectedCounty) {
      var cities = citiesOf(province.value);
      fill(city, cities, selectedCity);
      fillCounties(cities.length === 0 ? province.value : selectedCity, selectedCounty);
    }
    var current = input.value.trim();
    if (/^\d{6}$/.test(current)) {
      province.value = current.slice(0, 2) + '0000';
      fillCities(current.slice(0, 4) + '00', current);
    } else {
      fillCities(null, null);
    }
    province.addEventListener('change', function () { fillCities(null, null); input.value = province.value; });
    city.addEventListener('change', function () {
      fillCounties(city.value, null);
      input.value = city.value || province.value;
    });
    county.addEventListener('change', function () { input.value = county.value || city.value || province.value; });
  }

  function select(label) {
    var s = document.createElement('select');
    s.className = 'form-select form-select-sm';
    s.setAttribute('aria-label', label);
    s.add(new Option(label, ''));
    return s;
  }
})();
