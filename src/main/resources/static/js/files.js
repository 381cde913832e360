// The Files tab: upload of several files at once, by the file picker or by dropping them on the form, with a
// progress bar (XMLHttpRequest upload progress); the answer is the tab again. Loaded with the tab, wired once.
(() => {
  if (window.nordcrmFiles) return;
  window.nordcrmFiles = true;

  const csrf = () => {
    const header = document.querySelector('meta[name="csrf-header"]');
    const token = document.querySelector('meta[name="csrf-token"]');
    return header && token ? [header.content, token.content] : null;
  };

  const upload = (form, files) => {
    const error = form.querySelector('#upload-error');
    const tooLarge = [...files].filter((f) => f.size > Number(form.dataset.maxSize));
    if (tooLarge.length) {
      error.textContent = tooLarge.map((f) => f.name + ': ' + form.dataset.tooLarge).join(' ');
      return;
    }
    const data = new FormData();
    [...files].forEach((f) => data.append('files', f, f.name));
    data.append('folderId', form.querySelector('[name=folderId]').value);
    const progress = form.querySelector('#upload-progress');
    progress.classList.remove('d-none');
    progress.value = 0;
    error.textContent = '';
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('HX-Request', 'true');
    const token = csrf();
    if (token) xhr.setRequestHeader(token[0], token[1]);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) progress.value = Math.round((100 * e.loaded) / e.total);
    });
    xhr.addEventListener('load', () => {
      if (xhr.status === 200) {
        const target = form.closest('#tab-content') || form.closest('#files-tab').parentElement;
        target.innerHTML = xhr.responseText;
        if (window.htmx) window.htmx.process(target);
        return;
      }
      progress.classList.add('d-none');
      try {
        error.textContent = JSON.parse(xhr.responseText).detail;
      } catch {
        error.textContent = xhr.statusText;
      }
    });
    xhr.addEventListener('error', () => {
      progress.classList.add('d-none');
      error.textContent = form.dataset.tooLarge;
    });
    xhr.send(data);
  };

  document.addEventListener('change', (e) => {
    if (e.target.id === 'file-input' && e.target.files.length) upload(e.target.form, e.target.files);
  });
  document.addEventListener('submit', (e) => {
    if (e.target.id !== 'file-upload') return;
    e.preventDefault();
    const input = e.target.querySelector('#file-input');
    if (input.files.length) upload(e.target, input.files);
  });
  document.addEventListener('dragover', (e) => {
    const zone = e.target.closest && e.target.closest('.file-drop');
    if (!zone) return;
    e.preventDefault();
    zone.classList.add('border-primary');
  });
  document.addEventListener('dragleave', (e) => {
    const zone = e.target.closest && e.target.closest('.file-drop');
    if (zone) zone.classList.remove('border-primary');
  });
  document.addEventListener('drop', (e) => {
    const zone = e.target.closest && e.target.closest('.file-drop');
    if (!zone || !e.dataTransfer.files.length) return;
    e.preventDefault();
    zone.classList.remove('border-primary');
    upload(zone, e.dataTransfer.files);
  });
})();
