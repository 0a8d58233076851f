/** The read-aloud mode's plain helpers and its messages (zod): client view, summary, reveal, announcements. */
import { describe, expect, it } from 'vitest';
import { announcement, readingSummary, readingView, revealMessage } from '../../speech/views';
import { parseReadAloud, parseReadingSummary, parseReadingView } from '../../messages/index';
import type { Plan } from '../../core/plan';
import { initialRound, reduceRound, type RoundEvent, type RoundState } from '../../speech/round';
import { buildScript } from '../../speech/script';

const PLAN: Plan = {
  sections: {
    ziel: ['Ich möchte als Lagerhelfer arbeiten.'],
    schritte: [{ text: 'Ich schreibe drei Bewerbungen.', due: '2026-12-04' }],
  },
};
const locate = (section: string, entry: number) =>
  section === 'schritte' && entry === 0 ? { fieldId: 'f2', offset: 5, fieldText: 'Text Ich schreibe drei Bewerbungen.' } : undefined;
const script = () => buildScript(PLAN, { announceEmpty: false, locate });
const run = (events: RoundEvent[], s: RoundState = initialRound(script())) => events.reduce((st, e) => reduceRound(st, e).state, s);

describe('client view data', () => {
  it('nothing before the round starts; then the current point with heading, position and status', () => {
    expect(readingView(initialRound(script()))).toBeNull();
    expect(readingView(null)).toBeNull();
    const s = run([{ type: 'start' }, { type: 'spoken', id: 1 }, { type: 'spoken', id: 2 }, { type: 'next' }]);
    const v = readingView(s)!;
    expect(v).toEqual({
      phase: 'speaking', heading: 'Meine nächsten Schritte sind', text: 'Ich schreibe drei Bewerbungen.', due: '2026-12-04', empty: false,
      number: 1, of: 1, position: 2, total: 2, status: 'unread', statusLabel: 'nicht besprochen',
    });
    expect(parseReadingView(v)).toEqual(v);
  });
  it('the answer given goes to the client view: the status, and for an open point its date and person', () => {
    const s = run([{ type: 'start' }, { type: 'spoken', id: 1 }, { type: 'spoken', id: 2 }, { type: 'confirm' }]);
    expect(readingView(s)).toMatchObject({ phase: 'waiting', status: 'bestätigt', statusLabel: 'bestätigt', position: 1, total: 2 });
    const o = run([{ type: 'open', by: '2026-12-04', person: 'Frau Berger' }], s);
    expect(readingView(o)).toMatchObject({ status: 'offen', open: { by: '2026-12-04', person: 'Frau Berger' } });
    expect(parseReadingView(readingView(o))).toEqual(readingView(o));
  });
});

describe('highlight in the form', () => {
  it('the point\'s text in its field; nothing for an empty section or a point without a field', () => {
    const points = script().points;
    expect(revealMessage(points[1]!)).toEqual({ type: 'klarplan/reveal', fieldId: 'f2', start: 5, end: 35 });
    expect(revealMessage(points[0]!)).toBeNull();
    const empty = buildScript({ sections: {} }).points[0]!;
    expect(revealMessage(empty)).toBeNull();
    // a field shorter than the point (it changed since): the range stays inside it
    expect(revealMessage({ ...points[1]!, ref: { fieldId: 'f2', offset: 5, fieldText: 'short' } })).toEqual({ type: 'klarplan/reveal', fieldId: 'f2', start: 5, end: 5 });
  });
});

