// Sends the CSRF token with every htmx request, and wires the few behaviours that need script
// (kept in this file: the content security policy allows no inline script).
document.addEventListener('htmx:configRequest', (e) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) e.detail.headers[header.content] = token.content;
});

document.addEventListener('click', (e) => {
  const copy = e.target.closest('[data-copy-target]');
  if (copy) {
    const field = document.getElementById(copy.dataset.copyTarget);
    field.select();
    navigator.clipboard?.writeText(field.value);
  }
  const confirmable = e.target.closest('[data-confirm]');
  if (confirmable && !window.confirm(confirmable.dataset.confirm)) e.preventDefault();
});
