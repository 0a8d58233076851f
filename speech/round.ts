/**
 * The meeting round of the read-aloud mode ("Vorlesen") as a pure state machine: `reduceRound(state, event)`
 * returns the next state and the effects to run (speak a chunk, cancel speech, open a point for editing).
 * No timers, no speech, no DOM, no clock: speech/driver.ts runs the effects against a speech engine, feeds back
 * the results (`spoken`, `timeout`, `failed`, `interrupted`), each tagged with the id of its chunk, so a late
 * answer for a chunk that was cancelled is ignored — and stamps every event with the time (`at`).
 *
 * Decisions (for the listener):
 * - Agreement is explicit. After each point the round waits (no auto-advance) for one of: "Passt so"
 *   (`confirm`: bestätigt — only once the point's current wording was read to the end), "Ändern" (`change`:
 *   Änderung gewünscht, the point opens in the form), "Als offen markieren" (`open`, and `withdraw` to take it
 *   back), "Nochmal" (`repeat`) and "Weiter" (`next`), which moves on and records nothing. A point only skipped
 *   stays "nicht besprochen". What the decisions mean for the status is speech/marks.ts.
 * - A heading is not a step of its own: it is spoken right before a point whenever the point belongs to another
 *   section than the point read before. "Nochmal" repeats the point without its heading.
 * - A speech failure ends the point's reading (the text is on screen; the case worker may read it out), so the
 *   round never hangs; the state counts it (`failures`) and says so once (`problem`).
 * - "Pause" cancels the current chunk and "Weiter lesen" speaks that chunk again from its start: engines pause
 *   unreliably (chrome.tts, and speechSynthesis on Linux), chunks are short.
 */
import { chunkForSpeech, MAX_WORDS } from './chunks';
import { countsSpoken, countStatuses, freshMark, markStatus, standing, type Decision, type PointMark, type PointStatus, type StatusCounts } from './marks';
import { headingSpoken, type PointItem, type ReadingScript } from './script';
import type { SectionKey } from '../core/plan';

export type Phase = 'idle' | 'speaking' | 'paused' | 'waiting' | 'done' | 'stopped';

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
  /** Speech failed at least once in this round (said once; the round goes on). */
  problem: 'failed' | null;
  timeouts: number;
  failures: number;
  /** When the round started and when it last ended (ms, as stamped on the events); null: not yet. */
  startedAt: number | null;
  endedAt: number | null;
}

type Stamp = { at?: number };
export type RoundEvent = Stamp &
  (
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
    /** "Passt so": the client agrees to the point as it was just read. */
    | { type: 'confirm' }
    /** "Ändern": the client wants a change; the point opens in the form. */
    | { type: 'change' }
    /** "Als offen markieren", with the proposed "Klärung bis" date and person. */
    | { type: 'open'; by?: string; person?: string }
    /** Takes "offen" back. */
    | { type: 'withdraw' }
    /** The case worker picks the date and the person for an open point (the current one unless `point`). */
    | { type: 'details'; point?: number; by?: string; person?: string }
    | { type: 'update'; script: ReadingScript }
    | { type: 'config'; maxWords: number }
    | { type: 'finish' }
  );

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

export function initialRound(script: ReadingScript, maxWords: number = MAX_WORDS): RoundState {
  return {
    phase: 'idle', points: script.points, marks: script.points.map(freshMark), current: 0, queue: [], chunk: 0,
    utterance: 0, seq: 0, reading: null, lastSection: null, maxWords, editing: false, problem: null, timeouts: 0,
    failures: 0, startedAt: null, endedAt: null,
  };
}

const CANCEL: RoundEffect = { type: 'cancel' };
const same = (state: RoundState): RoundStep => ({ state, effects: [] });
const active = (p: Phase) => p === 'speaking' || p === 'paused' || p === 'waiting';

/** The status of point `i` as it stands. */
export function statusOf(state: RoundState, i: number): PointStatus {
  const m = state.marks[i], p = state.points[i];
  return m && p ? markStatus(m, p.text) : 'unread';
}

export function counts(state: RoundState): StatusCounts {
  return countStatuses(state.points.map((_, i) => statusOf(state, i)));
}

/** "Passt so" is possible: the round waits or reads, and the point's current wording was read to the end. */
export function canConfirm(state: RoundState): boolean {
  const m = state.marks[state.current], p = state.points[state.current];
  return active(state.phase) && !!m && !!p && m.presented === p.text;
}

/** The current point stands as "offen" (the button then takes it back). */
export function isOpen(state: RoundState): boolean {
  return statusOf(state, state.current) === 'offen';
}

function setMark(state: RoundState, i: number, change: (m: PointMark) => PointMark): readonly PointMark[] {
  return state.marks.map((m, k) => (k === i ? change(m) : m));
}
const decide = (state: RoundState, action: Decision['action'], at: number | undefined): readonly PointMark[] =>
  setMark(state, state.current, (m) => ({ ...m, trail: [...m.trail, { action, text: state.points[state.current]!.text, at: at ?? 0 }] }));

/** Starts reading point `index` (cancelling whatever is being spoken). */
function read(state: RoundState, index: number, withHeading: boolean): RoundStep {
  const p = state.points[index];
  if (!p) return same(state);
  const queue = [...(withHeading ? [headingSpoken(p.section)] : []), ...chunkForSpeech(p.spoken, state.maxWords)];
  const base: RoundState = {
    ...state, current: index, queue, chunk: 0, reading: p.text, lastSection: p.section, editing: false,
    marks: setMark(state, index, (m) => (m.started ? m : { ...m, started: true })),
  };
  if (!queue.length) return { state: ended({ ...base, utterance: 0 }), effects: [CANCEL] };
  const id = state.seq + 1;
  return { state: { ...base, phase: 'speaking', utterance: id, seq: id }, effects: [CANCEL, { type: 'speak', id, text: queue[0]! }] };
}

