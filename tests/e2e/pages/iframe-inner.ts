// The plan form inside the iframe page's same-origin frame: fills its own fields; the outer page reports them.
import { fillPlain, plainText, report } from './lib/fixture';
import { fixturePage } from './index';

const fields = fixturePage('iframe').fields.filter((f) => f.frame === '#plan-frame');
for (const field of fields) {
  const el = document.querySelector<HTMLElement>(field.selector);
  if (!el) {
    report({ type: 'error', message: `iframe field ${field.key} missing` });
    continue;
  }
  fillPlain(el, field.text);
  el.addEventListener('input', () => {
    const api = window.parent.klarplanFixture;
    if (api) api.changes[field.key] = (api.changes[field.key] ?? 0) + 1;
    report({ type: 'change', field: field.key, length: plainText(el).length });
  });
}
document.documentElement.dataset.fixtureReady = 'true';
window.parent.postMessage({ klarplanFixture: 'inner-ready' }, location.origin);
