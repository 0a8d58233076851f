import { useEffect, useRef, useState } from 'react';
import { planBalance, type Balance } from '../../checker/balance';
import { checkPlan, loadLanguage } from '../../checker/checker';
import { entryText, type CheckResult, type Finding, type Plan } from '../../core/plan';
import { parseFromPage, type ToPage } from '../../messages/index';
import { extensionApi } from '../../browser/extension-api';
import { alwaysOn, currentSite, openDemo, turnOff, type SiteStatus } from './site';
import { BalanceView } from '../../components/BalanceView';
import { ReadabilityView } from '../../components/ReadabilityView';
import { planReadability, type PlanReadability } from '../../checker/readability';
import { EXAMPLE_PLAN } from '../../examples/example-plan';
import { FindingList } from '../../components/FindingList';
import { PlanView } from '../../components/PlanView';
import { countLabel } from '../../checker/findings';
import { markersMessage } from '../../browser/page-marks';
import { viewOfPage, type PagePlanView } from '../../browser/page-plan';
import { ReadAloud } from '../../components/ReadAloud';
import { PanelLinks } from '../../components/PanelLinks';
import { useRuleSettings } from '../../browser/settings-store';
import { FramePlans } from '../../browser/frame-plans';
import { assignField } from '../../browser/site-profiles';
import { FrameNotices, originHost } from '../../components/FrameNotices';
import { UnplacedFields } from '../../components/UnplacedFields';
import { sitePattern } from '../../messages/index';
import type { PageNotice } from '../../fields/types';
import type { SectionKey } from '../../core/plan';

type Browser = typeof import('wxt/browser').browser;

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'done'; source: 'example' | 'page'; plan: Plan; result: CheckResult; balance: Balance; readability: PlanReadability; page?: PagePlanView; notices?: PageNotice[] }
  /** The page next to the panel holds no field Klarplan can tell is part of a plan (a contact form …). */
  | { kind: 'no-plan'; notices?: PageNotice[] }
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
    case 'no-plan':
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
  const api = extensionApi<Browser>();
  if (!api?.tabs) return;
  const tabId = sourceTab ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  await api.tabs.sendMessage(tabId, message).catch(() => undefined); // the content script of a web page
  await api.runtime.sendMessage({ ...message, tabId }).catch(() => undefined); // Klarplan's own demo page
}

