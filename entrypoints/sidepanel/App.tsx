import { useEffect, useMemo, useRef, useState } from 'react';
import { balanceLine, planBalance } from '../../checker/balance';
import { buildCards, cardAt, shownFindings, type Card } from '../../checker/cards';
import { checkPlan } from '../../checker/checker';
import { type Plan } from '../../core/plan';
import { parseFromPage, sitePattern, type ToPage } from '../../messages/index';
import { extensionApi } from '../../browser/extension-api';
import { alwaysOn, currentSite, openDemo, turnOff, type SiteStatus } from './site';
import { SiteControls } from './SiteControls';
import { focusCard, isFormControl, todayIso, withChange } from './panel-helpers';
import { BalanceView } from '../../components/BalanceView';
import { ReadabilityView } from '../../components/ReadabilityView';
import { planReadability } from '../../checker/readability';
import { EXAMPLE_PLAN } from '../../examples/example-plan';
import { PlanView } from '../../components/PlanView';
import { countLabel, countsLine, upperFirst } from '../../checker/findings';
import { markersMessage } from '../../browser/page-marks';
import { viewOfPage } from '../../browser/page-plan';
import type { PagePlan } from '../../fields/types';
import { withPlanDate } from '../../fields/plan-date-text';
import { FindingCards } from '../../components/FindingCards';
import { PageNotices } from '../../components/PageNotices';
import { PlanDate } from '../../components/PlanDate';
import { loadDismissed, saveDismissed } from '../../browser/dismissed';
import { ReadAloud } from '../../components/ReadAloud';
import { PanelLinks } from '../../components/PanelLinks';
import { switchRuleOff, useRuleSettings } from '../../browser/settings-store';
import { FramePlans } from '../../browser/frame-plans';
import { assignField } from '../../browser/site-profiles';
import { UnplacedFields } from '../../components/UnplacedFields';
import type { SectionKey } from '../../core/plan';

type Browser = typeof import('wxt/browser').browser;

