/**
 * The meeting round of the read-aloud mode ("Vorlesen") as a pure state machine: `reduceRound(state, event)`
 * returns the next state and the effects to run (speak a chunk, cancel speech, open a point for editing).
 * No timers, no speech, no DOM: speech/driver.ts runs the effects against a speech engine and feeds back
 * the results (`spoken`, `timeout`, `failed`, `interrupted`), each tagged with the id of its chunk, so a late
 * answer for a chunk that was cancelled is ignored.
 *
 * Decisions (for the listener):
 * - A heading is not a step of its own: it is spoken right before a point whenever the point belongs to another
 *   section than the point read before (the first point of each section going forward, and the point one
 *   returns to going back). A step of its own would make the client confirm a heading; hearing it with the point
 *   keeps one wait per point. "Nochmal" repeats the point without its heading.
 * - After each point the round waits (no auto-advance). "Weiter" confirms the point (bestätigt) when it was read
 *   to the end in its current wording and had no status yet; a point skipped while it was being read stays
 *   "nicht besprochen". A point with "Änderung gewünscht" becomes "bestätigt" (marked as revised) only when its
 *   text has changed since and the new text was read; otherwise "Weiter" leaves the wish standing. "offen" stays.
 * - A speech failure ends the point's reading (the text is on screen; the case worker may read it out), so the
 *   round never hangs; the state says so (`problem`).
 * - "Pause" cancels the current chunk and "Weiter lesen" speaks that chunk again from its start: engines pause
 *   unreliably (chrome.tts, and speechSynthesis on Linux), chunks are short.
 */
import { germanDate } from '../language/time';
import { chunkForSpeech, MAX_WORDS } from './chunks';
import { cardinal } from './numbers';
import { headingSpoken, type PointItem, type ReadingScript } from './script';
import type { SectionKey } from '../core/plan';

export type PointStatus = 'unread' | 'bestätigt' | 'änderung' | 'offen';

export const STATUS_LABELS: Record<PointStatus, string> = {
  unread: 'nicht besprochen',
  bestätigt: 'bestätigt',
  änderung: 'Änderung gewünscht',
  offen: 'offen',
};

export type Phase = 'idle' | 'speaking' | 'paused' | 'waiting' | 'done' | 'stopped';

export interface PointMark {
  status: PointStatus;
  /** The text of the point when it was last read to the end (null: never). */
  presented: string | null;
  /** The text when "Ändern" was chosen (null: no change asked). */
  changeFor: string | null;
  /** Confirmed after its text was changed in the round. */
  revised: boolean;
}

export interface RoundState {
  phase: Phase;
  points: readonly PointItem[];
  /** One mark per point, same order. */
  marks: readonly PointMark[];
  /** The point being read or waited on. */
  current: number;
  /** The chunks of the current reading (heading first when it is announced). */
  queue: readonly string[];
  /** Index in `queue` of the chunk being spoken, or to speak again on resume. */
  chunk: number;
  /** Id of the chunk being spoken; 0 when nothing is being spoken. */
  utterance: number;
  /** Last id handed out. */
  seq: number;
  /** The point's text when its reading started (becomes `presented` when the reading ends). */
  reading: string | null;
  /** Section of the point read last (a heading is announced when this changes). */
  lastSection: SectionKey | null;
  maxWords: number;
  /** "Ändern" was chosen: the case worker is editing the point in the form. */
  editing: boolean;
  /** The last reading ended because speech failed. */
  problem: 'failed' | null;
  timeouts: number;
  failures: number;
}

