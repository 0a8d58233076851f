/**
 * The read-aloud mode's plain helpers (no React, no browser API): what the client view shows, the summary for
 * the print view, the message that highlights a point in the form, the panel's short state texts and the
 * screen-reader announcements. components/ReadAloud.tsx renders the mode with them.
 */
import type { ReadingSummary, ReadingView, ToPage } from '../messages/index';
import { STATUS_LABELS } from './marks';
import { canConfirm, counts, statusOf, type RoundState } from './round';
import { roundTimeText, STATUS_LEGEND, summaryRows, summaryText, summaryTitle, type CheckClarification } from './summary';
import type { PointItem, PointRef } from './script';
import type { SpeakResult, SpeechEngine } from './driver';

/** The round is under way: a point is being read, paused or waited on. */
export const isActive = (s: RoundState | null): s is RoundState =>
  s !== null && (s.phase === 'speaking' || s.phase === 'paused' || s.phase === 'waiting');

/** The current point as the client view shows it; null when no round has started. */
export function readingView(state: RoundState | null): ReadingView | null {
  if (!state || state.phase === 'idle') return null;
  const p = state.points[state.current];
  if (!p) return { phase: state.phase, heading: '', text: '', empty: true, number: 0, of: 0, position: 0, total: 0, status: 'unread', statusLabel: '' };
  const status = statusOf(state, state.current);
  const open = state.marks[state.current]?.open;
  return {
    phase: state.phase,
    heading: p.heading,
    text: p.text,
    ...(p.due ? { due: p.due } : {}),
    empty: p.empty,
    number: p.number,
    of: p.of,
    position: state.current + 1,
    total: state.points.length,
    status,
    statusLabel: STATUS_LABELS[status],
    ...(status === 'offen' && open ? { open: { by: open.by, person: open.person } } : {}),
  };
}

/** The summary for the print view (and the text for the clipboard). */
export function readingSummary(state: RoundState, now: Date, checkClarification?: CheckClarification): ReadingSummary {
  return {
    title: summaryTitle(state, now),
    time: roundTimeText(state, now),
    legend: STATUS_LEGEND,
    counts: counts(state),
    rows: summaryRows(state, now, checkClarification).map((r) => ({
      heading: r.point.heading,
      number: r.point.number,
      empty: r.point.empty,
      text: r.point.text,
      ...(r.point.due ? { due: r.point.due } : {}),
      status: r.status,
      label: r.label,
      history: r.history,
      ...(r.open ? { open: { ...r.open, flag: r.open.flag ? { title: r.open.flag.title, message: r.open.flag.message } : null } } : {}),
    })),
    text: summaryText(state, now, checkClarification),
  };
}

/** The agent's "klarplan/reveal" for a point: scroll to its field and select or highlight its text. */
export function revealMessage(point: PointItem): Extract<ToPage, { type: 'klarplan/reveal' }> | null {
  const ref: PointRef | undefined = point.ref;
  if (!ref || point.empty) return null;
  const start = Math.min(ref.offset, ref.fieldText.length);
  const end = Math.min(ref.offset + point.text.length, ref.fieldText.length);
  return { type: 'klarplan/reveal', fieldId: ref.fieldId, start, end };
}

/** "Punkt 2 von 3" within its heading; "Noch kein Eintrag" for an empty section. */
export function pointNumber(p: { empty: boolean; number: number; of: number }): string {
  return p.empty ? 'Noch kein Eintrag' : `Punkt ${p.number} von ${p.of}`;
}

/** The visible state line of the mode. */
export function phaseText(state: RoundState, silent: boolean): string {
  switch (state.phase) {
    case 'speaking':
      return silent ? 'Bitte lesen Sie den Punkt vor.' : 'Klarplan liest vor …';
    case 'paused':
      return 'Pause. Leertaste oder „Weiterlesen“ setzt fort.';
    case 'waiting': {
      if (state.editing) return 'Ändern Sie den Punkt im Formular. Danach „Nochmal“: Klarplan liest die neue Fassung vor.';
      const status = statusOf(state, state.current);
      if (status !== 'unread') return `Vermerkt: ${STATUS_LABELS[status]}. „Weiter“ geht zum nächsten Punkt. Klarplan wartet.`;
      if (!canConfirm(state)) return 'Die neue Fassung ist noch nicht vorgelesen: erst „Nochmal“, dann „Passt so“. Klarplan wartet.';
      return silent ? 'Bitte lesen Sie den Punkt vor. Passt er so? Klarplan wartet.' : 'Passt der Punkt so? Klarplan wartet.';
    }
    case 'done':
      return 'Der ganze Plan ist vorgelesen.';
    case 'stopped':
      return 'Vorlesen beendet.';
    default:
      return '';
  }
}

/**
 * What the screen reader hears (polite, short). Nothing while Klarplan speaks, so the screen reader does not talk
 * over the speech: the point is announced when the round waits for the decision, on pause, stop and end, and when
 * a status is set.
 */
export function announcement(prev: RoundState | null, next: RoundState): string {
  const p = next.points[next.current];
  const where = p ? `Punkt ${next.current + 1} von ${next.points.length}` : '';
  const prevStatus = prev && prev.current === next.current && prev.points === next.points ? statusOf(prev, next.current) : undefined;
  const status = p ? statusOf(next, next.current) : undefined;
  const ending = (next.phase === 'done' || next.phase === 'stopped') && prev?.phase !== next.phase;
  if (!ending && prev && prevStatus !== undefined && status !== undefined && status !== prevStatus) {
    return `${where}: ${STATUS_LABELS[status]}.`;
  }
  if (prev?.phase === next.phase && prev.current === next.current && prev.editing === next.editing) return '';
  switch (next.phase) {
    case 'waiting':
      if (next.editing) return `${where}: Änderung im Formular.`;
      return `${where} gelesen. Passt so, Ändern, offen, Nochmal oder Weiter?`;
    case 'paused':
      return 'Pause.';
    case 'stopped':
      return 'Vorlesen beendet. Die Zusammenfassung steht unten.';
    case 'done':
      return 'Der Plan ist vorgelesen. Die Zusammenfassung steht unten.';
    default:
      return '';
  }
}

/** The voice picker's label: "Anna (de-DE)". Only voices on this machine are offered (speech/voices.ts). */
export function voiceLabel(v: { name: string; lang: string }): string {
  return `${v.name} (${v.lang || 'Sprache unbekannt'})`;
}

/**
 * No speech: every utterance "ends" at once. Used when the browser has no speech or no German voice — the round
 * still goes point by point and waits after each, and the case worker reads the points out.
 */
export const silentEngine: SpeechEngine = {
  voices: () => Promise.resolve([]),
  speak: (): Promise<SpeakResult> => Promise.resolve('end'),
  cancel: () => undefined,
};
