/**
 * What the client says to each point of the read-aloud round, and that nothing else sets a status.
 *
 * The property tests run the round's state machine (speech/round.ts) over random event sequences — every event it
 * knows, speech results with current and stale ids, edits of the plan in between — and check after every single
 * step that only the four explicit actions ("Passt so", "Ändern", "Als offen markieren" and taking that back) add a
 * decision, each at most one and of its own kind, and that "Passt so" only counts for a wording read to the end.
 * Since a status is a function of the decisions and the text (speech/marks.ts), no status other than
 * "nicht besprochen" can arise without its own explicit action; the last property checks exactly that on the
 * final states.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../core/plan';
import { planDay } from '../language/time';
import { checkClarification } from '../checker/clarification';
import { markHistory, markStatus, standing, type Action, type Decision, type PointStatus } from '../speech/marks';
import { canConfirm, initialRound, reduceRound, statusOf, type RoundEvent, type RoundState } from '../speech/round';
import { buildScript, namedPeople, type ReadingScript } from '../speech/script';
import { clarificationClause, clarifyBy, openPointWording, proposedClarifyBy, summaryRows, summaryText } from '../speech/summary';
import { readingSummary, readingView } from '../speech/views';
import { parseReadingSummary, parseReadingView } from '../messages/index';

const PLAN: Plan = {
  date: '2026-04-15',
  sections: {
    ziel: ['Ich möchte als Lagerhelfer arbeiten.'],
    schritte: ['Ich schreibe bis zum 30.04.2026 drei Bewerbungen.', { text: 'Ich melde mich beim Staplerkurs an.', due: '2026-05-08' }],
    jobcenter: ['Frau Berger schickt mir bis zum 24.04.2026 zwei Stellenangebote.'],
    sonstiges: ['Die Kinderbetreuung ist noch nicht geklärt.'],
  },
};
/** 10:00 local time on the plan's day, and a minute later for every step. */
const T0 = new Date(2026, 3, 15, 10, 0).getTime();
const at = (minute: number) => T0 + minute * 60_000;

function run(state: RoundState, ...events: RoundEvent[]): RoundState {
  for (const e of events) state = reduceRound(state, e).state;
  return state;
}
/** Lets the engine finish every chunk of the current reading. */
function hearAll(state: RoundState): RoundState {
  for (let guard = 0; state.phase === 'speaking' && guard < 50; guard++) state = reduceRound(state, { type: 'spoken', id: state.utterance }).state;
  return state;
}
const fresh = () => initialRound(buildScript(PLAN));
const edited = (sections: Partial<Plan['sections']>): ReadingScript => buildScript({ ...PLAN, sections: { ...PLAN.sections, ...sections } });