export type RoundEvent =
  | { type: 'start'; from?: number }
  | { type: 'spoken'; id: number }
  | { type: 'timeout'; id: number }
  | { type: 'failed'; id: number }
  | { type: 'interrupted'; id: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'repeat' }
  | { type: 'goto'; point: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' }
  | { type: 'mark'; status: PointStatus; point?: number }
  | { type: 'change' }
  | { type: 'update'; script: ReadingScript }
  | { type: 'config'; maxWords: number }
  | { type: 'finish' };

export type RoundEffect =
  | { type: 'cancel' }
  /** Speak one chunk; answer with spoken/timeout/failed/interrupted carrying the same id. */
  | { type: 'speak'; id: number; text: string }
  /** "Ändern": focus the point's field in the form. */
  | { type: 'edit'; point: PointItem };

export interface RoundStep {
  state: RoundState;
  effects: RoundEffect[];
}

const fresh = (): PointMark => ({ status: 'unread', presented: null, changeFor: null, revised: false });

export function initialRound(script: ReadingScript, maxWords: number = MAX_WORDS): RoundState {
  return {
    phase: 'idle', points: script.points, marks: script.points.map(fresh), current: 0, queue: [], chunk: 0,
    utterance: 0, seq: 0, reading: null, lastSection: null, maxWords, editing: false, problem: null, timeouts: 0,
    failures: 0,
  };
}

const CANCEL: RoundEffect = { type: 'cancel' };
const same = (state: RoundState): RoundStep => ({ state, effects: [] });
const active = (p: Phase) => p === 'speaking' || p === 'paused' || p === 'waiting';

function setMark(state: RoundState, i: number, change: Partial<PointMark>): readonly PointMark[] {
  return state.marks.map((m, k) => (k === i ? { ...m, ...change } : m));
}

/** Starts reading point `index` (cancelling whatever is being spoken). */
function read(state: RoundState, index: number, withHeading: boolean): RoundStep {
  const p = state.points[index];
  if (!p) return same(state);
  const queue = [...(withHeading ? [headingSpoken(p.section)] : []), ...chunkForSpeech(p.spoken, state.maxWords)];
  const base: RoundState = {
    ...state, current: index, queue, chunk: 0, reading: p.text, lastSection: p.section, editing: false, problem: null,
  };
  if (!queue.length) return { state: ended({ ...base, utterance: 0 }), effects: [CANCEL] };
  const id = state.seq + 1;
  return { state: { ...base, phase: 'speaking', utterance: id, seq: id }, effects: [CANCEL, { type: 'speak', id, text: queue[0]! }] };
}

/** The reading of the current point has ended: wait. */
function ended(state: RoundState): RoundState {
  return {
    ...state, phase: 'waiting', utterance: 0, chunk: state.queue.length,
    marks: setMark(state, state.current, { presented: state.reading }),
  };
}

/** The current chunk is over (spoken or timed out): the next chunk, or wait. */
function advance(state: RoundState, first: RoundEffect[] = []): RoundStep {
  if (state.phase === 'done') return { state: { ...state, utterance: 0 }, effects: first };
  const next = state.chunk + 1;
  if (next < state.queue.length) {
    const id = state.seq + 1;
    return { state: { ...state, chunk: next, utterance: id, seq: id }, effects: [...first, { type: 'speak', id, text: state.queue[next]! }] };
  }
  return { state: ended(state), effects: first };
}

/** "Weiter" on a waiting point: confirm it when that is what the client heard and agreed to. */
function confirm(state: RoundState): readonly PointMark[] {
  const i = state.current;
  const m = state.marks[i];
  const p = state.points[i];
  if (!m || !p || state.phase !== 'waiting' || m.presented !== p.text) return state.marks;
  if (m.status === 'unread') return setMark(state, i, { status: 'bestätigt' });
  if (m.status === 'änderung' && m.changeFor !== null && m.changeFor !== p.text) {
    return setMark(state, i, { status: 'bestätigt', revised: true, changeFor: null });
  }
  return state.marks;
}

/** What is said at the end: how many points have which status. */
export function closingSpoken(state: RoundState): string {
  const n = counts(state);
  const points = (k: number) => (k === 1 ? 'ein Punkt' : `${cardinal(k)} Punkte`);
  const parts: string[] = [];
  if (n.bestätigt) parts.push(`Bestätigt: ${points(n.bestätigt)}.`);
  if (n.änderung) parts.push(`Änderung gewünscht: ${points(n.änderung)}.`);
  if (n.offen) parts.push(`Offen: ${points(n.offen)}.`);
  if (n.unread) parts.push(`Nicht besprochen: ${points(n.unread)}.`);
  return ['Das war der ganze Plan.', ...parts].join(' ');
}

function finish(state: RoundState): RoundStep {
  const done: RoundState = { ...state, phase: 'done', utterance: 0, editing: false, queue: [], chunk: 0 };
  if (!state.points.length) return { state: done, effects: [CANCEL] };
  const id = state.seq + 1;
  return { state: { ...done, utterance: id, seq: id }, effects: [CANCEL, { type: 'speak', id, text: closingSpoken(done) }] };
}

/** Carries statuses over to a new script: same text in the same section first, then edits in place. */
function remap(state: RoundState, script: ReadingScript): { marks: PointMark[]; current: number } {
  const oldPts = state.points;
  const newPts = script.points;
  const marks: PointMark[] = newPts.map(fresh);
  const from: number[] = newPts.map(() => -1);
  const used = new Set<number>();
  const sections = new Set(newPts.map((p) => p.section));
  for (const s of sections) {
    const olds = oldPts.map((p, i) => ({ p, i })).filter((x) => x.p.section === s);
    const news = newPts.map((p, i) => ({ p, i })).filter((x) => x.p.section === s);
    // unchanged texts (an empty section's placeholder only matches itself)
    for (const n of news) {
      const hit = olds.find((o) => !used.has(o.i) && o.p.empty === n.p.empty && o.p.text === n.p.text && o.p.entry === n.p.entry) ??
        olds.find((o) => !used.has(o.i) && o.p.empty === n.p.empty && o.p.text === n.p.text);
      if (hit) { used.add(hit.i); from[n.i] = hit.i; }
    }
    // edited in place: as many changed points as before, paired in order; an empty section that got its first entry
    const restOld = olds.filter((o) => !used.has(o.i));
    const restNew = news.filter((n) => from[n.i] === -1);
    if (restOld.length === restNew.length) {
      restNew.forEach((n, k) => { from[n.i] = restOld[k]!.i; used.add(restOld[k]!.i); });
    }
  }
  newPts.forEach((_, i) => { if (from[i]! >= 0) marks[i] = { ...state.marks[from[i]!]! }; });
  let current = from.indexOf(state.current);
  if (current < 0) {
    // the current point is gone: the point now at its place in the same section, else the nearest
    const old = oldPts[state.current];
    const inSection = old ? newPts.filter((p) => p.section === old.section) : [];
    current = inSection.length ? inSection[Math.min(old?.number ? old.number - 1 : 0, inSection.length - 1)]!.index : Math.min(state.current, Math.max(0, newPts.length - 1));
  }
  return { marks, current };
}

export function reduceRound(state: RoundState, event: RoundEvent): RoundStep {
  switch (event.type) {
    case 'start': {
      const from = event.from ?? (state.phase === 'stopped' ? state.current : 0);
      if (!state.points.length) return { state: { ...state, phase: 'done' }, effects: [CANCEL] };
      return read({ ...state, lastSection: null }, Math.max(0, Math.min(from, state.points.length - 1)), true);
    }
    case 'spoken':
      if (!event.id || event.id !== state.utterance) return same(state);
      return advance(state);
    case 'timeout':
      if (!event.id || event.id !== state.utterance) return same(state);
      return advance({ ...state, timeouts: state.timeouts + 1 }, [CANCEL]);
    case 'failed':
      if (!event.id || event.id !== state.utterance) return same(state);
      if (state.phase === 'done') return same({ ...state, utterance: 0, failures: state.failures + 1 });
      return { state: { ...ended(state), problem: 'failed', failures: state.failures + 1 }, effects: [CANCEL] };
    case 'interrupted':
      if (!event.id || event.id !== state.utterance) return same(state);
      if (state.phase !== 'speaking') return same({ ...state, utterance: 0 });
      return same({ ...state, phase: 'paused', utterance: 0 });
    case 'next': {
      if (!active(state.phase)) return same(state);
      const marked = { ...state, marks: confirm(state) };
      if (state.current >= state.points.length - 1) return finish(marked);
      const i = state.current + 1;
      return read(marked, i, state.points[i]!.section !== state.lastSection);
    }
    case 'previous': {
      if (!active(state.phase)) return same(state);
      const i = Math.max(0, state.current - 1);
      return read(state, i, state.points[i]!.section !== state.lastSection);
    }
    case 'goto': {
      if (state.phase === 'idle' || state.phase === 'done' || !state.points[event.point]) return same(state);
      return read(state, event.point, state.points[event.point]!.section !== state.lastSection);
    }
    case 'repeat':
      if (!active(state.phase)) return same(state);
      return read(state, state.current, false);
    case 'pause':
      if (state.phase !== 'speaking') return same(state);
      return { state: { ...state, phase: 'paused', utterance: 0 }, effects: [CANCEL] };
    case 'resume': {
      if (state.phase !== 'paused') return same(state);
      if (state.chunk >= state.queue.length) return same(ended(state));
      const id = state.seq + 1;
      return { state: { ...state, phase: 'speaking', utterance: id, seq: id }, effects: [CANCEL, { type: 'speak', id, text: state.queue[state.chunk]! }] };
    }
    case 'stop': {
      // stop always stops: the cancel goes out whatever the state
      const phase: Phase = state.phase === 'idle' || state.phase === 'done' ? state.phase : 'stopped';
      return { state: { ...state, phase, utterance: 0, editing: false }, effects: [CANCEL] };
    }
    case 'mark': {
      const i = event.point ?? state.current;
      const p = state.points[i];
      if (!p) return same(state);
      const change: Partial<PointMark> =
        event.status === 'änderung' ? { status: 'änderung', changeFor: p.text, revised: false }
        : event.status === 'unread' ? { status: 'unread', changeFor: null, revised: false }
        : { status: event.status };
      return same({ ...state, marks: setMark(state, i, change) });
    }
    case 'change': {
      if (!active(state.phase)) return same(state);
      const p = state.points[state.current]!;
      const wasSpeaking = state.phase === 'speaking';
      const marks = setMark(state, state.current, { status: 'änderung', changeFor: p.text, revised: false });
      // a point cut short is not "presented"; it waits either way
      const next: RoundState = {
        ...state, marks, phase: 'waiting', utterance: 0, editing: true,
        ...(state.phase === 'waiting' ? {} : { chunk: state.queue.length }),
      };
      return { state: next, effects: [...(wasSpeaking || state.phase === 'paused' ? [CANCEL] : []), { type: 'edit', point: p }] };
    }
    case 'update': {
      const { marks, current } = remap(state, event.script);
      const points = event.script.points;
      if (!points.length) return { state: { ...state, points, marks, current: 0, phase: state.phase === 'idle' ? 'idle' : 'done', utterance: 0 }, effects: active(state.phase) ? [CANCEL] : [] };
      return same({ ...state, points, marks, current });
    }
    case 'config':
      return same({ ...state, maxWords: Math.max(1, Math.floor(event.maxWords)) });
    case 'finish':
      if (state.phase === 'done') return same(state);
      // ending the round early confirms nothing: only "Weiter" does
      return finish(state);
  }
}

/**
 * The keys of the mode: Space pause/resume, → next, ← previous, R repeat, Esc stop. null for any other key
 * (and for Space when nothing is being spoken or paused, so Space never confirms a point by accident).
 */
export function eventForKey(key: string, state: RoundState): RoundEvent | null {
  switch (key) {
    case ' ':
    case 'Spacebar':
      return state.phase === 'speaking' ? { type: 'pause' } : state.phase === 'paused' ? { type: 'resume' } : null;
    case 'ArrowRight':
      return { type: 'next' };
    case 'ArrowLeft':
      return { type: 'previous' };
    case 'r':
    case 'R':
      return { type: 'repeat' };
    case 'Escape':
    case 'Esc':
      return { type: 'stop' };
    default:
      return null;
  }
}

// ───────────────────────────── summary ─────────────────────────────

export function counts(state: RoundState): Record<PointStatus, number> {
  const n: Record<PointStatus, number> = { unread: 0, bestätigt: 0, änderung: 0, offen: 0 };
  for (const m of state.marks) n[m.status]++;
  return n;
}

const utcDay = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Easter Sunday (Gregorian, anonymous algorithm), UTC midnight. */
function easter(y: number): Date {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcDay(y, month, day);
}

/** Public holidays in all of Germany (state holidays differ; the date is only a suggestion). */
export function isNationalHoliday(d: Date): boolean {
  const y = d.getUTCFullYear(), md = `${d.getUTCMonth() + 1}-${d.getUTCDate()}`;
  if (['1-1', '5-1', '10-3', '12-25', '12-26'].includes(md)) return true;
  const e = easter(y).getTime();
  return [-2, 1, 39, 50].some((k) => e + k * 86_400_000 === d.getTime());
}

/**
 * Suggested "Klärung bis" date: two weeks after `today`, moved to the next working day (Monday to Friday,
 * not a nationwide public holiday). `today` is read by its UTC calendar day (see language/time.ts `planDay`).
 */
export function clarifyBy(today: Date): Date {
  let d = addDays(utcDay(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()), 14);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6 || isNationalHoliday(d)) d = addDays(d, 1);
  return d;
}

