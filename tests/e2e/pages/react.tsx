// A single-page app: React-controlled textareas (value + onChange in React state). A write that bypasses
// React's value tracking is lost on the next render; `klarplanFixture.values()` reads React's state.
// Actions: `remount` re-creates every field element, `toggleSonstiges` removes or re-adds the last field.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { startFixture } from './lib/fixture';

let state: Record<string, string> = {};
const fixture = startFixture('react', () => ({ ...state }));
const fields = fixture.spec.fields;

function PlanForm() {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.key, f.text])),
  );
  const [generation, setGeneration] = useState(0);
  const [showSonstiges, setShowSonstiges] = useState(true);
  state = values;
  fixture.api.actions.remount = () => flushSync(() => setGeneration((g) => g + 1));
  fixture.api.actions.toggleSonstiges = () => flushSync(() => setShowSonstiges((s) => !s));

  return (
    <form action="#" onSubmit={(e) => e.preventDefault()}>
      <h1>Kooperationsplan</h1>
      <p className="meta">Erstellt am 20.11.2026</p>
      {fields
        .filter((f) => showSonstiges || f.key !== 'sonstiges')
        .map((f) => {
          const id = f.selector.slice(1);
          return (
            <div className="field" key={`${f.key}-${generation}`}>
              <label htmlFor={id}>{f.label}</label>
              <textarea
                id={id}
                rows={3}
                value={values[f.key] ?? ''}
                onChange={(e) => {
                  const value = e.target.value;
                  setValues((v) => ({ ...v, [f.key]: value }));
                  fixture.changed(f.key, value);
                }}
              />
            </div>
          );
        })}
      <div className="actions">
        <button type="submit">Speichern</button>
      </div>
    </form>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
flushSync(() =>
  createRoot(root).render(
    <StrictMode>
      <PlanForm />
    </StrictMode>,
  ),
);
fixture.done();