describe('screen-reader announcements (polite, short, never over the speech)', () => {
  it('quiet while speaking; the point and the choices when the round waits; status changes; pause, stop, end', () => {
    const s0 = initialRound(script());
    const s1 = run([{ type: 'start' }], s0);
    expect(announcement(s0, s1)).toBe('');
    const s2 = run([{ type: 'spoken', id: 1 }], s1);
    expect(announcement(s1, s2)).toBe('');
    const s3 = run([{ type: 'spoken', id: 2 }], s2);
    expect(announcement(s2, s3)).toBe('Punkt 1 von 2 gelesen. Passt so, Ändern, offen, Nochmal oder Weiter?');
    expect(announcement(s3, s3)).toBe('');
    const s3b = run([{ type: 'confirm' }], s3);
    expect(announcement(s3, s3b)).toBe('Punkt 1 von 2: bestätigt.');
    const s4 = run([{ type: 'open' }], s3b);
    expect(announcement(s3b, s4)).toBe('Punkt 1 von 2: offen.');
    expect(announcement(s4, run([{ type: 'withdraw' }], s4))).toBe('Punkt 1 von 2: bestätigt.');
    const s5 = run([{ type: 'change' }], s4);
    expect(announcement(s4, s5)).toBe('Punkt 1 von 2: Änderung gewünscht.');
    const s6 = run([{ type: 'repeat' }], s5);
    const s7 = run([{ type: 'pause' }], s6);
    expect(announcement(s6, s7)).toBe('Pause.');
    const s8 = run([{ type: 'stop' }], s7);
    expect(announcement(s7, s8)).toBe('Vorlesen beendet. Die Zusammenfassung steht unten.');
    // the last "Weiter" ends the round: the end is announced
    const a = run([{ type: 'start', from: 1 }, { type: 'spoken', id: 1 }, { type: 'spoken', id: 2 }, { type: 'spoken', id: 3 }]);
    const b = run([{ type: 'next' }], a);
    expect(b.phase).toBe('done');
    expect(announcement(a, b)).toBe('Der Plan ist vorgelesen. Die Zusammenfassung steht unten.');
  });
});

describe('messages of the mode', () => {
  it('the summary for the print view fits its schema', () => {
    const start = new Date(2026, 10, 20, 9, 0).getTime();
    const s = run([{ type: 'start', at: start }, { type: 'spoken', id: 1 }, { type: 'spoken', id: 2 }, { type: 'open', at: start + 60_000 }, { type: 'stop', at: start + 120_000 }]);
    const summary = readingSummary(s, new Date(start + 600_000));
    expect(parseReadingSummary(summary)).toEqual(summary);
    expect(summary.rows.map((r) => r.label)).toEqual(['offen', 'nicht besprochen']);
    expect(summary.rows[0]!.open!.wording).toBe('Offen: Ich möchte als Lagerhelfer arbeiten – Klärung bis 04.12.2026');
    expect(summary.time).toBe('am 20.11.2026, 09:00–09:02 Uhr');
    expect(summary.title).toBe('Kooperationsplan – Punkt für Punkt vorgelesen am 20.11.2026, 09:00–09:02 Uhr');
  });
  it('unknown or malformed messages are dropped', () => {
    expect(parseReadAloud({ type: 'klarplan/read-aloud' })).toEqual({ type: 'klarplan/read-aloud' });
    expect(parseReadAloud({ type: 'klarplan/reading', view: null })).toEqual({ type: 'klarplan/reading', view: null });
    expect(parseReadAloud({ type: 'klarplan/speak', text: 'x' })).toBeNull();
    expect(parseReadAloud({ type: 'klarplan/reading', view: { phase: 'waiting' } })).toBeNull();
    expect(parseReadingView({ phase: 'waiting', heading: 'x', text: 'y', empty: false, number: -1, of: 1, position: 1, total: 1, status: 'unread', statusLabel: '' })).toBeNull();
    expect(parseReadingSummary(null)).toBeNull();
    expect(parseReadingSummary({ title: '1', time: '', legend: '', counts: {}, rows: [], text: '' })).toBeNull();
    expect(parseReadingView({ phase: 'waiting', heading: 'x', text: 'y', empty: false, number: 1, of: 1, position: 1, total: 1, status: 'bestätigt ', statusLabel: '' })).toBeNull();
  });
});
