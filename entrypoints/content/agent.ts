/**
 * The page agent: reads the plan's fields, tells the side panel whenever they change, and on request writes a
 * fix into a field, shows a finding in the page, or puts small count markers next to the fields.
 * It runs as the content script on case-management pages and inside Klarplan's own demo page.
 *
 * It never writes into the page's editors except on the user's explicit "Übernehmen", and never adds markup
 * to them: what Klarplan shows in the page is in overlay.ts.
 *
 * It never slows the page down: the page is read once, in slices (fields/live.ts), and afterwards only what a
 * change can affect is read again. What is injected stays small: the panel's messages are checked by hand
 * (messages/check.ts), and only the field code the agent needs is imported (no validation library).
 */
import { readFromParent } from '../../fields/discover';
import { LivePlan, type LiveOptions, type LiveStats } from '../../fields/live';
import { timed } from '../../fields/slicing';
import { profileFor } from '../../fields/profile-match';
import type { SiteProfile } from '../../fields/profiles';
import { fieldById } from '../../fields/snapshot';
import type { PagePlan } from '../../fields/types';
import { checkToPage } from '../../messages/check';
import type { FromPage } from '../../messages/index';
import { fitToLimits } from '../../messages/limits';
import { clearHighlights, Markers, reveal } from './overlay';

export interface AgentIO {
  send(message: FromPage): void;
  /** Subscribes to messages for the page; returns the unsubscribe function. */
  listen(handler: (raw: unknown) => void): () => void;
  /** The user's own site profiles (fields assigned in the panel), and a way to hear of changes. */
  profiles?: { current(): readonly SiteProfile[]; subscribe(onChange: () => void): () => void };
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

  let markers: Markers | null = null;
  const withMarkers = (work: (m: Markers) => void) => {
    try {
      markers ??= new Markers(doc, {
        // a click on a marker: the panel opens at that entry's card
        focus: (fieldId, start) => io.send({ type: 'klarplan/focus', fieldId, start }),
        // a drawing that failed (said once, as a notice with the plan)
        error: (message) => {
          disabledMarkers = true; // not tried again on every update
          if (failed(message, '')) send(current, true);
        },
      });
      work(markers);
    } catch (error) {
      // the page broke Klarplan's overlay: no markers from now on (not an error on every update)
      const m = markers;
      markers = null;
      disabledMarkers = true;
      try {
        m?.remove();
      } catch {
        /* already broken */
      }
      if (failed('Die Markierungen im Formular lassen sich auf dieser Seite nicht zeigen', error)) send(current, true);
    }
  };
  let disabledMarkers = false;
  const placeMarkers = () => {
    if (!disabledMarkers) withMarkers((m) => m.place());
  };

  // the user's own site profile for this page (fields assigned in the panel): a change reads the page anew
  const profileNow = () => profileFor(doc.location?.href ?? '', io.profiles?.current() ?? []);
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
  const stopProfiles = io.profiles?.subscribe(() => {
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
      const msg = checkToPage(raw);
      if (!msg) return;
      switch (msg.type) {
        case 'klarplan/request-plan':
          answer();
          return;
        case 'klarplan/apply': {
          const field = fieldById(doc, msg.fieldId);
          const done = field ? field.adapter.write(field.el, msg.start, msg.end, msg.text, msg.expected) : Promise.resolve(false);
          void done.then((ok) => {
            io.send({ type: 'klarplan/applied', fieldId: msg.fieldId, ok });
            if (field) live.touchField(field.el);
            answer(); // checked again either way: if the text had changed, nothing was written
          });
          return;
        }
        case 'klarplan/reveal':
          try {
            reveal(doc, msg.fieldId, msg.start, msg.end);
          } catch (error) {
            if (failed('Die Stelle im Formular lässt sich auf dieser Seite nicht zeigen', error)) send(current, true);
          }
          return;
        case 'klarplan/markers':
          if (!disabledMarkers) withMarkers((m) => m.update(msg.counts, msg.marks));
          return;
      }
    }),
  );
  return () => {
    stopProfiles();
    live.stop();
    stopListening();
    try {
      markers?.remove();
      clearHighlights(doc);
    } catch {
      /* the page broke it already */
    }
  };
}
