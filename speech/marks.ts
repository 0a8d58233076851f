/**
 * What the client said about each point of the read-aloud round, and the status that follows from it.
 *
 * Honest by construction: a point's mark holds a trail of explicit decisions, and only the round's explicit
 * events add to it — "Passt so" (`confirm`), "Ändern" (`change`), "Als offen markieren" (`open`) and taking that
 * back (`withdraw`). The status is a pure function of that trail and the point's current text:
 * - no decision → "nicht besprochen" (whatever else happened: read, skipped, repeated, the round stopped);
 * - a decision holds for the wording it was given on: "bestätigt" and "offen" only while the text is still the
 *   one the client heard; edited afterwards, the point is "nicht besprochen" again (the trail keeps the history);
 * - "Änderung gewünscht" becomes "geändert" once the text differs from the one the change was asked for.
 * Pure: no DOM, no clock (every decision carries the time its event was stamped with).
 */
import { cardinal } from './numbers';

export type PointStatus = 'unread' | 'bestätigt' | 'änderung' | 'geändert' | 'offen';
export const POINT_STATUSES: readonly PointStatus[] = ['bestätigt', 'änderung', 'geändert', 'offen', 'unread'];

export const STATUS_LABELS: Record<PointStatus, string> = {
  unread: 'nicht besprochen',
  bestätigt: 'bestätigt',
  änderung: 'Änderung gewünscht',
  geändert: 'geändert',
  offen: 'offen',
};

/** An explicit decision on a point: which button (or key) was pressed, on which wording, when. */
export type Action = 'passt' | 'ändern' | 'offen' | 'offen-aufgehoben';
export interface Decision {
  action: Action;
  /** The point's text when the decision was taken. */
  text: string;
  /** When (ms since 1970, as stamped by the driver). */
  at: number;
}

/** For an open point: until when and with whom it is to be cleared (chosen by the case worker). */
export interface OpenDetails {
  /** YYYY-MM-DD */
  by: string;
  /** A named person from the plan or typed; '' when nobody is named yet. */
  person: string;
}

export interface PointMark {
  /** The reading of the point started at least once. */
  started: boolean;
  /** The text when the point was last read to the end (null: never). */
  presented: string | null;
  /** Every explicit decision, oldest first. */
  trail: readonly Decision[];
  open?: OpenDetails;
}

export const freshMark = (): PointMark => ({ started: false, presented: null, trail: [] });

/** The decision that stands: the last one, where taking back "offen" returns to the one before it. */
export function standing(trail: readonly Decision[]): Decision | null {
  const stack: Decision[] = [];
  for (const d of trail) {
    if (d.action === 'offen-aufgehoben') {
      if (stack[stack.length - 1]?.action === 'offen') stack.pop();
    } else stack.push(d);
  }
  return stack[stack.length - 1] ?? null;
}

/** The status of a point with this mark and this (current) text. */
export function markStatus(mark: PointMark, text: string): PointStatus {
  const d = standing(mark.trail);
  if (!d) return 'unread';
  if (d.action === 'ändern') return d.text === text ? 'änderung' : 'geändert';
  if (d.text !== text) return 'unread';
  return d.action === 'passt' ? 'bestätigt' : 'offen';
}

/** "10:07" in the local time of the machine. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

const STEP_WORDS: Record<Action, string> = {
  passt: '„Passt so“',
  ändern: '„Ändern“',
  offen: '„Als offen markieren“',
  'offen-aufgehoben': '„offen“ zurückgenommen',
};

/**
 * How the status came about, in words for the summary: every decision (the button pressed) with its time, and
 * "geändert" wherever the text changed in between — e.g. "„Ändern“ um 10:07 → geändert → „Passt so“ um 10:09".
 * For a point without a decision: whether it was read to the end, only begun, or not read at all.
 */
export function markHistory(mark: PointMark, text: string): string {
  const status = markStatus(mark, text);
  const steps: string[] = [];
  let last: string | null = null;
  for (const d of mark.trail) {
    if (last !== null && d.text !== last) steps.push('geändert');
    steps.push(`${STEP_WORDS[d.action]} um ${clockTime(d.at)}`);
    last = d.text;
  }
  if (status === 'unread' && !mark.trail.length) {
    return mark.presented === text ? 'vorgelesen, ohne Antwort' : mark.started ? 'übersprungen, bevor er zu Ende gelesen war' : 'nicht vorgelesen';
  }
  if (last !== null && last !== text) {
    steps.push(status === 'geändert' ? 'geändert, neue Fassung noch nicht bestätigt' : 'geändert, neue Fassung nicht besprochen');
  }
  return steps.join(' → ');
}

export type StatusCounts = Record<PointStatus, number>;

export function countStatuses(statuses: readonly PointStatus[]): StatusCounts {
  const n: StatusCounts = { unread: 0, bestätigt: 0, änderung: 0, geändert: 0, offen: 0 };
  for (const s of statuses) n[s]++;
  return n;
}

/** "12 bestätigt · 1 Änderung gewünscht · 0 geändert · 1 offen · 0 nicht besprochen" */
export function countsLine(n: StatusCounts): string {
  return POINT_STATUSES.map((s) => `${n[s]} ${STATUS_LABELS[s]}`).join(' · ');
}

/** The spoken end of the round: how many points have which status (statuses without points left out). */
export function countsSpoken(n: StatusCounts): string {
  const points = (k: number) => (k === 1 ? 'ein Punkt' : `${cardinal(k)} Punkte`);
  const parts = POINT_STATUSES.filter((s) => n[s]).map((s) => {
    const label = STATUS_LABELS[s];
    return `${label[0]!.toUpperCase()}${label.slice(1)}: ${points(n[s])}.`;
  });
  return ['Das war der ganze Plan.', ...parts].join(' ');
}
