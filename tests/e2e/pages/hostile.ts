// A hostile page (page-marks.e2e.test.ts): the textarea page's fields, plus what pages do that breaks extensions'
// overlays — custom elements registered under names an extension might use (each removes itself at once),
// Element.prototype.attachShadow and customElements.define replaced, and the style sheet in hostile.html.
// Not in FIXTURE_PAGES: the fields are the 'textarea' page's, filled by its spec.
import { plainFixture } from './lib/fixture';

const attach = Element.prototype.attachShadow;
for (const name of ['klarplan-markers', 'klarplan-overlay', 'klarplan-ui', 'klarplan-marker', 'extension-overlay']) {
  customElements.define(
    name,
    class extends HTMLElement {
      constructor() {
        super();
        attach.call(this, { mode: 'open' }); // an element of this name can get no other shadow root
        this.style.display = 'none';
      }
      connectedCallback() {
        this.remove();
      }
    },
  );
}
const denied = () => {
  throw new DOMException('attachShadow is not allowed on this page', 'NotSupportedError');
};
Element.prototype.attachShadow = denied;
HTMLElement.prototype.attachShadow = denied;
customElements.define = () => {
  throw new DOMException('no more custom elements', 'NotSupportedError');
};
(window as { klarplanHostile?: boolean }).klarplanHostile = true;

plainFixture('textarea').done();