/** The reading of the current point has ended: wait. */
function ended(state: RoundState): RoundState {
  return {
    ...state, phase: 'waiting', utterance: 0, chunk: state.queue.length,
    marks: setMark(state, state.current, (m) => ({ ...m, presented: state.reading })),
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

/** What is said at the end: how many points have which status. */
export function closingSpoken(state: RoundState): string {
  return countsSpoken(counts(state));
}

function finish(state: RoundState, at: number | undefined): RoundStep {
  const done: RoundState = { ...state, phase: 'done', utterance: 0, editing: false, queue: [], chunk: 0, endedAt: at ?? state.endedAt };
  if (!state.points.length) return { state: done, effects: [CANCEL] };
  const id = state.seq + 1;
  return { state: { ...done, utterance: id, seq: id }, effects: [CANCEL, { type: 'speak', id, text: closingSpoken(done) }] };
}

/** Carries marks over to a new script: same text in the same section first, then edits in place. */
function remap(state: RoundState, script: ReadingScript): { marks: PointMark[]; current: number } {
  const oldPts = state.points;
  const newPts = script.points;
  const marks: PointMark[] = newPts.map(freshMark);
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
  newPts.forEach((_, i) => { if (from[i]! >= 0) marks[i] = state.marks[from[i]!]!; });
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
      const startedAt = state.startedAt ?? event.at ?? null;
      if (!state.points.length) return { state: { ...state, phase: 'done', startedAt, endedAt: event.at ?? state.endedAt }, effects: [CANCEL] };
      return read({ ...state, lastSection: null, startedAt }, Math.max(0, Math.min(from, state.points.length - 1)), true);
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
      // moves on, records nothing
      if (!active(state.phase)) return same(state);
      if (state.current >= state.points.length - 1) return finish(state, event.at);
      const i = state.current + 1;
      return read(state, i, state.points[i]!.section !== state.lastSection);
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
      const stopping = state.phase !== 'idle' && state.phase !== 'done';
      const phase: Phase = stopping ? 'stopped' : state.phase;
      return { state: { ...state, phase, utterance: 0, editing: false, endedAt: stopping ? (event.at ?? state.endedAt) : state.endedAt }, effects: [CANCEL] };
    }
    case 'confirm': {
      if (!canConfirm(state)) return same(state);
      const d = standing(state.marks[state.current]!.trail);
      if (d?.action === 'passt' && d.text === state.points[state.current]!.text) return same(state);
      return same({ ...state, marks: decide(state, 'passt', event.at), editing: false });
    }
    case 'change': {
      if (!active(state.phase)) return same(state);
      const p = state.points[state.current]!;
      const wasSpeaking = state.phase === 'speaking' || state.phase === 'paused';
      // a point cut short is not "presented"; it waits either way
      const next: RoundState = {
        ...state, marks: decide(state, 'ändern', event.at), phase: 'waiting', utterance: 0, editing: true,
        ...(state.phase === 'waiting' ? {} : { chunk: state.queue.length }),
      };
      return { state: next, effects: [...(wasSpeaking ? [CANCEL] : []), { type: 'edit', point: p }] };
    }
    case 'open': {
      if (!active(state.phase) || isOpen(state)) return same(state);
      const marks = decide(state, 'offen', event.at);
      const i = state.current;
      const prior = marks[i]!.open;
      const open = { by: event.by ?? prior?.by ?? '', person: event.person ?? prior?.person ?? '' };
      return same({ ...state, marks: marks.map((m, k) => (k === i ? { ...m, open } : m)) });
    }
    case 'withdraw':
      if (!active(state.phase) || !isOpen(state)) return same(state);
      return same({ ...state, marks: decide(state, 'offen-aufgehoben', event.at) });
    case 'details': {
      const i = event.point ?? state.current;
      const m = state.marks[i];
      if (!m || state.phase === 'idle') return same(state);
      const open = { by: event.by ?? m.open?.by ?? '', person: (event.person ?? m.open?.person ?? '').slice(0, 200) };
      return same({ ...state, marks: setMark(state, i, (x) => ({ ...x, open })) });
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
      // ending the round early decides nothing
      return finish(state, event.at);
  }
}

/** The keys of the mode, as shown on its buttons. */
export const KEYS = {
  confirm: 'P',
  change: 'Ä',
  open: 'O',
  repeat: 'N',
  next: '→',
  previous: '←',
  pause: 'Leertaste',
  stop: 'Esc',
} as const;

/**
 * The keys: P "Passt so", Ä (or A) "Ändern", O "Als offen markieren" (again: take it back), N "Nochmal",
 * → "Weiter", ← "Zurück", Space pause/resume, Esc stop. null for any other key (and for Space when nothing is
 * being spoken or paused).
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
    case 'p':
    case 'P':
      return { type: 'confirm' };
    case 'ä':
    case 'Ä':
    case 'a':
    case 'A':
      return { type: 'change' };
    case 'o':
    case 'O':
      return isOpen(state) ? { type: 'withdraw' } : { type: 'open' };
    case 'n':
    case 'N':
      return { type: 'repeat' };
    case 'Escape':
    case 'Esc':
      return { type: 'stop' };
    default:
      return null;
  }
}