describe('explicit agreement', () => {
  it('"Passt so" records bestätigt — only once the point was read to the end', () => {
    let s = run(fresh(), { type: 'start', at: at(0) });
    expect(canConfirm(s)).toBe(false);
    expect(run(s, { type: 'confirm', at: at(1) }).marks).toBe(s.marks); // while it is still being read: nothing
    s = hearAll(s);
    expect(canConfirm(s)).toBe(true);
    s = run(s, { type: 'confirm', at: at(1) });
    expect(statusOf(s, 0)).toBe('bestätigt');
    expect(s.marks[0]!.trail).toEqual([{ action: 'passt', text: 'Ich möchte als Lagerhelfer arbeiten.', at: at(1) }]);
    expect(s.phase).toBe('waiting'); // it stays on the point: "Weiter" moves on
    // pressed twice: one decision
    expect(run(s, { type: 'confirm', at: at(2) }).marks).toBe(s.marks);
    // "Nochmal" after it: still confirmed (same wording), and "Passt so" works during the repeat
    const again = run(s, { type: 'repeat' });
    expect(statusOf(again, 0)).toBe('bestätigt');
    expect(canConfirm(again)).toBe(true);
  });

  it('"Weiter" moves on and records nothing; a point only skipped ends "nicht besprochen"', () => {
    let s = run(fresh(), { type: 'start', at: at(0) });
    for (let i = 0; i < s.points.length; i++) s = run(hearAll(s), { type: 'next', at: at(i + 1) });
    expect(s.phase).toBe('done');
    expect(s.points.map((_, i) => statusOf(s, i))).toEqual(Array(s.points.length).fill('unread'));
    expect(s.marks.every((m) => m.trail.length === 0)).toBe(true);
    expect(markHistory(s.marks[0]!, s.points[0]!.text)).toBe('vorgelesen, ohne Antwort');
    const skipped = run(fresh(), { type: 'start' }, { type: 'next' }, { type: 'finish' });
    expect(markHistory(skipped.marks[0]!, skipped.points[0]!.text)).toBe('übersprungen, bevor er zu Ende gelesen war');
    expect(markHistory(skipped.marks[3]!, skipped.points[3]!.text)).toBe('nicht vorgelesen');
  });

  it('"Ändern" → Änderung gewünscht; the text edited → geändert; read again and "Passt so" → bestätigt, and the history says so', () => {
    const script = buildScript(PLAN, { locate: (sec, i) => ({ fieldId: `f-${sec}-${i}`, offset: 0, fieldText: '' }) });
    let s = run(initialRound(script), { type: 'start', at: at(0) });
    const step = reduceRound(s, { type: 'change', at: at(1) });
    expect(step.effects[0]).toEqual({ type: 'cancel' });
    expect(step.effects[1]).toMatchObject({ type: 'edit', point: { key: 'ziel:0', ref: { fieldId: 'f-ziel-0' } } });
    s = step.state;
    expect(s).toMatchObject({ phase: 'waiting', editing: true });
    expect(statusOf(s, 0)).toBe('änderung');
    expect(statusOf(run(s, { type: 'next' }), 0)).toBe('änderung'); // "Weiter" leaves the wish standing
    s = run(s, { type: 'update', script: edited({ ziel: ['Ich möchte als Fachkraft für Lagerlogistik arbeiten.'] }) });
    expect(statusOf(s, 0)).toBe('geändert');
    expect(markHistory(s.marks[0]!, s.points[0]!.text)).toBe('„Ändern“ um 10:01 → geändert, neue Fassung noch nicht bestätigt');
    // the new wording was not heard yet: "Passt so" does nothing
    expect(canConfirm(s)).toBe(false);
    expect(run(s, { type: 'confirm', at: at(2) }).marks).toBe(s.marks);
    s = run(hearAll(run(s, { type: 'repeat' })), { type: 'confirm', at: at(3) });
    expect(statusOf(s, 0)).toBe('bestätigt');
    expect(markHistory(s.marks[0]!, s.points[0]!.text)).toBe('„Ändern“ um 10:01 → geändert → „Passt so“ um 10:03');
  });

  it('a confirmed point edited afterwards is "nicht besprochen" again: a decision holds for the wording it was given on', () => {
    let s = run(hearAll(run(fresh(), { type: 'start' })), { type: 'confirm', at: at(1) });
    s = run(s, { type: 'update', script: edited({ ziel: ['Ich möchte im Lager arbeiten.'] }) });
    expect(statusOf(s, 0)).toBe('unread');
    expect(markHistory(s.marks[0]!, s.points[0]!.text)).toBe('„Passt so“ um 10:01 → geändert, neue Fassung nicht besprochen');
  });

  it('"Als offen markieren" records offen with the proposed date; taken back, the decision before it stands again', () => {
    let s = run(hearAll(run(fresh(), { type: 'start' })), { type: 'confirm', at: at(1) }, { type: 'open', by: '2026-04-29', at: at(2) });
    expect(statusOf(s, 0)).toBe('offen');
    expect(s.marks[0]!.open).toEqual({ by: '2026-04-29', person: '' });
    s = run(s, { type: 'details', person: 'Frau Berger', at: at(3) }, { type: 'details', by: '2026-05-06', at: at(3) });
    expect(s.marks[0]!.open).toEqual({ by: '2026-05-06', person: 'Frau Berger' });
    expect(readingView(s)).toMatchObject({ status: 'offen', open: { by: '2026-05-06', person: 'Frau Berger' } });
    expect(run(s, { type: 'open', at: at(4) }).marks).toBe(s.marks); // already open
    s = run(s, { type: 'withdraw', at: at(5) });
    expect(statusOf(s, 0)).toBe('bestätigt');
    expect(markHistory(s.marks[0]!, s.points[0]!.text)).toBe('„Passt so“ um 10:01 → „Als offen markieren“ um 10:02 → „offen“ zurückgenommen um 10:05');
    expect(run(s, { type: 'withdraw', at: at(6) }).marks).toBe(s.marks); // nothing to take back
  });

  it('decisions follow their points when the plan is edited around them', () => {
    let s = hearAll(run(fresh(), { type: 'start' }, { type: 'goto', point: 3 })); // schritte:1
    s = run(s, { type: 'open', at: at(1) });
    s = hearAll(run(s, { type: 'goto', point: 4 })); // jobcenter:0
    s = run(s, { type: 'confirm', at: at(2) });
    s = run(s, { type: 'update', script: edited({ schritte: ['Ich lese den Brief.', ...PLAN.sections.schritte!] }) });
    const byKey = Object.fromEntries(s.points.map((p, i) => [p.key, statusOf(s, i)]));
    expect(byKey).toMatchObject({ 'schritte:0': 'unread', 'schritte:1': 'unread', 'schritte:2': 'offen', 'jobcenter:0': 'bestätigt' });
  });

  it('stop, finish, pause, time-outs and failures decide nothing', () => {
    let s = run(fresh(), { type: 'start' });
    s = run(s, { type: 'timeout', id: s.utterance });
    s = run(s, { type: 'failed', id: s.utterance }, { type: 'pause' }, { type: 'resume' }, { type: 'stop' }, { type: 'start' }, { type: 'finish' });
    expect(s.points.map((_, i) => statusOf(s, i))).toEqual(Array(s.points.length).fill('unread'));
  });
});

