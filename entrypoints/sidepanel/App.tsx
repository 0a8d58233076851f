import { useEffect, useRef, useState } from 'react';
import { planBalance, type Balance } from '../../lib/balance';
import { checkPlan, loadLanguage } from '../../lib/checker';
import { entryText, type CheckResult, type Finding, type Plan } from '../../lib/plan';
import { parseFromPage, sitePattern, type ToBackground, type ToPage } from '../../lib/messages';
import { BalanceView } from '../../components/BalanceView';
import { EXAMPLE_PLAN } from '../../components/example-plan';
import { FindingList } from '../../components/FindingList';
import { PlanView } from '../../components/PlanView';
import { countLabel } from '../../components/findings';
import { viewOfPage, type PagePlanView } from '../../components/page-plan';

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'done'; source: 'example' | 'page'; plan: Plan; result: CheckResult; balance: Balance; page?: PagePlanView }
  | { kind: 'failed'; message: string };

// The language data is loaded once per side-panel session, not on every page load of the case-management software.
let languageReady: Promise<void> | undefined;
function ensureLanguage(): Promise<void> {
  languageReady ??= loadLanguage().catch((error: unknown) => {
    languageReady = undefined; // let the next attempt try again
    throw error;
  });
  return languageReady;
}

function statusText(state: State): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'checking':
      return 'Der Plan wird geprüft …';
    case 'done':
      return state.source === 'example'
        ? `Der Beispielplan ist geprüft: ${countLabel(state.result.findings.length)}.`
        : `Der Plan auf der Seite ist geprüft: ${countLabel(state.result.findings.length)}.`;
    case 'failed':
      return '';
  }
}

/** The entry's text with one finding's fix applied. */
function withFix(plan: Plan, f: Finding): Plan {
  if (!f.fix || f.section === null || f.entry === null) return plan;
  const list = [...(plan.sections[f.section] ?? [])];
  const e = list[f.entry];
  if (e === undefined) return plan;
  const text = entryText(e);
  const next = text.slice(0, f.fix.start) + f.fix.text + text.slice(f.fix.end);
  list[f.entry] = typeof e === 'string' ? next : { ...e, text: next };
  return { ...plan, sections: { ...plan.sections, [f.section]: list } };
}

// The tab whose plan is shown: answers go back to the page the plan came from.
let sourceTab: number | undefined;

/** Sends a message to the page the shown plan came from, else to the page in the active tab. */
async function toPage(message: ToPage): Promise<void> {
  const api = (globalThis as { browser?: typeof import('wxt/browser').browser }).browser;
  if (!api?.tabs) return;
  const tabId = sourceTab ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  await api.tabs.sendMessage(tabId, message).catch(() => undefined); // the content script of a web page
  await api.runtime.sendMessage({ ...message, tabId }).catch(() => undefined); // Klarplan's own demo page
}

function openDemo(): void {
  const api = (globalThis as { browser?: typeof import('wxt/browser').browser }).browser;
  void api?.tabs?.create({ url: api.runtime.getURL('/demo.html') });
}

/** Switches Klarplan on for the site in the active tab: the browser asks the user for that one site. */
async function enableSite(): Promise<string> {
  const api = (globalThis as { browser?: typeof import('wxt/browser').browser }).browser;
  if (!api?.tabs || !api.permissions) return 'Das geht nur in der Erweiterung.';
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  const pattern = tab?.url ? sitePattern(tab.url) : null;
  if (!pattern || tab?.id === undefined) {
    return 'Öffnen Sie Klarplan auf der Seite Ihres Fachverfahrens über das Klarplan-Symbol in der Symbolleiste und versuchen Sie es dann noch einmal.';
  }
  const granted = await api.permissions.request({ origins: [pattern] });
  if (!granted) return 'Klarplan wurde auf dieser Seite nicht eingeschaltet.';
  const message: ToBackground = { type: 'klarplan/enable-site', pattern, tabId: tab.id };
  await api.runtime.sendMessage(message);
  return `Klarplan läuft jetzt auf ${new URL(tab.url!).host}. Die Prüfung erscheint hier, sobald Sie im Plan schreiben.`;
}

