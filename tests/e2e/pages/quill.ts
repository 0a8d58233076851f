// Six real Quill 2 editors (snow theme, from the `quill` npm package), each in a fieldset named by its legend.
import Quill from 'quill';
import { startFixture } from './lib/fixture';
import { SECTIONS } from './index';

const editors = new Map<string, Quill>();
// Quill's text always ends with one newline; the points are the lines before it.
const textOf = (q: Quill) => q.getText().replace(/\n$/, '');

const fixture = startFixture('quill', () => Object.fromEntries([...editors].map(([k, q]) => [k, textOf(q)])));
window.klarplanEditors = editors;

try {
  for (const [index, section] of SECTIONS.entries()) {
    const field = fixture.spec.fields.find((f) => f.key === section);
    const host = document.getElementById(`kp-f${index + 1}`);
    if (!field || !host) throw new Error(`Quill host for ${section} missing`);
    const quill = new Quill(host, { theme: 'snow', modules: { toolbar: [['bold', 'italic'], [{ list: 'bullet' }]] } });
    quill.setText(`${field.text}\n`, 'api');
    quill.history.clear(); // the starting text is not an undo step
    quill.on('text-change', () => fixture.changed(section, textOf(quill)));
    editors.set(section, quill);
  }
  fixture.done();
} catch (error) {
  fixture.fail(error);
}