export function App() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [site, setSite] = useState<SiteStatus | null>(null);
  const [siteMessage, setSiteMessage] = useState('');
  const busy = useRef(false);
  const activeTab = useRef<number | undefined>(undefined);
  const siteKnownFor = useRef<number | undefined>(undefined);
  /** The entry a marker click in the page asked for (fieldId, offset in the field): to be focused by the panel. */
  const focusRequest = useRef<{ fieldId: string; start: number } | null>(null);
  // Rule settings (options page; administrator's managed storage): loaded once, then followed.
  const ruleSettings = useRuleSettings();

  function show(source: 'example' | 'page', plan: Plan, page?: PagePlanView, notices?: PageNotice[]) {
    const result = checkPlan(plan, { rules: ruleSettings.current() });
    setState({ kind: 'done', source, plan, result, balance: planBalance(plan), readability: planReadability(plan), ...(page ? { page } : {}), ...(notices ? { notices } : {}) });
    if (page) void toPage(markersMessage(page, result.findings));
  }

  async function runExample() {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: 'checking' });
    try {
      await Promise.all([ensureLanguage(), ruleSettings.ready]);
      show('example', EXAMPLE_PLAN);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setState({ kind: 'failed', message: detail });
    } finally {
      busy.current = false;
    }
  }

  // Which page is next to the panel, and may Klarplan read it? Asked again when the user changes tab or page.
  useEffect(() => {
    const api = extensionApi<Browser>();
    const refresh = () =>
      void currentSite().then((s) => {
        activeTab.current = s.tabId;
        setSite(s);
        void toPage({ type: 'klarplan/request-plan' });
      });
    refresh();
    const onActivated = () => {
      sourceTab = undefined;
      setSiteMessage('');
      setState((s) => (s.kind === 'done' && s.source === 'page') || s.kind === 'no-plan' ? { kind: 'idle' } : s);
      refresh();
    };
    const onUpdated = (tabId: number, info: { status?: string }) => {
      if (tabId === activeTab.current && info.status === 'complete') refresh();
    };
    api?.tabs?.onActivated?.addListener(onActivated);
    api?.tabs?.onUpdated?.addListener(onUpdated);
    api?.permissions?.onAdded?.addListener(refresh);
    api?.permissions?.onRemoved?.addListener(refresh);
    return () => {
      api?.tabs?.onActivated?.removeListener(onActivated);
      api?.tabs?.onUpdated?.removeListener(onUpdated);
      api?.permissions?.onAdded?.removeListener(refresh);
      api?.permissions?.onRemoved?.removeListener(refresh);
    };
  }, []);

  // Live: the content script sends the plan as it stands in the page; it is checked here, where the
  // language data is already loaded. Messages that do not fit their schema are ignored, and so are plans
  // from tabs other than the one next to the panel.
  useEffect(() => {
    const api = extensionApi<Browser>();
    if (!api?.runtime?.onMessage) return;
    const listener = (raw: unknown, sender: { tab?: { id?: number }; frameId?: number }) => {
      const msg = parseFromPage(raw);
      const from = sender.tab?.id;
      if (!msg) {
        // A plan from the page that does not fit its schema: the result on show is no longer the page's plan.
        if ((raw as { type?: unknown } | null)?.type === 'klarplan/plan') {
          latest = null;
          void refused(from);
        }
        return undefined;
      }
      if (msg.type === 'klarplan/plan') {
        // A frame's own agent (a frame from another origin Klarplan was switched on for) adds to the page's plan.
        let frames = framePlans.get(from);
        if (!frames) framePlans.set(from, (frames = new FramePlans()));
        const merged = { ...msg, plan: frames.update(from, sender.frameId, msg.plan) };
        // While typing, plans come faster than a busy machine checks them: only the newest waiting one is checked.
        latest = { msg: merged, from };
        void pump();
      } else void accept(msg, msg.type === 'klarplan/agent-started' ? msg.tabId : from);
      return undefined;
    };
    type Incoming = { msg: NonNullable<ReturnType<typeof parseFromPage>>; from: number | undefined };
    let latest: Incoming | null = null;
    const framePlans = new Map<number | undefined, FramePlans>();
    let pumping = false;
    const pump = async () => {
      if (pumping) return;
      pumping = true;
      try {
        while (latest) {
          const next: Incoming = latest;
          latest = null;
          await accept(next.msg, next.from);
          // Let React show it before the next check (a message task: timers wait up to a second in hidden pages).
          await new Promise<void>((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve();
            channel.port2.postMessage(null);
          });
        }
      } finally {
        pumping = false;
      }
    };
    const accept = async (msg: Incoming['msg'], from: number | undefined) => {
      // Asked afresh: the user may have changed tabs a moment ago.
      const active = (await api.tabs?.query({ active: true, currentWindow: true }).catch(() => []))?.[0]?.id;
      if (active !== undefined && from !== undefined && from !== active) return;
      await onPageMessage(msg, from);
    };
    const refused = async (from: number | undefined) => {
      const active = (await api.tabs?.query({ active: true, currentWindow: true }).catch(() => []))?.[0]?.id;
      if (active !== undefined && from !== undefined && from !== active) return;
      setState({ kind: 'failed', message: 'Klarplan konnte den Plan auf dieser Seite nicht übernehmen. Das bisher gezeigte Ergebnis gilt nicht mehr.' });
      void toPage(markersMessage(undefined, []));
    };
    const onPageMessage = async (msg: NonNullable<ReturnType<typeof parseFromPage>>, from: number | undefined) => {
      if (msg.type === 'klarplan/agent-started') {
        sourceTab = msg.tabId;
        void toPage({ type: 'klarplan/request-plan' });
        return;
      }
      // A marker click in the page (the background has opened the panel and sends it again once a newly opened
      // panel is ready): the panel should show that entry's card. Hook for the panel (issue 13): `focusRequest`.
      if (msg.type === 'klarplan/focus') {
        focusRequest.current = { fieldId: msg.fieldId, start: msg.start };
        return;
      }
      if (msg.type === 'klarplan/applied') {
        setSiteMessage(
          msg.ok
            ? 'Der Vorschlag steht jetzt im Formular. Mit Strg+Z im Feld machen Sie das rückgängig.'
            : 'Der Text im Formular hat sich inzwischen geändert. Es wurde nichts geschrieben; der Eintrag wird neu geprüft.',
        );
        return;
      }
      sourceTab = from;
      // A click on the toolbar button lets Klarplan see the page's address only now: show the site's status.
      if (from !== siteKnownFor.current) {
        siteKnownFor.current = from;
        void currentSite().then(setSite);
      }
      await Promise.all([ensureLanguage(), ruleSettings.ready]);
      if (!msg.plan.fields.some((f) => f.section !== null)) {
        setState({ kind: 'no-plan', ...(msg.plan.notices ? { notices: msg.plan.notices } : {}) });
        void toPage(markersMessage(undefined, []));
        return;
      }
      const view = viewOfPage(msg.plan);
      show('page', view.plan, view, msg.plan.notices);
    };
    api.runtime.onMessage.addListener(listener);
    return () => api.runtime.onMessage.removeListener(listener);
  }, []);

  // The rule settings changed: the plan on show is checked again with them.
  useEffect(() => {
    if (state.kind === 'done') show(state.source, state.plan, state.page, state.notices);
  }, [ruleSettings.version]);

  /** A frame from another origin: the same per-site switch as for the page (the browser asks; then it is read). */
  function enableFrame(origin: string) {
    const pattern = sitePattern(`${origin}/`);
    if (!pattern) return;
    const host = originHost(origin);
    const frameSite: SiteStatus = { pattern, host, own: false, managed: false, granted: false, ...(site?.tabId !== undefined ? { tabId: site.tabId } : {}) };
    void alwaysOn(frameSite).then((ok) => {
      setSiteMessage(ok ? `Klarplan ist auf ${host} eingeschaltet und liest jetzt auch diesen Teil der Seite.` : `Klarplan wurde auf ${host} nicht eingeschaltet.`);
    });
  }

  /** A field without a heading, assigned for this site (a site profile: its identity → heading, no plan text). */
  function assign(selector: string, section: SectionKey) {
    const b = extensionApi<Browser>();
    if (!b?.storage || !site?.pattern) return;
    void assignField(b.storage.local, site.pattern, selector, section);
  }

  const pageNotices = state.kind === 'no-plan' || (state.kind === 'done' && state.source === 'page') ? state.notices : undefined;

  function switchOn() {
    if (!site) return;
    // The browser's question must come straight from the click: no other await before it.
    void alwaysOn(site).then((ok) => {
      setSiteMessage(ok ? `Klarplan ist auf ${site.host} eingeschaltet.` : `Klarplan wurde auf ${site.host} nicht eingeschaltet.`);
    });
  }

  function switchOff() {
    if (!site) return;
    void turnOff(site).then(() => setSiteMessage(`Klarplan ist auf ${site.host} ausgeschaltet.`));
  }

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
      <PanelLinks />

      <section aria-labelledby="seite-heading">
        <h2 id="seite-heading">Diese Seite</h2>
        <SiteControls site={site} onAlways={switchOn} onOff={switchOff} />
        <p>
          <button type="button" onClick={openDemo}>
            Demo-Fachverfahren öffnen
          </button>
        </p>
        <p className="status page-status" role="status" aria-live="polite">
          {state.kind === 'done' && state.source === 'page' ? statusText(state) : ''}
          {state.kind === 'no-plan' ? 'Auf dieser Seite ist kein Kooperationsplan zu erkennen. Klarplan zeigt hier keine Hinweise.' : ''}
        </p>
        <FrameNotices notices={pageNotices} onEnable={enableFrame} />
        <p className="status site-message" role="status" aria-live="polite">
          {siteMessage}
        </p>
      </section>

      {/* Read aloud: the plan in the form, else the example plan (issue 4). */}
      <ReadAloud
        plan={state.kind === 'done' ? state.plan : EXAMPLE_PLAN}
        source={state.kind === 'done' ? state.source : 'example'}
        locate={state.kind === 'done' ? state.page?.locate : undefined}
        send={(message) => void toPage(message)}
      />

      {state.kind === 'done' && state.source === 'page' && <Result state={state} onApply={apply} onReveal={reveal} {...(site?.pattern ? { onAssign: assign } : {})} />}

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
          {state.kind === 'done' && state.source === 'page' ? '' : statusText(state)}
        </p>
        {state.kind === 'failed' && (
          <p className="error" role="alert">
            Die Prüfung ist fehlgeschlagen: {state.message}
          </p>
        )}
      </section>

      {state.kind === 'done' && state.source === 'example' && <Result state={state} onApply={apply} />}
    </main>
  );
}