export function App() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [siteMessage, setSiteMessage] = useState('');
  const busy = useRef(false);

  function show(source: 'example' | 'page', plan: Plan, page?: PagePlanView) {
    const result = checkPlan(plan);
    setState({ kind: 'done', source, plan, result, balance: planBalance(plan), ...(page ? { page } : {}) });
    if (page) void toPage({ type: 'klarplan/markers', counts: page.countsByField(result.findings) });
  }

  async function runExample() {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: 'checking' });
    try {
      await ensureLanguage();
      show('example', EXAMPLE_PLAN);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setState({ kind: 'failed', message: detail });
    } finally {
      busy.current = false;
    }
  }

  // Live: the content script sends the plan as it stands in the page; it is checked here, where the
  // language data is already loaded. Messages that do not fit their schema are ignored.
  useEffect(() => {
    const api = (globalThis as { browser?: typeof import('wxt/browser').browser }).browser;
    if (!api?.runtime?.onMessage) return;
    const listener = (raw: unknown, sender: { tab?: { id?: number } }) => {
      const msg = parseFromPage(raw);
      if (msg?.type !== 'klarplan/plan') return undefined;
      sourceTab = sender.tab?.id;
      void ensureLanguage().then(() => {
        const view = viewOfPage(msg.plan);
        show('page', view.plan, view);
      });
      return undefined;
    };
    api.runtime.onMessage.addListener(listener);
    void toPage({ type: 'klarplan/request-plan' });
    return () => api.runtime.onMessage.removeListener(listener);
  }, []);

  function apply(f: Finding) {
    if (state.kind !== 'done' || !f.fix || f.section === null || f.entry === null) return;
    if (state.source === 'example') {
      show('example', withFix(state.plan, f));
      return;
    }
    const loc = state.page?.locate(f.section, f.entry);
    if (!loc) return;
    void toPage({ type: 'klarplan/apply', fieldId: loc.fieldId, start: loc.offset + f.fix.start, end: loc.offset + f.fix.end, text: f.fix.text, expected: loc.fieldText });
  }

  function reveal(f: Finding) {
    if (state.kind !== 'done' || state.source !== 'page' || f.section === null || f.entry === null) return;
    const loc = state.page?.locate(f.section, f.entry);
    if (loc) void toPage({ type: 'klarplan/reveal', fieldId: loc.fieldId, start: loc.offset + f.start, end: loc.offset + f.end });
  }

  return (
    <main className="app">
      <h1>Klarplan</h1>
      <p>
        Klarplan prüft einen Kooperationsplan auf Einträge, die unklar bleiben: fehlende Termine, vage Zusagen des
        Jobcenters, Amtsdeutsch und Sätze, die nicht aus Sicht der Kundin oder des Kunden geschrieben sind. Alles
        läuft in Ihrem Browser; es werden keine Daten gesendet.
      </p>

      <section aria-labelledby="seite-heading">
        <h2 id="seite-heading">Diese Seite</h2>
        <p>Klarplan liest nur auf Seiten mit, für die Sie es einschalten. Es werden keine Daten gesendet.</p>
        <button type="button" onClick={() => void enableSite().then(setSiteMessage)}>
          Klarplan auf dieser Seite einschalten
        </button>{' '}
        <button type="button" onClick={openDemo}>
          Demo-Fachverfahren öffnen
        </button>
        <p className="status" role="status" aria-live="polite">
          {siteMessage}
        </p>
      </section>

      <section aria-labelledby="beispiel-heading">
        <h2 id="beispiel-heading">Beispielplan</h2>
        <p>Ein ausgedachter Plan mit typischen Schwächen. Probieren Sie die Prüfung daran aus.</p>
        <details>
          <summary>Text des Beispielplans anzeigen</summary>
          <PlanView plan={state.kind === 'done' && state.source === 'example' ? state.plan : EXAMPLE_PLAN} headingLevel={3} />
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
        <>
          <BalanceView balance={state.balance} />
          <section aria-labelledby="ergebnis-heading" className="result">
            <h2 id="ergebnis-heading">Ergebnis</h2>
            <FindingList
              plan={state.plan}
              result={state.result}
              headingLevel={3}
              onApply={apply}
              {...(state.source === 'page' ? { onReveal: reveal } : {})}
            />
          </section>
        </>
      )}
    </main>
  );
}
