// A web component whose form lives in an open shadow root (label[for] works inside it; ids are scoped).
import { fillPlain, plainText, resolveField, startFixture } from './lib/fixture';

const fixture = startFixture('shadow', () => {
  const out: Record<string, string> = {};
  for (const field of fixture.spec.fields) {
    const el = resolveField(field);
    if (el) out[field.key] = plainText(el);
  }
  return out;
});

const STYLE = `
  :host { display: block; }
  .field { margin: 0 0 1rem; }
  label { display: block; font-weight: 600; margin: 0 0 0.25rem; }
  textarea { font: inherit; width: 100%; min-height: 4.5rem; box-sizing: border-box; padding: 0.3rem; border: 1px solid #8a96a3; }
  .editable { border: 1px solid #8a96a3; min-height: 3rem; padding: 0 0.5rem; }
  .editable p { margin: 0.3rem 0; }
`;

class PlanEditor extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    root.append(style);
    for (const field of fixture.spec.fields) {
      const id = field.selector.slice(1);
      const wrap = document.createElement('div');
      wrap.className = 'field';
      if (field.kind === 'contenteditable') {
        const el = document.createElement('div');
        Object.assign(el, { id, className: 'editable', contentEditable: 'true' });
        el.setAttribute('role', 'textbox');
        el.setAttribute('aria-multiline', 'true');
        el.setAttribute('aria-label', field.label);
        wrap.append(el);
      } else {
        const label = document.createElement('label');
        label.htmlFor = id;
        label.textContent = field.label;
        const el = document.createElement('textarea');
        el.id = id;
        el.rows = 3;
        wrap.append(label, el);
      }
      root.append(wrap);
    }
  }
}
customElements.define('kp-plan-editor', PlanEditor);

for (const field of fixture.spec.fields) {
  const el = resolveField(field);
  if (!el) {
    fixture.fail(new Error(`shadow field ${field.key} missing`));
    continue;
  }
  fillPlain(el, field.text);
  el.addEventListener('input', () => fixture.changed(field.key, plainText(el)));
}
fixture.done();