type Done = Extract<State, { kind: 'done' }>;

function Result({ state, onApply, onReveal, onAssign }: { state: Done; onApply: (f: Finding) => void; onReveal?: (f: Finding) => void; onAssign?: (selector: string, section: SectionKey) => void }) {
  return (
    <>
      <BalanceView balance={state.balance} />
      <ReadabilityView readability={state.readability} />
      <section aria-labelledby="ergebnis-heading" className="result">
        <h2 id="ergebnis-heading">Ergebnis</h2>
        {onReveal && (
          <details className="page-plan">
            <summary>So liest Klarplan den Plan auf dieser Seite</summary>
            <PlanView plan={state.plan} headingLevel={3} />
            <UnplacedFields notices={state.notices} headingLevel={3} {...(onAssign ? { onAssign } : {})} />
          </details>
        )}
        <FindingList plan={state.plan} result={state.result} headingLevel={3} onApply={onApply} {...(onReveal ? { onReveal } : {})} />
      </section>
    </>
  );
}

interface SiteControlsProps {
  site: SiteStatus | null;
  onAlways: () => void;
  onOff: () => void;
}

/** What Klarplan may do on the page next to the panel, and the buttons to change it. */
function SiteControls({ site, onAlways, onOff }: SiteControlsProps) {
  if (!site?.pattern || !site.host) {
    return (
      <p>
        Öffnen Sie den Kooperationsplan in Ihrem Fachverfahren und klicken Sie dort auf das Klarplan-Symbol in der
        Symbolleiste. Klarplan liest nur Seiten, für die Sie es erlauben; es werden keine Daten gesendet.
      </p>
    );
  }
  if (site.granted && (site.own || site.managed)) {
    return (
      <p>
        Klarplan ist auf <strong>{site.host}</strong> eingeschaltet und prüft, während Sie schreiben.{' '}
        {site.own && (
          <button type="button" onClick={onOff}>
            Auf {site.host} ausschalten
          </button>
        )}
      </p>
    );
  }
  if (site.managed) {
    return (
      <p>
        Ihre Verwaltung hat Klarplan für {site.host} vorgesehen. Bitte bestätigen Sie das einmal; danach prüft Klarplan
        dort, während Sie schreiben.{' '}
        <button type="button" className="primary" onClick={onAlways}>
          Auf {site.host} einschalten
        </button>
      </p>
    );
  }
  // Klarplan may read the page because its toolbar button was clicked there (until the page is left).
  return (
    <p>
      Klarplan liest diese Seite, bis Sie sie verlassen. Soll Klarplan auf {site.host} immer mitlesen?{' '}
      <button type="button" onClick={onAlways}>
        Auf {site.host} immer prüfen
      </button>
    </p>
  );
}
