import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { EXAMPLE_PLAN, GOOD_PLAN } from '../../examples/example-plan';
import { entryDue, entryText, SECTION_HEADINGS, type Plan, type SectionKey } from '../../core/plan';
import { loadLanguage } from '../../checker/checker';
import { BeforeAfter } from '../../components/BeforeAfter';
import { Presentation, type Version } from '../../components/Presentation';
import '../../components/trainer.css';
import { GALLERY, type GalleryExample } from '../../examples/gallery';
import { startAgent } from '../page-agent/agent';
import { localDay, shiftPlan } from '../../examples/shift-dates';

/**
 * Klarplan's demo page: a plan form shaped like case-management software (the six headings, step rows with
 * owner and "bis wann" date), preloaded with a weak plan and switchable to a good one. The same page agent
 * as on real sites reads it, so Klarplan can be tried without any case-management system.
 *
 * For quality trainers it also holds the example gallery (ten scenarios from the IAB report, each weak and
 * improved), a before/after view of findings, balance and readability, and a presentation mode in large type.
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
      <p className="plan-date">
        <label>
          Datum des Plans <input type="date" name="plan-datum" defaultValue={plan.date ?? ''} />
        </label>
      </p>
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

type View = 'formular' | 'vergleich';

/**
 * The demo's own plan, then the gallery's scenarios (examples/gallery.ts), each weak and improved — each moved
 * to today with all its dates (examples/shift-dates.ts), so the form's plan date is today and its dates stand
 * where they stood to the plan's own date: the same findings on any day the demo is opened.
 */
const TODAY = localDay(new Date());
const moved = (p: Plan) => shiftPlan(p, TODAY);
const EXAMPLES: Array<{ key: string; title: string; pattern?: string; sources?: GalleryExample['sources']; weak: Plan; improved: Plan }> = [
  { key: 'demo', title: 'Demo: ein Plan mit typischen Schwächen', weak: moved(EXAMPLE_PLAN), improved: moved(GOOD_PLAN) },
  ...GALLERY.map((g) => ({ key: g.nr, title: `${g.nr} · ${g.title}`, pattern: g.pattern, sources: g.sources, weak: moved(g.weak), improved: moved(g.improved) })),
];

function Demo() {
  const [key, setKey] = useState('demo');
  const [version, setVersion] = useState<Version>('schwach');
  const [view, setView] = useState<View>('formular');
  const [presenting, setPresenting] = useState(false);
  const [languageReady, setLanguageReady] = useState(false);
  const example = EXAMPLES.find((e) => e.key === key) ?? EXAMPLES[0]!;
  const plan = version === 'schwach' ? example.weak : example.improved;

  const presentButton = useRef<HTMLButtonElement>(null);
  const wasPresenting = useRef(false);

  useEffect(() => {
    if ((view === 'vergleich' || presenting) && !languageReady) void loadLanguage().then(() => setLanguageReady(true));
  }, [view, presenting, languageReady]);
  useEffect(() => {
    document.documentElement.classList.toggle('presentation', presenting);
    if (wasPresenting.current && !presenting) presentButton.current?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);

  // While presenting, the form stays mounted (hidden), so what was typed into it is still there afterwards.
  return (
    <>
      {presenting &&
        (languageReady ? (
          <Presentation title={example.title} plan={plan} version={version} onVersion={setVersion} onExit={() => setPresenting(false)} />
        ) : (
          <p role="status">Die Präsentation wird vorbereitet …</p>
        ))}
      <header hidden={presenting}>
        <h1>Demo-Fachverfahren · Kooperationsplan (ausgedachte Daten)</h1>
      </header>
      <main className={view === 'vergleich' ? 'wide' : undefined} hidden={presenting}>
        <div className="demo-switch">
          <label>
            Beispiel{' '}
            <select value={key} onChange={(e) => setKey(e.target.value)}>
              {EXAMPLES.map((e) => (
                <option key={e.key} value={e.key}>
                  {e.title}
                </option>
              ))}
            </select>
          </label>
          <span role="group" aria-label="Fassung">
            <button type="button" aria-pressed={version === 'schwach'} onClick={() => setVersion('schwach')}>
              Schwache Fassung
            </button>{' '}
            <button type="button" aria-pressed={version === 'besser'} onClick={() => setVersion('besser')}>
              Verbesserte Fassung
            </button>
          </span>
          <span role="group" aria-label="Ansicht">
            <button type="button" aria-pressed={view === 'formular'} onClick={() => setView('formular')}>
              Formular
            </button>{' '}
            <button type="button" aria-pressed={view === 'vergleich'} onClick={() => setView('vergleich')}>
              Vorher – nachher
            </button>
          </span>
          <button type="button" ref={presentButton} onClick={() => setPresenting(true)}>
            Präsentation (große Schrift)
          </button>
        </div>
        {example.pattern && (
          <div className="pattern">
            <p>{example.pattern}</p>
            <details>
              <summary>Quellen</summary>
              <ul>
                {example.sources?.map((s, i) => (
                  <li key={i}>
                    {s.passage} <span className="source-file">({s.seed})</span>
                  </li>
                ))}
              </ul>
            </details>
          </div>
        )}
        {view === 'formular' ? (
          <>
            <p className="hint">Öffnen Sie die Klarplan-Seitenleiste und schreiben Sie im Plan: Die Hinweise erscheinen beim Tippen.</p>
            <Form key={`${key}-${version}`} plan={plan} />
          </>
        ) : languageReady ? (
          <BeforeAfter before={example.weak} after={example.improved} />
        ) : (
          <p role="status">Die Prüfung wird vorbereitet …</p>
        )}
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
    // an extension page of its own: the actions come as a module of the demo's bundle, not injected
    actions: async () => (await import('../page-actions/actions')).startActions,
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
