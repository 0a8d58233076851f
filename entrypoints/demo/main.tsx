import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { EXAMPLE_PLAN, GOOD_PLAN } from '../../components/example-plan';
import { entryDue, entryText, SECTION_HEADINGS, type Plan, type SectionKey } from '../../lib/plan';
import { startAgent } from '../content/agent';

/**
 * Klarplan's demo page: a plan form shaped like case-management software (the six headings, step rows with
 * owner and "bis wann" date), preloaded with a weak plan and switchable to a good one. The same page agent
 * as on real sites reads it, so Klarplan can be tried without any case-management system.
 */

type Row = { text: string; owner: 'Kundin/Kunde' | 'Jobcenter' | 'Dritte'; due: string };
const OWNER_OF: Partial<Record<SectionKey, Row['owner']>> = { schritte: 'Kundin/Kunde', jobcenter: 'Jobcenter', dritte: 'Dritte' };

function rowsOf(plan: Plan): Row[] {
  return (['schritte', 'jobcenter', 'dritte'] as const).flatMap((k) =>
    (plan.sections[k] ?? []).map((e) => ({ text: entryText(e), owner: OWNER_OF[k]!, due: entryDue(e) ?? '' })),
  );
}
const textOf = (plan: Plan, k: SectionKey) => (plan.sections[k] ?? []).map(entryText).join('\n');

function Form({ plan }: { plan: Plan }) {
  // uncontrolled fields: typing and "Übernehmen" change the DOM, as in most case-management software
  return (
    <form onSubmit={(e) => e.preventDefault()} aria-label="Kooperationsplan">
      {(['ziel', 'zwischenziel'] as const).map((k) => (
        <fieldset key={k}>
          <legend>{SECTION_HEADINGS[k]}:</legend>
          <textarea aria-label={SECTION_HEADINGS[k]} defaultValue={textOf(plan, k)} />
        </fieldset>
      ))}
      <fieldset>
        <legend>Schritte</legend>
        <table>
          <thead>
            <tr>
              <th scope="col">Was</th>
              <th scope="col">Verantwortlich</th>
              <th scope="col">Bis wann</th>
            </tr>
          </thead>
          <tbody>
            {rowsOf(plan).map((r, i) => (
              <tr key={i}>
                <td>
                  <textarea aria-label={`Schritt ${i + 1}`} defaultValue={r.text} />
                </td>
                <td>
                  <select aria-label={`Verantwortlich für Schritt ${i + 1}`} defaultValue={r.owner}>
                    <option>Kundin/Kunde</option>
                    <option>Jobcenter</option>
                    <option>Dritte</option>
                  </select>
                </td>
                <td>
                  <input type="date" aria-label={`Bis wann: Schritt ${i + 1}`} defaultValue={r.due} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <fieldset>
        <legend>{SECTION_HEADINGS.sonstiges}:</legend>
        <textarea aria-label={SECTION_HEADINGS.sonstiges} defaultValue={textOf(plan, 'sonstiges')} />
      </fieldset>
    </form>
  );
}

function Demo() {
  const [which, setWhich] = useState<'schwach' | 'gut'>('schwach');
  const plan = which === 'schwach' ? EXAMPLE_PLAN : GOOD_PLAN;
  return (
    <>
      <header>
        <h1>Demo-Fachverfahren · Kooperationsplan (ausgedachte Daten)</h1>
      </header>
      <main>
        <div className="demo-switch" role="group" aria-label="Beispielplan wählen">
          <button type="button" aria-pressed={which === 'schwach'} onClick={() => setWhich('schwach')}>
            Schwacher Plan
          </button>
          <button type="button" aria-pressed={which === 'gut'} onClick={() => setWhich('gut')}>
            Guter Plan
          </button>
          <span className="hint">Öffnen Sie die Klarplan-Seitenleiste und schreiben Sie im Plan: Die Hinweise erscheinen beim Tippen.</span>
        </div>
        <Form key={which} plan={plan} />
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Demo />
  </StrictMode>,
);

// The page agent, as on real sites. An extension page gets no tabs.sendMessage, so the side panel also sends
// its messages for this tab through runtime messaging, addressed by tab id.
void browser.tabs.getCurrent().then((tab) => {
  const ownTab = tab?.id;

  startAgent(document, {
    send: (message) => void browser.runtime.sendMessage(message).catch(() => undefined),
    listen(handler) {
      const listener = (raw: unknown) => {
        if (raw && typeof raw === 'object' && (raw as { tabId?: unknown }).tabId === ownTab) handler(raw);
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  });
});
