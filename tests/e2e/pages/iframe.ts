// A case file page with the plan form in a same-origin iframe (#plan-frame → iframe-inner.html).
import { plainText, resolveField, startFixture } from './lib/fixture';

const fixture = startFixture('iframe', () => {
  const out: Record<string, string> = {};
  for (const field of fixture.spec.fields) {
    const el = resolveField(field);
    if (el) out[field.key] = plainText(el);
  }
  return out;
});

const search = fixture.spec.fields.find((f) => f.key === 'suche');
const searchEl = search && resolveField(search);
if (searchEl) searchEl.addEventListener('input', () => fixture.changed('suche', plainText(searchEl)));

const frame = document.getElementById('plan-frame') as HTMLIFrameElement;
// Listen first, then look: the inner page may get ready before or after this script runs, and while the frame
// still holds its initial empty document its documentElement can be null.
window.addEventListener('message', (e) => {
  if (e.origin === location.origin && (e.data as { klarplanFixture?: string })?.klarplanFixture === 'inner-ready') fixture.done();
});
const innerReady = () => frame.contentDocument?.documentElement?.dataset.fixtureReady === 'true';
if (innerReady()) fixture.done();