// ───────────────────────────── properties ─────────────────────────────

const EXPLICIT: Record<string, Action> = { confirm: 'passt', change: 'ändern', open: 'offen', withdraw: 'offen-aufgehoben' };
const VARIANTS: ReadingScript[] = [
  buildScript(PLAN),
  edited({ ziel: ['Ich möchte als Fachkraft für Lagerlogistik arbeiten.'] }),
  edited({ schritte: ['Ich lese den Brief.', ...PLAN.sections.schritte!] }),
  edited({ jobcenter: [] }),
  edited({ sonstiges: ['Die Kinderbetreuung klärt Frau Berger bis Ende April.', 'Ich suche eine Kita.'] }),
  buildScript({ sections: {} }, { announceEmpty: false }),
];

/** An event as generated: speech results name which id they answer ('now': the chunk being spoken). */
type GenEvent = RoundEvent | { type: 'spoken' | 'timeout' | 'failed' | 'interrupted'; id: 'now' | number } | { type: 'update'; variant: number };
const genEvent: fc.Arbitrary<GenEvent> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<GenEvent>({ type: 'spoken', id: 'now' }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('spoken' as const, 'timeout' as const, 'failed' as const, 'interrupted' as const), id: fc.oneof(fc.constant('now' as const), fc.integer({ min: 0, max: 40 })) }) },
  { weight: 4, arbitrary: fc.constantFrom<GenEvent>({ type: 'next' }, { type: 'previous' }, { type: 'repeat' }, { type: 'pause' }, { type: 'resume' }) },
  { weight: 1, arbitrary: fc.constantFrom<GenEvent>({ type: 'start' }, { type: 'stop' }, { type: 'finish' }, { type: 'config', maxWords: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 8 }).map((point): GenEvent => ({ type: 'goto', point })) },
  { weight: 3, arbitrary: fc.constantFrom<GenEvent>({ type: 'confirm' }, { type: 'change' }, { type: 'open', by: '2026-04-29' }, { type: 'withdraw' }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('details' as const), person: fc.constantFrom('Frau Berger', '', 'das Jobcenter') }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: VARIANTS.length - 1 }).map((variant): GenEvent => ({ type: 'update', variant })) },
);

