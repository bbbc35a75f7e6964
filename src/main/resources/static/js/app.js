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