/** "Offen: <point> – Klärung bis <date>" (seed 000: "Klärung bis Datum X, danach Entscheidung"). */
export function openPointWording(point: PointItem | string, by: Date): string {
  const text = typeof point === 'string' ? point : point.empty ? `${point.heading} (noch kein Eintrag)` : point.text;
  const what = text.replace(/\s+/g, ' ').trim().replace(/[.!;,:\s]+$/, '');
  return `Offen: ${what} – Klärung bis ${germanDate(by)}`;
}

export interface SummaryRow {
  point: PointItem;
  status: PointStatus;
  label: string;
  revised: boolean;
  /** For points marked "offen": the suggested wording for the plan. */
  openWording?: string;
}

export function summaryRows(state: RoundState, today: Date): SummaryRow[] {
  const by = clarifyBy(today);
  return state.points.map((point, i) => {
    const m = state.marks[i] ?? fresh();
    const label = STATUS_LABELS[m.status] + (m.revised && m.status === 'bestätigt' ? ' (nach Änderung)' : '');
    return { point, status: m.status, label, revised: m.revised, ...(m.status === 'offen' ? { openWording: openPointWording(point, by) } : {}) };
  });
}

/**
 * The round as plain text for the case file or for printing: every point under its heading with its status,
 * the counts, and the suggested wording for points marked open.
 */
export function summaryText(state: RoundState, today: Date): string {
  const rows = summaryRows(state, today);
  const n = counts(state);
  const out: string[] = [
    `Kooperationsplan – Punkt für Punkt vorgelesen am ${germanDate(today)}`,
    `${n.bestätigt} bestätigt · ${n.änderung} Änderung gewünscht · ${n.offen} offen · ${n.unread} nicht besprochen`,
  ];
  let section: SectionKey | null = null;
  for (const r of rows) {
    if (r.point.section !== section) {
      section = r.point.section;
      out.push('', r.point.heading);
    }
    const p = r.point;
    const text = p.empty ? '(noch kein Eintrag)' : p.text.replace(/\s+/g, ' ').trim();
    const due = p.due ? ` (bis ${p.due.split('-').reverse().join('.')})` : '';
    out.push(`${p.empty ? '–' : `${p.number}.`} ${text}${due} – ${r.label}`);
  }
  const open = rows.filter((r) => r.openWording);
  if (open.length) {
    out.push('', 'Offene Punkte (Vorschlag für den Plan):');
    for (const r of open) out.push(r.openWording!);
  }
  return out.join('\n');
}