function concrete(e: GenEvent, state: RoundState, i: number): RoundEvent {
  const stamp = at(i + 1);
  if (e.type === 'update' && 'variant' in e) return { type: 'update', script: VARIANTS[e.variant]!, at: stamp };
  if ('id' in e && e.id === 'now') return { ...e, id: state.utterance, at: stamp } as RoundEvent;
  return { ...(e as RoundEvent), at: stamp };
}
const key = (d: Decision) => `${d.action}|${d.at}|${d.text}`;
const allDecisions = (s: RoundState) => new Set(s.marks.flatMap((m) => m.trail.map(key)));
/** Every sequence starts the round (a round that never starts has nothing to decide); "start" may come again later. */
const SEQUENCES = fc.array(genEvent, { minLength: 1, maxLength: 80 }).map((events): GenEvent[] => [{ type: 'start' }, ...events]);
const statusNeeds: Record<Exclude<PointStatus, 'unread'>, Action> = { bestätigt: 'passt', offen: 'offen', änderung: 'ändern', geändert: 'ändern' };

describe('the round is honest by construction (fast-check, random event sequences)', () => {
  it('after every step: only an explicit action adds a decision — one, of its own kind, stamped with its own time', () => {
    fc.assert(
      fc.property(SEQUENCES, (events) => {
        let s = fresh();
        events.forEach((g, i) => {
          const e = concrete(g, s, i);
          const before = allDecisions(s);
          const next = reduceRound(s, e).state;
          const added = [...allDecisions(next)].filter((k) => !before.has(k));
          const action = EXPLICIT[e.type];
          if (!action) expect(added).toEqual([]);
          else {
            expect(added.length).toBeLessThanOrEqual(1);
            if (added.length) expect(added[0]!.startsWith(`${action}|${e.at}|`)).toBe(true);
          }
          // "Passt so" counts only for the wording that was read to the end
          if (e.type === 'confirm' && added.length) {
            expect(s.marks[s.current]!.presented).toBe(s.points[s.current]!.text);
            expect(added[0]).toBe(`passt|${e.at}|${s.points[s.current]!.text}`);
          }
          s = next;
        });
      }),
      { numRuns: 400 },
    );
  });

  it('no status but "nicht besprochen" without its own explicit action: each status rests on a decision of its kind', () => {
    fc.assert(
      fc.property(SEQUENCES, (events) => {
        let s = fresh();
        const explicitAt = new Map<number, string>();
        events.forEach((g, i) => {
          const e = concrete(g, s, i);
          if (EXPLICIT[e.type]) explicitAt.set(e.at!, e.type);
          s = reduceRound(s, e).state;
        });
        s.points.forEach((p, i) => {
          const status = markStatus(s.marks[i]!, p.text);
          if (status === 'unread') return;
          const d = standing(s.marks[i]!.trail)!;
          expect(d.action).toBe(statusNeeds[status]);
          expect(explicitAt.get(d.at)).toBe(Object.keys(EXPLICIT).find((k) => EXPLICIT[k] === d.action));
          if (status !== 'geändert') expect(d.text).toBe(p.text);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('without any explicit action, every point ends "nicht besprochen"', () => {
    const passive = SEQUENCES.map((events) => events.filter((e) => !EXPLICIT[e.type]));
    fc.assert(
      fc.property(passive, (events) => {
        let s = fresh();
        events.forEach((g, i) => (s = reduceRound(s, concrete(g, s, i)).state));
        expect(s.points.every((_, i) => statusOf(s, i) === 'unread')).toBe(true);
        expect(s.marks.every((m) => m.trail.length === 0)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

// ───────────────────────────── open points and the summary ─────────────────────────────

describe('open points and the summary', () => {
  it('suggests the next working day two weeks on', () => {
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    expect(iso(clarifyBy(planDay('2026-04-15')))).toBe('2026-04-29'); // Wednesday
    expect(iso(clarifyBy(planDay('2026-04-17')))).toBe('2026-05-04'); // 1 May is a Friday holiday
    expect(iso(clarifyBy(planDay('2026-04-18')))).toBe('2026-05-04'); // Saturday → Monday
    expect(iso(clarifyBy(planDay('2026-03-23')))).toBe('2026-04-07'); // Easter Monday
    expect(iso(clarifyBy(planDay('2026-04-30')))).toBe('2026-05-15'); // Ascension Day, 14 May
    expect(iso(clarifyBy(planDay('2026-12-11')))).toBe('2026-12-28'); // Christmas
    expect(proposedClarifyBy(new Date(2026, 3, 15, 23, 30))).toBe('2026-04-29'); // the local day, late in the evening too
  });

  it('words an open point: "Offen: … – Klärung bis <date> mit <person>"', () => {
    expect(openPointWording('Die Kinderbetreuung ist noch nicht geklärt.', '2026-04-29', 'Frau Berger'))
      .toBe('Offen: Die Kinderbetreuung ist noch nicht geklärt – Klärung bis 29.04.2026 mit Frau Berger');
    expect(openPointWording('Die Kinderbetreuung ist noch nicht geklärt.', '2026-04-29')).toBe('Offen: Die Kinderbetreuung ist noch nicht geklärt – Klärung bis 29.04.2026');
    expect(clarificationClause('2026-04-29', 'Herr Nowak')).toBe('Klärung bis 29.04.2026 mit Herrn Nowak');
    expect(clarificationClause('2026-04-29', 'Herrn Nowak')).toBe('Klärung bis 29.04.2026 mit Herrn Nowak');
  });

  it('offers the people the plan names, not the client named as an object', () => {
    const plan: Plan = { sections: { jobcenter: ['Frau Berger schickt Herrn Nowak bis zum 24.04.2026 zwei Angebote.', 'Herr Dr. Schäfer lädt mich ein.'], schritte: ['Ich rufe Frau Berger an.'] } };
    expect(namedPeople(plan)).toEqual(['Frau Berger', 'Herr Dr. Schäfer']);
  });

  it('the checker flags an open point without a person as it flags a commitment without one', () => {
    expect(checkClarification('Klärung bis 29.04.2026')).toMatchObject({ category: 'missing-counterpart', title: 'Niemand namentlich zuständig' });
    expect(checkClarification('Klärung bis 29.04.2026 mit dem Jobcenter')).toMatchObject({ category: 'missing-counterpart', message: expect.stringMatching(/^„Jobcenter“ ist keine Person/) });
    expect(checkClarification('Klärung bis 29.04.2026 mit meiner Ansprechpartnerin')).toMatchObject({ category: 'counterpart-role-only' });
    expect(checkClarification('Klärung bis 29.04.2026 mit Frau Berger')).toBeNull();
    expect(checkClarification(clarificationClause('2026-04-29', 'Herr Nowak'))).toBeNull();
  });

  it('the summary: the time of the round, every status with how it came about, open points with the checker\'s note', () => {
    let s = run(fresh(), { type: 'start', at: at(2) });
    s = run(hearAll(s), { type: 'confirm', at: at(3) }, { type: 'next', at: at(3) }); // ziel: Passt so
    s = run(hearAll(s), { type: 'open', by: '2026-04-29', at: at(4) }, { type: 'next', at: at(4) }); // zwischenziel (empty): offen, nobody named
    s = run(hearAll(s), { type: 'change', at: at(5) }, { type: 'next', at: at(6) }); // schritte:0: Ändern, then moved on; schritte:1 skipped
    s = run(s, { type: 'goto', point: 6, at: at(7) });
    s = run(hearAll(s), { type: 'open', by: '2026-05-06', at: at(8) }, { type: 'details', person: 'Frau Berger', at: at(8) }, { type: 'finish', at: at(9) });
    const text = summaryText(s, new Date(at(20)), checkClarification);
    expect(text).toBe([
      'Kooperationsplan – Punkt für Punkt vorgelesen am 15.04.2026, 10:02–10:09 Uhr',
      '1 bestätigt · 1 Änderung gewünscht · 0 geändert · 2 offen · 3 nicht besprochen',
      'Ein Punkt ist nur „bestätigt“, wenn die Kundin oder der Kunde nach dem Vorlesen „Passt so“ gesagt hat; ohne Antwort bleibt er „nicht besprochen“.',
      '',
      'Mein Ziel ist',
      '1. Ich möchte als Lagerhelfer arbeiten. – bestätigt („Passt so“ um 10:03)',
      '',
      'Zunächst möchte ich Folgendes erreichen',
      '– (noch kein Eintrag) – offen („Als offen markieren“ um 10:04)',
      '',
      'Meine nächsten Schritte sind',
      '1. Ich schreibe bis zum 30.04.2026 drei Bewerbungen. – Änderung gewünscht („Ändern“ um 10:05)',
      '2. Ich melde mich beim Staplerkurs an. (bis 08.05.2026) – nicht besprochen (übersprungen, bevor er zu Ende gelesen war)',
      '',
      'Mein Jobcenter unterstützt mich durch',
      '1. Frau Berger schickt mir bis zum 24.04.2026 zwei Stellenangebote. – nicht besprochen (nicht vorgelesen)',
      '',
      'Zusätzlich unterstützt mich',
      '– (noch kein Eintrag) – nicht besprochen (nicht vorgelesen)',
      '',
      'Was sonst noch wichtig ist',
      '1. Die Kinderbetreuung ist noch nicht geklärt. – offen („Als offen markieren“ um 10:08)',
      '',
      'Offene Punkte (Vorschlag für den Plan):',
      'Offen: Zunächst möchte ich Folgendes erreichen (noch kein Eintrag) – Klärung bis 29.04.2026',
      '  Hinweis – Niemand namentlich zuständig: Wer im Jobcenter? Nennen Sie die Person, die sich darum kümmert, mit Namen (z. B. „Frau Lindner“).',
      'Offen: Die Kinderbetreuung ist noch nicht geklärt – Klärung bis 06.05.2026 mit Frau Berger',
    ].join('\n'));
    // the print view gets the same, through a message that fits its schema
    const summary = readingSummary(s, new Date(at(20)), checkClarification);
    expect(parseReadingSummary(summary)).toEqual(summary);
    expect(summary.text).toBe(text);
    expect(summary.rows[1]!.open).toMatchObject({ by: '2026-04-29', person: '', flag: { title: 'Niemand namentlich zuständig' } });
    expect(summary.rows[6]!.open).toMatchObject({ by: '2026-05-06', person: 'Frau Berger', flag: null });
    expect(parseReadingView(readingView(s))).toEqual(readingView(s));
  });

  it('an open point without a chosen date gets the proposed one (two weeks, next working day)', () => {
    const s = run(hearAll(run(fresh(), { type: 'start', at: at(0) })), { type: 'open', at: at(1) });
    expect(summaryRows(s, new Date(at(2)))[0]!.open).toMatchObject({ by: '2026-04-29', wording: 'Offen: Ich möchte als Lagerhelfer arbeiten – Klärung bis 29.04.2026' });
  });
});
