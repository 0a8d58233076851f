import { useRef, useState } from 'react';
import { checkPlan, loadLanguage } from '../../lib/checker';
import type { CheckResult } from '../../lib/plan';
import { EXAMPLE_PLAN } from '../../components/example-plan';
import { FindingList } from '../../components/FindingList';
import { PlanView } from '../../components/PlanView';
import { countLabel } from '../../components/findings';

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'done'; result: CheckResult }
  | { kind: 'failed'; message: string };

// The language data is loaded once, before the first check, and shared by all later checks.
let languageReady: Promise<void> | undefined;
function ensureLanguage(): Promise<void> {
  languageReady ??= loadLanguage().catch((error: unknown) => {
    languageReady = undefined; // let the next click try again
    throw error;
  });
  return languageReady;
}

function statusText(state: State): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'checking':
      return 'Der Beispielplan wird geprüft …';
    case 'done':
      return `Der Beispielplan ist geprüft: ${countLabel(state.result.findings.length)}.`;
    case 'failed':
      return '';
  }
}

export function App() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const busy = useRef(false);

  async function runExample() {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: 'checking' });
    try {
      await ensureLanguage();
      setState({ kind: 'done', result: checkPlan(EXAMPLE_PLAN) });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setState({ kind: 'failed', message: detail });
    } finally {
      busy.current = false;
    }
  }

  return (
    <main className="app">
      <h1>Klarplan</h1>
      <p>
        Klarplan prüft einen Kooperationsplan auf Einträge, die unklar bleiben: fehlende Termine, vage Zusagen des
        Jobcenters, Amtsdeutsch und Sätze, die nicht aus Sicht der Kundin oder des Kunden geschrieben sind. Alles
        läuft in Ihrem Browser; es werden keine Daten gesendet.
      </p>

      <section aria-labelledby="beispiel-heading">
        <h2 id="beispiel-heading">Beispielplan</h2>
        <p>Ein ausgedachter Plan mit typischen Schwächen. Probieren Sie die Prüfung daran aus.</p>
        <details>
          <summary>Text des Beispielplans anzeigen</summary>
          <PlanView plan={EXAMPLE_PLAN} headingLevel={3} />
        </details>
        <button type="button" className="primary" onClick={() => void runExample()} aria-describedby="status">
          Beispielplan prüfen
        </button>
        <p id="status" className="status" role="status" aria-live="polite">
          {statusText(state)}
        </p>
        {state.kind === 'failed' && (
          <p className="error" role="alert">
            Die Prüfung ist fehlgeschlagen: {state.message}
          </p>
        )}
      </section>

      {state.kind === 'done' && (
        <section aria-labelledby="ergebnis-heading" className="result">
          <h2 id="ergebnis-heading">Ergebnis</h2>
          <FindingList plan={EXAMPLE_PLAN} result={state.result} headingLevel={3} />
        </section>
      )}
    </main>
  );
}
