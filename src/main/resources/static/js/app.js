// Asks for confirmation before forms marked with data-confirm are submitted (destructive actions).
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
