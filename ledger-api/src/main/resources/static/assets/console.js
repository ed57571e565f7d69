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
