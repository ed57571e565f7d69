// GOV.UK Frontend's components, started once the page has loaded (ES module: only in browsers it supports).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// A document picked in a file input is fingerprinted here, with Web Crypto: only its SHA-256 goes into the
// form field the input names (data-sha256-into); the input has no name, so the document is never sent.
async function sha256Hex(file) {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), byte => byte.toString(16).padStart(2, '0')).join('');
}

for (const input of document.querySelectorAll('input[type=file][data-sha256-into]')) {
  input.addEventListener('change', async () => {
    const target = document.getElementById(input.dataset.sha256Into);
    if (input.files.length === 1) {
      target.value = await sha256Hex(input.files[0]);
      target.dispatchEvent(new Event('change', { bubbles: true }));
    }
  });
}

// A running check of the log is followed in place: its progress bar and count are updated every second (the
// count is read out politely), and the page is loaded again to show the verdict once it has finished.
const followed = document.querySelector('[data-poll]');
if (followed) {
  const timer = setInterval(async () => {
    const response = await fetch(followed.dataset.poll, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      return;
    }
    const run = await response.json();
    if (run.finished) {
      clearInterval(timer);
      window.location.reload();
      return;
    }
    followed.querySelector('progress').value = run.total === 0 ? 0 : Math.min(99, Math.floor(run.checked * 100 / run.total));
    followed.querySelector('[aria-live]').textContent = `Checked ${run.checked} of ${run.total} events.`;
  }, 1000);
}
