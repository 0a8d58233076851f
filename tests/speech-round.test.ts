/** The read-aloud round: script (plan order, headings, empty sections) and the pure state machine. */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../core/plan';
import { planDay } from '../language/time';
import { chunkForSpeech, maxWordsForRate } from '../speech/chunks';
import { buildScript } from '../speech/script';
import {
  clarifyBy, eventForKey, initialRound, openPointWording, reduceRound, summaryRows, summaryText,
  type RoundEffect, type RoundEvent, type RoundState,
} from '../speech/round';

const PLAN: Plan = {
  date: '2026-04-15',
  sections: {
    ziel: ['Ich möchte als Lagerhelfer arbeiten.'],
    schritte: [
      'Ich schreibe bis zum 30.04.2026 drei Bewerbungen.',
      { text: 'Ich melde mich beim Staplerkurs an.', due: '2026-05-08' },
    ],
    jobcenter: [],
    sonstiges: ['Die Kinderbetreuung ist noch nicht geklärt.'],
  },
};

/** Runs events one after the other; returns the last state and every effect in order. */
function run(state: RoundState, ...events: RoundEvent[]): { state: RoundState; effects: RoundEffect[] } {
  const effects: RoundEffect[] = [];
  for (const e of events) {
    const step = reduceRound(state, e);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}
/** Lets the engine finish every chunk of the current reading; returns the texts spoken on the way. */
function hearAll(state: RoundState): { state: RoundState; said: string[] } {
  const said: string[] = [];
  for (let guard = 0; state.phase === 'speaking' && guard < 50; guard++) {
    said.push(state.queue[state.chunk]!);
    state = reduceRound(state, { type: 'spoken', id: state.utterance }).state;
  }
  return { state, said };
}
const speaks = (effects: RoundEffect[]) => effects.filter((e) => e.type === 'speak').map((e) => (e as { text: string }).text);
const fresh = () => initialRound(buildScript(PLAN));

describe('reading script', () => {
  const script = buildScript(PLAN, { locate: (s, i) => ({ fieldId: `f-${s}`, offset: i * 10, fieldText: '…' }) });
  it('follows plan order with the six headings, empty sections announced', () => {
    expect(script.items.map((i) => (i.kind === 'heading' ? `# ${i.text}` : i.key))).toEqual([
      '# Mein Ziel ist', 'ziel:0',
      '# Zunächst möchte ich Folgendes erreichen', 'zwischenziel:leer',
      '# Meine nächsten Schritte sind', 'schritte:0', 'schritte:1',
      '# Mein Jobcenter unterstützt mich durch', 'jobcenter:leer',
      '# Zusätzlich unterstützt mich', 'dritte:leer',
      '# Was sonst noch wichtig ist', 'sonstiges:0',
    ]);
    const empty = script.points.find((p) => p.key === 'jobcenter:leer')!;
    expect(empty).toMatchObject({ empty: true, entry: null, text: '', spoken: 'Noch kein Eintrag.' });
  });
  it('leaves empty sections out on request', () => {
    expect(buildScript(PLAN, { announceEmpty: false }).points.map((p) => p.key)).toEqual(['ziel:0', 'schritte:0', 'schritte:1', 'sonstiges:0']);
  });
  it('prepares the text for the ear and adds the "bis wann" date unless the text says it', () => {
    const [, first, second] = script.points.filter((p) => p.section !== 'zwischenziel');
    expect(first!.spoken).toBe('Ich schreibe bis zum dreißigsten April zweitausendsechsundzwanzig drei Bewerbungen.');
    expect(second!.spoken).toBe('Ich melde mich beim Staplerkurs an. Bis zum achten Mai zweitausendsechsundzwanzig.');
    expect(second).toMatchObject({ number: 2, of: 2, due: '2026-05-08', text: 'Ich melde mich beim Staplerkurs an.' });
    const dated = buildScript({ sections: { schritte: [{ text: 'Ich schreibe bis zum 30.04.2026 drei Bewerbungen.', due: '2026-04-30' }] } });
    expect(dated.points.find((p) => p.section === 'schritte')!.spoken).not.toContain('Bis zum');
  });
  it('knows where each point stands in the form', () => {
    expect(script.points.find((p) => p.key === 'schritte:1')!.ref).toEqual({ fieldId: 'f-schritte', offset: 10, fieldText: '…' });
    expect(script.points.find((p) => p.key === 'jobcenter:leer')!.ref).toBeUndefined();
  });
  it('skips blank entries', () => {
    const s = buildScript({ sections: { schritte: ['  ', 'Ich gehe hin.'] } }, { announceEmpty: false });
    expect(s.points.map((p) => [p.key, p.number, p.of])).toEqual([['schritte:1', 1, 1]]);
  });
});

describe('round: reading and waiting', () => {
  it('starts with the heading, cancels first, speaks chunk by chunk and then waits', () => {
    const { state, effects } = run(fresh(), { type: 'start' });
    expect(effects[0]).toEqual({ type: 'cancel' });
    expect(speaks(effects)).toEqual(['Mein Ziel ist:']);
    expect(state.phase).toBe('speaking');
    const heard = hearAll(state);
    expect(heard.said).toEqual(['Mein Ziel ist:', 'Ich möchte als Lagerhelfer arbeiten.']);
    expect(heard.state.phase).toBe('waiting');
    expect(heard.state.current).toBe(0);
    // no auto-advance: nothing more to say until the next choice
    expect(heard.state.utterance).toBe(0);
  });

  it('"Weiter" confirms the point heard and reads the next one, with its heading when the section changes', () => {
    let s = hearAll(run(fresh(), { type: 'start' }).state).state;
    let r = run(s, { type: 'next' });
    expect(r.state.marks[0]!.status).toBe('bestätigt');
    expect(speaks(r.effects)).toEqual(['Zunächst möchte ich Folgendes erreichen:']);
    expect(hearAll(r.state).said).toEqual(['Zunächst möchte ich Folgendes erreichen:', 'Noch kein Eintrag.']);
    s = hearAll(r.state).state;
    s = hearAll(run(s, { type: 'next' }).state).state; // schritte:0 with its heading
    r = run(s, { type: 'next' });
    expect(r.state.points[r.state.current]!.key).toBe('schritte:1');
    // same section: no heading
    expect(hearAll(r.state).said).toEqual(['Ich melde mich beim Staplerkurs an.', 'Bis zum achten Mai zweitausendsechsundzwanzig.']);
  });

  it('ignores the end of a chunk that is no longer being spoken', () => {
    const started = run(fresh(), { type: 'start' }).state;
    const oldId = started.utterance;
    const moved = run(started, { type: 'next' }).state;
    const after = reduceRound(moved, { type: 'spoken', id: oldId });
    expect(after.state).toBe(moved);
    expect(after.effects).toEqual([]);
  });

  it('a point skipped while it is read stays "nicht besprochen"', () => {
    const r = run(fresh(), { type: 'start' }, { type: 'next' });
    expect(r.state.marks[0]!.status).toBe('unread');
    expect(r.effects.filter((e) => e.type === 'cancel').length).toBe(2);
  });

  it('"Zurück" goes to the previous point and announces its heading when the section changes', () => {
    let s = hearAll(run(fresh(), { type: 'start' }).state).state;
    s = hearAll(run(s, { type: 'next' }).state).state; // zwischenziel
    s = hearAll(run(s, { type: 'next' }).state).state; // schritte:0
    const r = run(s, { type: 'previous' });
    expect(r.state.points[r.state.current]!.key).toBe('zwischenziel:leer');
    expect(speaks(r.effects)).toEqual(['Zunächst möchte ich Folgendes erreichen:']);
    expect(r.state.marks[1]!.status).toBe('bestätigt'); // unchanged by going back
    const first = run(fresh(), { type: 'start' }, { type: 'previous' }).state;
    expect(first.current).toBe(0);
  });

  it('"Nochmal" repeats the point without its heading, cancelling first', () => {
    const s = hearAll(run(fresh(), { type: 'start' }).state).state;
    const r = run(s, { type: 'repeat' });
    expect(r.effects[0]).toEqual({ type: 'cancel' });
    expect(hearAll(r.state).said).toEqual(['Ich möchte als Lagerhelfer arbeiten.']);
  });

  it('pause cancels; resume speaks the interrupted chunk again with a new id', () => {
    const s = hearAll(run(fresh(), { type: 'start' }, { type: 'goto', point: 3 }).state).state;
    const restart = run(s, { type: 'repeat' }).state;
    const chunk = restart.queue[restart.chunk];
    const paused = run(restart, { type: 'pause' });
    expect(paused.effects).toEqual([{ type: 'cancel' }]);
    expect(paused.state.phase).toBe('paused');
    // the cancelled chunk's late "end" does not move on
    expect(reduceRound(paused.state, { type: 'spoken', id: restart.utterance }).state.phase).toBe('paused');
    const resumed = run(paused.state, { type: 'resume' });
    expect(speaks(resumed.effects)).toEqual([chunk]);
    expect(resumed.state.utterance).toBeGreaterThan(restart.utterance);
    expect(resumed.state.phase).toBe('speaking');
  });

  it('a chunk that times out is cancelled and the reading goes on', () => {
    const s = run(fresh(), { type: 'start' }).state;
    const r = run(s, { type: 'timeout', id: s.utterance });
    expect(r.effects).toEqual([{ type: 'cancel' }, { type: 'speak', id: r.state.utterance, text: 'Ich möchte als Lagerhelfer arbeiten.' }]);
    const end = run(r.state, { type: 'timeout', id: r.state.utterance });
    expect(end.state.phase).toBe('waiting');
    expect(end.state.timeouts).toBe(2);
  });

  it('a failing engine ends the reading instead of hanging, and says so', () => {
    const s = run(fresh(), { type: 'start' }).state;
    const r = run(s, { type: 'failed', id: s.utterance });
    expect(r.state).toMatchObject({ phase: 'waiting', problem: 'failed', failures: 1, utterance: 0 });
    expect(run(r.state, { type: 'next' }).state.current).toBe(1);
  });

  it('speech taken over by someone else pauses the round', () => {
    const s = run(fresh(), { type: 'start' }).state;
    expect(run(s, { type: 'interrupted', id: s.utterance }).state.phase).toBe('paused');
  });

  it('long points are read in chunks of at most the configured size', () => {
    const long = 'Ich bewerbe mich jede Woche bei drei Firmen aus der Region, ' + 'und ich schreibe dazu jeweils ein Anschreiben, '.repeat(6) + 'damit alles fertig ist.';
    const st = initialRound(buildScript({ sections: { ziel: [long] } }, { announceEmpty: false }), maxWordsForRate(0.5));
    const { said } = hearAll(run(st, { type: 'start' }).state);
    expect(said.length).toBeGreaterThan(3);
    for (const c of said) expect(c.split(/\s+/).length).toBeLessThanOrEqual(15);
    expect(said.slice(1).join(' ')).toBe(long);
  });
});

describe('round: marks, changes, updates', () => {
  it('"Als offen markieren" keeps the point waiting, and "Weiter" keeps it open', () => {
    let s = hearAll(run(fresh(), { type: 'start' }).state).state;
    s = run(s, { type: 'mark', status: 'offen' }).state;
    expect(s.phase).toBe('waiting');
    s = run(s, { type: 'next' }).state;
    expect(s.marks[0]!.status).toBe('offen');
  });

  it('"Ändern" asks for a change, stops speaking and opens the point in the form', () => {
    const script = buildScript(PLAN, { locate: (sec, i) => ({ fieldId: `f-${sec}-${i}`, offset: 0, fieldText: '' }) });
    const s = run(initialRound(script), { type: 'start' }).state;
    const r = run(s, { type: 'change' });
    expect(r.effects[0]).toEqual({ type: 'cancel' });
    expect(r.effects[1]).toMatchObject({ type: 'edit', point: { key: 'ziel:0', ref: { fieldId: 'f-ziel-0' } } });
    expect(r.state).toMatchObject({ phase: 'waiting', editing: true });
    expect(r.state.marks[0]!.status).toBe('änderung');
    // "Weiter" without a new text leaves the wish standing
    expect(run(r.state, { type: 'next' }).state.marks[0]!.status).toBe('änderung');
  });

  it('the changed text replaces the point; read again and confirmed, it counts as bestätigt after a change', () => {
    let s = hearAll(run(fresh(), { type: 'start' }).state).state;
    s = run(s, { type: 'change' }).state;
    const edited: Plan = { ...PLAN, sections: { ...PLAN.sections, ziel: ['Ich möchte als Fachkraft für Lagerlogistik arbeiten.'] } };
    s = run(s, { type: 'update', script: buildScript(edited) }).state;
    expect(s.points[s.current]!.text).toBe('Ich möchte als Fachkraft für Lagerlogistik arbeiten.');
    expect(s.marks[0]!.status).toBe('änderung');
    // confirming before the new text was heard does not count
    expect(run(s, { type: 'next' }).state.marks[0]!.status).toBe('änderung');
    const heard = hearAll(run(s, { type: 'repeat' }).state);
    expect(heard.said).toEqual(['Ich möchte als Fachkraft für Lagerlogistik arbeiten.']);
    const done = run(heard.state, { type: 'next' }).state;
    expect(done.marks[0]).toMatchObject({ status: 'bestätigt', revised: true });
    expect(summaryRows(done, planDay('2026-04-15'))[0]!.label).toBe('bestätigt (nach Änderung)');
  });

  it('statuses follow their texts when an entry is inserted, and an empty section keeps its wish when filled', () => {
    let s = hearAll(run(fresh(), { type: 'start' }, { type: 'goto', point: 3 }).state).state; // schritte:1
    s = run(s, { type: 'mark', status: 'offen' }, { type: 'mark', status: 'änderung', point: 4 }).state; // jobcenter:leer
    const edited: Plan = {
      ...PLAN,
      sections: {
        ...PLAN.sections,
        schritte: ['Ich lese den Brief.', ...PLAN.sections.schritte!],
        jobcenter: ['Frau Berger schickt mir bis zum 30.04.2026 zwei Angebote.'],
      },
    };
    s = run(s, { type: 'update', script: buildScript(edited) }).state;
    const byKey = Object.fromEntries(s.points.map((p, i) => [p.key, s.marks[i]!.status]));
    expect(byKey).toMatchObject({ 'schritte:0': 'unread', 'schritte:1': 'unread', 'schritte:2': 'offen', 'jobcenter:0': 'änderung' });
    expect(s.points[s.current]!.key).toBe('schritte:2');
  });
});

describe('round: stop, finish, keys', () => {
  it('stop always cancels, in every phase', () => {
    for (const events of [[], [{ type: 'start' }], [{ type: 'start' }, { type: 'pause' }], [{ type: 'start' }, { type: 'finish' }]] as RoundEvent[][]) {
      const s = run(fresh(), ...events).state;
      const r = reduceRound(s, { type: 'stop' });
      expect(r.effects).toEqual([{ type: 'cancel' }]);
      expect(r.state.utterance).toBe(0);
    }
    const stopped = run(fresh(), { type: 'start' }, { type: 'goto', point: 2 }, { type: 'stop' }).state;
    expect(stopped.phase).toBe('stopped');
    // nothing moves after a stop until the round is started again, then it resumes where it stopped
    expect(run(stopped, { type: 'next' }).state).toBe(stopped);
    const again = run(stopped, { type: 'start' });
    expect(again.state.current).toBe(2);
    expect(speaks(again.effects)).toEqual(['Meine nächsten Schritte sind:']);
  });

  it('"Weiter" on the last point ends the round with a spoken count', () => {
    let s = run(fresh(), { type: 'start' }).state;
    let last: RoundEffect[] = [];
    for (let i = 0; i < s.points.length; i++) {
      s = hearAll(s).state;
      if (i === 1) s = run(s, { type: 'mark', status: 'offen' }).state;
      if (i === 2) s = run(s, { type: 'change' }).state;
      const r = run(s, { type: 'next' });
      s = r.state;
      last = r.effects;
    }
    expect(s.phase).toBe('done');
    expect(last[0]).toEqual({ type: 'cancel' });
    expect(speaks(last)).toEqual(['Das war der ganze Plan. Bestätigt: fünf Punkte. Änderung gewünscht: ein Punkt. Offen: ein Punkt.']);
    // the closing words' end changes nothing, further choices do nothing
    const after = run(s, { type: 'spoken', id: s.utterance }, { type: 'next' }, { type: 'repeat' }).state;
    expect(after).toMatchObject({ phase: 'done', utterance: 0 });
  });

  it('finish ends early without confirming the current point', () => {
    const s = hearAll(run(fresh(), { type: 'start' }).state).state;
    const r = run(s, { type: 'finish' });
    expect(r.state.phase).toBe('done');
    expect(r.state.marks[0]!.status).toBe('unread');
    expect(speaks(r.effects)[0]).toBe('Das war der ganze Plan. Nicht besprochen: sieben Punkte.');
  });

  it('an empty plan is done at once', () => {
    const r = run(initialRound(buildScript({ sections: {} }, { announceEmpty: false })), { type: 'start' });
    expect(r.state.phase).toBe('done');
    expect(speaks(r.effects)).toEqual([]);
  });

  it('maps the keys of the mode', () => {
    const speaking = run(fresh(), { type: 'start' }).state;
    const paused = run(speaking, { type: 'pause' }).state;
    const waiting = hearAll(speaking).state;
    expect(eventForKey(' ', speaking)).toEqual({ type: 'pause' });
    expect(eventForKey(' ', paused)).toEqual({ type: 'resume' });
    expect(eventForKey(' ', waiting)).toBeNull();
    expect(eventForKey('ArrowRight', waiting)).toEqual({ type: 'next' });
    expect(eventForKey('ArrowLeft', waiting)).toEqual({ type: 'previous' });
    expect(eventForKey('r', waiting)).toEqual({ type: 'repeat' });
    expect(eventForKey('R', waiting)).toEqual({ type: 'repeat' });
    expect(eventForKey('Escape', waiting)).toEqual({ type: 'stop' });
    expect(eventForKey('x', waiting)).toBeNull();
  });
});

describe('summary', () => {
  it('suggests the next working day two weeks on', () => {
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    expect(iso(clarifyBy(planDay('2026-04-15')))).toBe('2026-04-29'); // Wednesday
    expect(iso(clarifyBy(planDay('2026-04-17')))).toBe('2026-05-04'); // 1 May is a Friday holiday
    expect(iso(clarifyBy(planDay('2026-04-18')))).toBe('2026-05-04'); // Saturday → Monday
    expect(iso(clarifyBy(planDay('2026-03-23')))).toBe('2026-04-07'); // Easter Monday
    expect(iso(clarifyBy(planDay('2026-04-30')))).toBe('2026-05-15'); // Ascension Day, 14 May
    expect(iso(clarifyBy(planDay('2026-12-11')))).toBe('2026-12-28'); // Christmas
  });

  it('words an open point', () => {
    expect(openPointWording('Die Kinderbetreuung ist noch nicht geklärt.', planDay('2026-04-29')))
      .toBe('Offen: Die Kinderbetreuung ist noch nicht geklärt – Klärung bis 29.04.2026');
  });

  it('lists every point under its heading with its status, ready for the case file', () => {
    let s = run(fresh(), { type: 'start' }).state;
    s = hearAll(s).state; // ziel: Weiter → bestätigt
    s = run(s, { type: 'next' }).state;
    s = hearAll(s).state; // zwischenziel (empty): offen
    s = run(s, { type: 'mark', status: 'offen' }, { type: 'next' }).state;
    s = hearAll(s).state; // schritte:0: Ändern
    s = run(s, { type: 'change' }, { type: 'next' }).state; // schritte:1 skipped while read
    s = run(s, { type: 'goto', point: 6 }).state;
    s = hearAll(s).state; // sonstiges: offen
    s = run(s, { type: 'mark', status: 'offen' }, { type: 'finish' }).state;
    expect(summaryText(s, planDay('2026-04-15'))).toBe([
      'Kooperationsplan – Punkt für Punkt vorgelesen am 15.04.2026',
      '1 bestätigt · 1 Änderung gewünscht · 2 offen · 3 nicht besprochen',
      '',
      'Mein Ziel ist',
      '1. Ich möchte als Lagerhelfer arbeiten. – bestätigt',
      '',
      'Zunächst möchte ich Folgendes erreichen',
      '– (noch kein Eintrag) – offen',
      '',
      'Meine nächsten Schritte sind',
      '1. Ich schreibe bis zum 30.04.2026 drei Bewerbungen. – Änderung gewünscht',
      '2. Ich melde mich beim Staplerkurs an. (bis 08.05.2026) – nicht besprochen',
      '',
      'Mein Jobcenter unterstützt mich durch',
      '– (noch kein Eintrag) – nicht besprochen',
      '',
      'Zusätzlich unterstützt mich',
      '– (noch kein Eintrag) – nicht besprochen',
      '',
      'Was sonst noch wichtig ist',
      '1. Die Kinderbetreuung ist noch nicht geklärt. – offen',
      '',
      'Offene Punkte (Vorschlag für den Plan):',
      'Offen: Zunächst möchte ich Folgendes erreichen (noch kein Eintrag) – Klärung bis 29.04.2026',
      'Offen: Die Kinderbetreuung ist noch nicht geklärt – Klärung bis 29.04.2026',
    ].join('\n'));
  });

  it('chunks are whole words of the text', () => {
    const t = 'Ich bringe zum Termin am dritten März meinen Lebenslauf, meine Zeugnisse, die Bescheinigung vom Arzt, die Kontoauszüge der letzten drei Monate, den Mietvertrag und die Nachweise über alle Bewerbungen seit Januar mit.';
    const chunks = chunkForSpeech(t, 10);
    expect(chunks.join(' ')).toBe(t);
    for (const c of chunks) expect(c.split(' ').length).toBeLessThanOrEqual(10);
  });
});