import { ensureLanguage, statusText, type State } from './state';

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
  // The panel's own plan date (in memory only), and the findings ignored in this session (hashes only).
  const [dateOverride, setDateOverride] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [focusRequest, setFocusRequest] = useState<{ fieldId: string; start: number } | null>(null);
  const busy = useRef(false);
  const activeTab = useRef<number | undefined>(undefined);
  const siteKnownFor = useRef<number | undefined>(undefined);
  const override = useRef<string | null>(null);
  override.current = dateOverride;
  // Rule settings (options page; administrator's managed storage): loaded once, then followed.
  const ruleSettings = useRuleSettings();

  useEffect(() => {
    void loadDismissed().then((keys) => keys.size && setDismissed((d) => new Set([...keys, ...d])));
  }, []);

  function show(source: 'example' | 'page', plan: Plan, raw?: PagePlan) {
    const page = raw ? viewOfPage(raw, override.current ?? raw.planDate?.date) : undefined;
    const checked = page ? page.plan : override.current ? { ...plan, date: override.current } : plan;
    const result = checkPlan(checked, { rules: ruleSettings.current() });
    setState({
      kind: 'done',
      source,
      plan: checked,
      result,
      balance: planBalance(checked),
      readability: planReadability(checked),
      ...(page ? { page } : {}),
      ...(raw ? { raw } : {}),
    });
  }

  const groups = useMemo(() => (state.kind === 'done' ? buildCards(state.plan, state.result.findings, { dismissed }) : []), [state, dismissed]);
  const shown = useMemo(() => shownFindings(groups), [groups]);
  const ignoredCount = state.kind === 'done' ? state.result.findings.length - shown.length : 0;

  // The markers in the page count what the panel shows (ignored and subsumed findings left out).
  useEffect(() => {
    if (state.kind === 'done' && state.source === 'page' && state.page) void toPage(markersMessage(state.page, shown));
  }, [shown]);

  async function runExample() {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: 'checking' });
    try {
      await Promise.all([ensureLanguage(), ruleSettings.ready]);
      setDateOverride(null);
      override.current = null;
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
      setDateOverride(null);
      override.current = null;
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
        // the plan's date, read here from the page's lines (the page agent carries none of the date grammar)
        const merged = { ...msg, plan: frames.update(from, sender.frameId, withPlanDate(msg.plan)) };
        // While typing, plans come faster than a busy machine checks them: only the newest waiting one is checked.
        latest = { msg: merged, from };
        void pump();
      } else void accept(msg, msg.type === 'klarplan/agent-started' || msg.type === 'klarplan/agent-refused' ? msg.tabId : from);
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
      if (msg.type === 'klarplan/agent-refused') {
        setState({ kind: 'failed', message: 'Der Browser hat Klarplan diese Seite gerade nicht lesen lassen. Bitte klicken Sie noch einmal auf das Klarplan-Symbol.' });
        return;
      }
      // A marker click in the page: the panel goes to that entry's card (once the cards are there).
      if (msg.type === 'klarplan/focus') {
        setFocusRequest({ fieldId: msg.fieldId, start: msg.start });
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
      show('page', EXAMPLE_PLAN, msg.plan);
    };
    api.runtime.onMessage.addListener(listener);
    return () => api.runtime.onMessage.removeListener(listener);
  }, []);

  // The rule settings or the plan date changed: the plan on show is checked again.
  useEffect(() => {
    if (state.kind === 'done') show(state.source, state.source === 'example' ? EXAMPLE_PLAN : state.plan, state.raw);
  }, [ruleSettings.version, dateOverride]);

  // A marker click: scroll to the entry's card and focus it.
  useEffect(() => {
    if (!focusRequest || state.kind !== 'done' || !state.page) return;
    const card = cardAt(groups, state.page.locate, focusRequest.fieldId, focusRequest.start);
    setFocusRequest(null);
    if (card) focusCard(card);
  }, [focusRequest, groups]);

  // Keys: Alt+↓ / Alt+↑ next / previous card, Alt+Enter applies the card's proposal (not while typing in a field).
  const applyRef = useRef<(card: Card) => void>(() => undefined);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Enter') return;
      if (e.key !== 'Enter' && isFormControl(e.target)) return;
      const cards = [...document.querySelectorAll<HTMLElement>('article[data-card]')];
      if (!cards.length) return;
      const current = cards.findIndex((c) => c.contains(document.activeElement));
      if (e.key === 'Enter') {
        const id = cards[current]?.dataset.card;
        const card = groups.flatMap((g) => g.cards).find((c) => c.id === id);
        if (!card?.proposal) return;
        e.preventDefault();
        applyRef.current(card);
        return;
      }
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(cards.length - 1, current + 1) : Math.max(0, current < 0 ? 0 : current - 1);
      cards[next]!.scrollIntoView({ block: 'nearest' });
      cards[next]!.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [groups]);

  /** A field without a heading, assigned for this site (a site profile: its identity → heading, no plan text). */
  function assign(selector: string, section: SectionKey) {
    const b = extensionApi<Browser>();
    if (!b?.storage || !site?.pattern) return;
    void assignField(b.storage.local, site.pattern, selector, section);
  }

  function switchOn() {
    if (!site) return;
    // The browser's question must come straight from the click: no other await before it.
    void alwaysOn(site).then((ok) => {
      setSiteMessage(ok ? `Klarplan ist auf ${site.host} eingeschaltet.` : `Klarplan wurde auf ${site.host} nicht eingeschaltet.`);
    });
  }

  /** A frame from another site: the same flow as "Auf … einschalten" for the page itself. */
  function switchOnOrigin(origin: string) {
    const pattern = sitePattern(origin);
    if (!pattern) return;
    const host = new URL(origin).host;
    const frameSite: SiteStatus = { pattern, host, own: false, managed: false, granted: false, ...(site?.tabId !== undefined ? { tabId: site.tabId } : {}) };
    void alwaysOn(frameSite).then((ok) => setSiteMessage(ok ? `Klarplan ist auf ${host} eingeschaltet.` : `Klarplan wurde auf ${host} nicht eingeschaltet.`));
  }

  function switchOff() {
    if (!site) return;
    void turnOff(site).then(() => setSiteMessage(`Klarplan ist auf ${site.host} ausgeschaltet.`));
  }

  function apply(card: Card) {
    const p = card.proposal;
    if (state.kind !== 'done' || !p || card.section === null || card.entry === null) return;
    if (state.source === 'example') {
      const next = withChange(state.plan, card.section, card.entry, p);
      const result = checkPlan(next, { rules: ruleSettings.current() });
      setState({ ...state, plan: next, result, balance: planBalance(next), readability: planReadability(next) });
      return;
    }
    const loc = state.page?.locate(card.section, card.entry);
    if (!loc) return;
    void toPage({ type: 'klarplan/apply', fieldId: loc.fieldId, start: loc.offset + p.start, end: loc.offset + p.end, text: p.text, expected: loc.fieldText });
  }
  applyRef.current = apply;

  function reveal(card: Card) {
    if (state.kind !== 'done' || state.source !== 'page' || card.section === null || card.entry === null) return;
    const loc = state.page?.locate(card.section, card.entry);
    const f = card.findings[0]?.finding;
    if (loc && f) void toPage({ type: 'klarplan/reveal', fieldId: loc.fieldId, start: loc.offset + f.start, end: loc.offset + f.end });
  }

  function ignore(keys: string[], what: string) {
    const next = new Set([...dismissed, ...keys]);
    setDismissed(next);
    void saveDismissed(next);
    setSiteMessage(`Ignoriert: ${what}. Das gilt, bis der Browser schließt.`);
  }

  function unignore() {
    setDismissed(new Set());
    void saveDismissed(new Set());
    setSiteMessage('Die ignorierten Hinweise werden wieder gezeigt.');
  }

  function ruleOff(category: string) {
    void switchRuleOff(category)
      .then((r) =>
        setSiteMessage(
          r === 'locked'
            ? 'Diese Regel legt Ihre Verwaltung fest; Sie können sie nicht ausschalten.'
            : 'Die Regel ist ausgeschaltet. Unter „Regeln einstellen“ schalten Sie sie wieder ein.',
        ),
      )
      .catch(() => setSiteMessage('Die Regel konnte nicht ausgeschaltet werden.'));
  }

  const done = state.kind === 'done' ? state : null;
  const line = countsLine(shown);
  const intro = (
    <p>
      Klarplan prüft einen Kooperationsplan auf Einträge, die unklar bleiben: fehlende Termine, vage Zusagen des
      Jobcenters, Amtsdeutsch und Sätze, die nicht aus Sicht der Kundin oder des Kunden geschrieben sind. Alles
      läuft in Ihrem Browser; es werden keine Daten gesendet.
    </p>
  );
  const pageDate = done?.raw?.planDate;
  const siteSection = (
    <section aria-labelledby="seite-heading">
      <h2 id="seite-heading">Diese Seite</h2>
      <SiteControls site={site} onAlways={switchOn} onOff={switchOff} />
      <p>
        <button type="button" onClick={openDemo}>
          Demo-Fachverfahren öffnen
        </button>
      </p>
    </section>
  );

  return (
    <main className="app">
      <h1>Klarplan</h1>
      <section aria-labelledby="ergebnis-heading" className="result answer">
        <h2 id="ergebnis-heading" className={done ? 'visually-hidden' : undefined}>
          Ergebnis
        </h2>
        <p id="status" className="status page-status" role="status" aria-live="polite">
          {statusText(state, done ? shown.length : null, line)}
          {state.kind === 'no-plan' ? 'Auf dieser Seite ist kein Kooperationsplan zu erkennen. Klarplan zeigt hier keine Hinweise.' : ''}
          {!done && state.kind !== 'no-plan' && state.kind !== 'checking' ? 'Noch kein Plan geprüft.' : ''}
        </p>
        {state.kind === 'failed' && (
          <p className="error" role="alert">
            Die Prüfung ist fehlgeschlagen: {state.message}
          </p>
        )}
        {done && (
          <>
            <p className="balance-line">{balanceLine(done.balance)}</p>
            <PlanDate
              date={done.plan.date}
              from={dateOverride ? 'panel' : done.source === 'example' ? 'plan' : pageDate ? 'page' : 'none'}
              end={pageDate?.end}
              today={todayIso()}
              onChange={setDateOverride}
            />
          </>
        )}
        <p className="status site-message" role="status" aria-live="polite">
          {siteMessage}
        </p>
        {(done?.source === 'page' || state.kind === 'no-plan') && (
          <PageNotices notices={done ? done.raw?.notices : state.kind === 'no-plan' ? state.notices : undefined} onEnableOrigin={switchOnOrigin} />
        )}
        {done && groups.length > 0 && (
          <>
            <FindingCards
              groups={groups}
              {...(done.page ? { nameOf: done.page.nameOf, onReveal: reveal } : {})}
              onApply={apply}
              onIgnore={ignore}
              onRuleOff={ruleOff}
            />
            <p className="hint keys" id="tasten">
              Tasten: <kbd>Alt</kbd>+<kbd>↓</kbd> nächster Hinweis · <kbd>Alt</kbd>+<kbd>↑</kbd> voriger · <kbd>Alt</kbd>+<kbd>Enter</kbd> übernehmen
            </p>
          </>
        )}
        {done && ignoredCount > 0 && (
          <p className="ignored">
            {upperFirst(countLabel(ignoredCount))} nicht gezeigt: ignoriert oder in einem Satz, der gestrichen werden soll.
            {dismissed.size > 0 && (
              <>
                {' '}
                <button type="button" onClick={unignore}>
                  Ignorierte wieder zeigen
                </button>
              </>
            )}
          </p>
        )}
        {done && groups.length === 0 && <p className="empty">Klarplan hat in diesem Plan nichts zu bemerken.</p>}
        {done && (
          <details className="more">
            <summary>Gleichgewicht und Lesbarkeit</summary>
            <BalanceView balance={done.balance} headingLevel={3} />
            <ReadabilityView readability={done.readability} headingLevel={3} />
          </details>
        )}
        {done?.source === 'page' && (
          <details className="page-plan">
            <summary>So liest Klarplan den Plan auf dieser Seite</summary>
            <PlanView plan={done.plan} headingLevel={3} />
            <UnplacedFields notices={done.raw?.notices} headingLevel={3} {...(site?.pattern ? { onAssign: assign } : {})} />
          </details>
        )}
      </section>

      {!done && intro}
      {siteSection}

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
      </section>

      {/* Read aloud: the plan in the form, else the example plan (issue 4). */}
      <ReadAloud
        plan={done ? done.plan : EXAMPLE_PLAN}
        source={done ? done.source : 'example'}
        locate={done ? done.page?.locate : undefined}
        send={(message) => void toPage(message)}
      />

      {done && (
        <details className="about">
          <summary>Über Klarplan</summary>
          {intro}
        </details>
      )}
      <PanelLinks />
    </main>
  );
}
