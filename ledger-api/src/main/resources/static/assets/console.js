// GOV.UK Frontend's components, started once the page has loaded (ES module: only in browsers it supports).
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
