// Case-management step rows: text, owner (Kundin / Jobcenter / Dritte), "bis wann" date. The rows are
// rendered from the spec (as a grid component would); the other fields are static HTML.
import { fillPlain, plainText, resolveField, startFixture } from './lib/fixture';

const OWNERS = ['Kundin', 'Jobcenter', 'Dritte'] as const;

const fixture = startFixture('step-rows', () => {
  const out: Record<string, string> = {};
  for (const field of fixture.spec.fields) {
    const el = resolveField(field);
    if (el) out[field.key] = plainText(el);
  }
  for (const [key, el] of extra) out[key] = el.value;
  return out;
});

const body = document.getElementById('schritte-body')!;

/** Appends a step row (text input, owner select, date input) as the grid component would render it. */
function addRow(n: number, owner: (typeof OWNERS)[number], due: string): HTMLInputElement {
  const tr = document.createElement('tr');
  const text = document.createElement('input');
  text.type = 'text';
  text.id = `kp-schritt-${n}-text`;
  text.name = text.id;
  const select = document.createElement('select');
  select.id = `kp-schritt-${n}-wer`;
  select.name = select.id;
  select.setAttribute('aria-label', 'Verantwortlich');
  for (const o of OWNERS) select.append(new Option(o, o, false, o === owner));
  const date = document.createElement('input');
  date.type = 'date';
  date.id = `kp-schritt-${n}-bis`;
  date.name = date.id;
  date.setAttribute('aria-label', 'Bis wann');
  date.value = due;
  for (const el of [text, select, date]) {
    const td = document.createElement('td');
    td.append(el);
    tr.append(td);
  }
  body.append(tr);
  return text;
}

const rows = fixture.spec.fields.filter((f) => f.row);
rows.forEach((field, i) => addRow(i + 1, field.row!.owner, field.entries[0]?.due ?? ''));

// "Schritt hinzufügen" (and the fixture action `addRow`) adds an empty row for the Kundin: a field that appears
// after the page has loaded. Its key in values() is `schritt-N`.
let count = rows.length;
const extra = new Map<string, HTMLInputElement>();
fixture.api.actions.addRow = () => {
  count += 1;
  const key = `schritt-${count}`;
  const input = addRow(count, 'Kundin', '');
  extra.set(key, input);
  input.addEventListener('input', () => fixture.changed(key, input.value));
};
document.getElementById('kp-schritt-neu')?.addEventListener('click', () => fixture.api.actions.addRow!());

for (const field of fixture.spec.fields) {
  const el = resolveField(field);
  if (!el) {
    fixture.fail(new Error(`field ${field.key} missing`));
    continue;
  }
  fillPlain(el, field.text);
  el.addEventListener('input', () => fixture.changed(field.key, plainText(el)));
}
fixture.done();
