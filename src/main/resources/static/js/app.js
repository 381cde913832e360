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

// A record card's tabs load their content with htmx; the clicked one becomes the active tab.
document.addEventListener('click', (e) => {
  const tab = e.target.closest('.record-tabs .nav-link');
  if (!tab) return;
  tab.closest('.record-tabs').querySelectorAll('.nav-link').forEach((t) => t.classList.toggle('active', t === tab));
});

// Search-pick-add: choosing a hit in a picker puts its id into the form's hidden field.
document.addEventListener('click', (e) => {
  const pick = e.target.closest('[data-pick-id]');
  if (!pick || pick.closest('[data-picker]')) return;
  e.preventDefault();
  const form = pick.closest('form');
  form.querySelector('[data-picked-id]').value = pick.dataset.pickId;
  form.querySelector('[data-picked-name]').textContent = pick.dataset.pickName;
  form.querySelectorAll('[data-pick-id]').forEach((p) => p.classList.toggle('active', p === pick));
  form.querySelector('[type=submit]').disabled = false;
});

// Record pickers (fragments/record-picker.html): a chosen hit becomes a chip carrying a hidden input with its id;
// a single picker holds one chip, a multiple one adds chips; the chip's close button takes it away.
document.addEventListener('click', (e) => {
  const remove = e.target.closest('[data-pick-remove]');
  if (remove) {
    remove.closest('.picked-chip').remove();
    return;
  }
  const pick = e.target.closest('[data-picker] [data-pick-id]');
  if (!pick) return;
  e.preventDefault();
  const picker = pick.closest('[data-picker]');
  const chosen = picker.querySelector('[data-picked]');
  if (!picker.hasAttribute('data-picker-multiple')) chosen.replaceChildren();
  const id = pick.dataset.pickId;
  if (![...chosen.querySelectorAll('input')].some((i) => i.value === id)) {
    const chip = document.createElement('span');
    chip.className = 'badge text-bg-light border picked-chip d-inline-flex align-items-center gap-1';
    const name = document.createElement('span');
    name.textContent = pick.dataset.pickName;
    const input = document.createElement('input');
    Object.assign(input, { type: 'hidden', name: picker.dataset.pickerField, value: id });
    const close = document.createElement('button');
    Object.assign(close, { type: 'button', className: 'btn-close' });
    close.setAttribute('data-pick-remove', '');
    close.setAttribute('aria-label', picker.dataset.pickerRemove);
    chip.append(name, input, close);
    chosen.append(chip);
  }
  picker.querySelector('.picks').replaceChildren();
  const search = picker.querySelector('input[type=search]');
  search.value = '';
  search.focus();
});

// A drop-down that chooses what a page shows (the kind of a new lead) loads the page again with the choice.
document.addEventListener('change', (e) => {
  const select = e.target.closest('select[data-submit-on-change]');
  if (select) select.form.requestSubmit();
});
