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
