/**
 * The options page's switch "Markierungen im Formular": the markers next to the fields, the marked words in
 * the text and their tooltips. Saved at once (storage.local, one switch, no plan text); open pages follow it.
 */
import { useEffect, useState } from 'react';
import { savePageMarks, watchPageMarks } from '../browser/page-marks-setting';

export function PageMarksSetting() {
  const [on, setOn] = useState<boolean | null>(null);
  const [error, setError] = useState('');
  useEffect(() => watchPageMarks(setOn), []);
  return (
    <section aria-labelledby="markierungen-heading">
      <h2 id="markierungen-heading">Im Formular</h2>
      <p>
        <label>
          <input
            type="checkbox"
            checked={on ?? true}
            disabled={on === null}
            onChange={(e) => {
              const next = e.target.checked;
              setOn(next);
              savePageMarks(next).then(
                () => setError(''),
                (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
              );
            }}
          />{' '}
          Markierungen im Formular
        </label>
      </p>
      <p className="hint">
        Zeichen neben den Feldern und unterstrichene Wörter im Text zeigen, wo Klarplan etwas gefunden hat. Ein Klick auf ein Zeichen öffnet
        die Seitenleiste bei diesem Eintrag. Ausgeschaltet bleibt das Formular unverändert; die Hinweise stehen weiter in der Seitenleiste.
      </p>
      {error && (
        <p className="error" role="alert">
          Die Einstellung wurde nicht gespeichert: {error}
        </p>
      )}
    </section>
  );
}
