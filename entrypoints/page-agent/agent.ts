/**
 * The page agent: reads the plan's fields and tells the side panel whenever they change; the panel's requests to
 * write a fix into a field, show a finding in the page or put count markers next to the fields it hands on.
 * It runs as the content script on case-management pages and inside Klarplan's own demo page.
 *
 * It never writes into the page's editors except on the user's explicit "Übernehmen", and never adds markup
 * to them. Writing a fix, showing a finding and drawing markers are the page actions (entrypoints/page-actions/),
 * loaded into the page only on the panel's first request for one: this agent itself only reads.
 *
 * It never slows the page down: the page is read once, in slices (fields/live.ts), and afterwards only what a
 * change can affect is read again. What is injected stays small: no validation library (the panel validates what
 * the page sends; the actions check the panel's messages by hand, messages/check.ts), only the reading code.
 */
import { readFromParent } from '../../fields/discover';
import { LivePlan, type LiveOptions, type LiveStats } from '../../fields/live';
import { timed } from '../../fields/slicing';
import type { SiteProfile } from '../../fields/profiles';
import { fieldById } from '../../fields/snapshot';
import type { PagePlan } from '../../fields/types';
import type { FromPage } from '../../messages/index';
import { fitToLimits } from '../../messages/limits';
import type { PageActions } from '../page-actions/actions';
import type { StartActions } from '../page-actions/api';

export interface AgentIO {
  send(message: FromPage): void;
  /** Subscribes to messages for the page; returns the unsubscribe function. */
  listen(handler: (raw: unknown) => void): () => void;
  /** The user's own site profile for this page (fields assigned in the panel), and a way to hear of changes. */
  profile?: { current(): SiteProfile | null; subscribe(onChange: () => void): () => void };
  /** Loads the page actions (write a fix, show a finding, draw markers) into this frame; asked for at most once. */
  actions(): Promise<StartActions>;
}

export interface AgentOptions {
  live?: LiveOptions;
}

/** The agent's counters, in the content script's own world (the page cannot see them); the E2E tests read them. */
export interface AgentStats extends LiveStats {
  /** Plan messages sent to the panel. */
  sent: number;
}

export function startAgent(doc: Document, io: AgentIO, options: AgentOptions = {}): () => void {
  // A same-origin frame's fields are read by the agent of the page around it: one report per page, not two.
  if (readFromParent(doc)) return () => undefined;

  // Failures (a hostile page, a broken editor) are caught and reported once each, as a notice with the plan.
  const errors: string[] = [];
  const failed = (what: string, error: unknown): boolean => {
    const detail = error instanceof Error ? error.message : String(error);
    const message = (detail ? `${what} (${detail})` : what).slice(0, 1000);
    if (errors.includes(message)) return false;
    errors.push(message);
    return true;
  };

  let lastSent = '';
  let current: PagePlan = { url: doc.location?.href ?? '', fields: [] };
  let ready = false;
  const send = (plan: PagePlan, force = false) => {
    current = plan;
    const notices = [...(plan.notices ?? []), ...errors.map((message) => ({ kind: 'error' as const, message }))];
    const fitted = fitToLimits(notices.length ? { ...plan, notices } : plan);
    const json = JSON.stringify(fitted);
    if (!force && json === lastSent) return;
    lastSent = json;
    stats.sent++;
    io.send({ type: 'klarplan/plan', plan: fitted });
  };

  // The page actions (write a fix, show a finding, draw markers) are loaded on the panel's first request for one.
  let stopped = false;
  let actions: PageActions | null = null;
  let loading: Promise<PageActions | null> | null = null;
  let unavailable = false;
  const report = (what: string, error: unknown) => {
    if (failed(what, error)) send(current, true);
  };
  const withActions = (work: (a: PageActions) => void, refused: () => void) => {
    loading ??= io.actions().then(
      (start) =>
        (actions = start({
          doc,
          find: (fieldId) => fieldById(doc, fieldId),
          send: io.send,
          applied(el) {
            if (el) live.touchField(el);
            answer();
          },
          failed: report,
        })),
      (error: unknown) => {
        unavailable = true; // not tried again on every update
        report('Klarplan kann auf dieser Seite nichts anzeigen oder übernehmen', error);
        return null;
      },
    );
    if (actions) work(actions);
    else if (unavailable) refused();
    else void loading.then((a) => (a ? !stopped && timed(stats, () => work(a)) : refused()));
  };
  /** Redraws the markers after the page changed (only when there are any). */
  const placeMarkers = () => actions?.place();

  // the user's own site profile for this page (fields assigned in the panel): a change reads the page anew
  const profileNow = () => io.profile?.current() ?? null;
  const makeLive = () => new LivePlan(
    doc,
    (plan) => {
      if (!ready) return;
      send(plan);
      placeMarkers();
    },
    { ...options.live, profile: profileNow() },
  );
  let live = makeLive();
  const stats = live.stats as AgentStats;
  stats.sent = 0;
  (globalThis as { klarplanAgentStats?: AgentStats }).klarplanAgentStats = stats;
  const stopProfiles = io.profile?.subscribe(() => {
    live.stop();
    live = makeLive();
    void live.start().then((plan) => send(plan, true), (error: unknown) => (failed('Klarplan konnte diese Seite nicht lesen', error), send(current, true)));
  }) ?? (() => undefined);

  void live.start().then(
    (plan) => {
      ready = true;
      timed(stats, () => {
        send(plan, true);
        placeMarkers();
      });
    },
    (error: unknown) => {
      ready = true;
      failed('Klarplan konnte diese Seite nicht lesen', error);
      send(current, true);
    },
  );

  /** The plan as it stands: the last read when nothing changed since (no second read), else what changed. */
  const answer = () => {
    if (!ready) return; // the first read is under way and sends when done
    const snap = live.snapshot();
    if (snap?.fresh) send(snap.plan, true);
    else void live.settle().then((plan) => send(plan, true), (error: unknown) => (failed('Klarplan konnte diese Seite nicht lesen', error), send(current, true)));
  };

  const stopListening = io.listen((raw) =>
    timed(stats, () => {
      if (!raw || typeof raw !== 'object') return;
      const msg = raw as { type?: unknown; fieldId?: unknown };
      if (msg.type === 'klarplan/request-plan') return answer();
      if (msg.type !== 'klarplan/apply' && msg.type !== 'klarplan/reveal' && msg.type !== 'klarplan/markers') return;
      // nothing to show and nothing shown yet: the actions are not loaded for it
      if (msg.type === 'klarplan/markers' && !actions && nothingToShow(raw)) return;
      withActions(
        (a) => a.handle(raw),
        // no actions on this page: a fix is answered as not written (the panel says so), nothing else happens
        () => msg.type === 'klarplan/apply' && typeof msg.fieldId === 'string' && io.send({ type: 'klarplan/applied', fieldId: msg.fieldId, ok: false }),
      );
    }),
  );
  return () => {
    stopped = true;
    stopProfiles();
    live.stop();
    stopListening();
    actions?.stop();
  };
}

/** A markers message that shows nothing (no counts above 0, no marks). */
function nothingToShow(raw: object): boolean {
  const { counts, marks } = raw as { counts?: unknown; marks?: unknown };
  const some = (v: unknown) => (Array.isArray(v) ? v.length > 0 : !!v && typeof v === 'object' && Object.values(v).some((n) => n !== 0));
  return !some(counts) && !some(marks);
}
