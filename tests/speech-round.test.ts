/**
 * The read-aloud round: script (plan order, headings, empty sections) and the pure state machine — reading,
 * waiting, navigation, pause, time-outs, stop, keys. What the client says to each point (and that only that
 * sets a status) is tests/speech-agreement.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Plan } from '../core/plan';
import { chunkForSpeech, maxWordsForRate } from '../speech/chunks';
import { buildScript } from '../speech/script';
import { eventForKey, initialRound, reduceRound, statusOf, type RoundEffect, type RoundEvent, type RoundState } from '../speech/round';

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

  it('"Weiter" reads the next point — recording nothing —, with its heading when the section changes', () => {
    let s = hearAll(run(fresh(), { type: 'start' }).state).state;
    let r = run(s, { type: 'next' });
    expect(statusOf(r.state, 0)).toBe('unread');
    expect(r.state.marks[0]).toMatchObject({ started: true, presented: 'Ich möchte als Lagerhelfer arbeiten.', trail: [] });
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

  it('a point skipped while it is read stays "nicht besprochen", and counts as not read to the end', () => {
    const r = run(fresh(), { type: 'start' }, { type: 'next' });
    expect(statusOf(r.state, 0)).toBe('unread');
    expect(r.state.marks[0]).toMatchObject({ started: true, presented: null });
    expect(r.effects.filter((e) => e.type === 'cancel').length).toBe(2);
  });

  it('"Zurück" goes to the previous point and announces its heading when the section changes', () => {
    let s = hearAll(run(fresh(), { type: 'start' }).state).state;
    s = hearAll(run(s, { type: 'next' }).state).state; // zwischenziel
    s = hearAll(run(s, { type: 'next' }).state).state; // schritte:0
    const r = run(s, { type: 'previous' });
    expect(r.state.points[r.state.current]!.key).toBe('zwischenziel:leer');
    expect(speaks(r.effects)).toEqual(['Zunächst möchte ich Folgendes erreichen:']);
    expect(statusOf(r.state, 1)).toBe('unread'); // going back decides nothing either
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

  it('"Weiter" on the last point ends the round with a spoken count of the statuses', () => {
    let s = run(fresh(), { type: 'start' }).state;
    let last: RoundEffect[] = [];
    for (let i = 0; i < s.points.length; i++) {
      s = hearAll(s).state;
      if (i === 0 || i === 3) s = run(s, { type: 'confirm' }).state;
      if (i === 1) s = run(s, { type: 'open' }).state;
      if (i === 2) s = run(s, { type: 'change' }).state;
      const r = run(s, { type: 'next' });
      s = r.state;
      last = r.effects;
    }
    expect(s.phase).toBe('done');
    expect(last[0]).toEqual({ type: 'cancel' });
    expect(speaks(last)).toEqual(['Das war der ganze Plan. Bestätigt: zwei Punkte. Änderung gewünscht: ein Punkt. Offen: ein Punkt. Nicht besprochen: drei Punkte.']);
    // the closing words' end changes nothing, further choices do nothing
    const after = run(s, { type: 'spoken', id: s.utterance }, { type: 'next' }, { type: 'repeat' }, { type: 'confirm' }).state;
    expect(after).toMatchObject({ phase: 'done', utterance: 0 });
    expect(after.marks).toBe(s.marks);
  });

  it('finish ends early without confirming the current point', () => {
    const s = hearAll(run(fresh(), { type: 'start' }).state).state;
    const r = run(s, { type: 'finish' });
    expect(r.state.phase).toBe('done');
    expect(statusOf(r.state, 0)).toBe('unread');
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
    expect(eventForKey('n', waiting)).toEqual({ type: 'repeat' });
    expect(eventForKey('N', waiting)).toEqual({ type: 'repeat' });
    expect(eventForKey('p', waiting)).toEqual({ type: 'confirm' });
    expect(eventForKey('ä', waiting)).toEqual({ type: 'change' });
    expect(eventForKey('A', waiting)).toEqual({ type: 'change' });
    expect(eventForKey('o', waiting)).toEqual({ type: 'open' });
    expect(eventForKey('o', run(waiting, { type: 'open' }).state)).toEqual({ type: 'withdraw' });
    expect(eventForKey('Escape', waiting)).toEqual({ type: 'stop' });
    expect(eventForKey('x', waiting)).toBeNull();
    expect(eventForKey('r', waiting)).toBeNull();
  });
});

describe('chunks', () => {
  it('chunks are whole words of the text', () => {
    const t = 'Ich bringe zum Termin am dritten März meinen Lebenslauf, meine Zeugnisse, die Bescheinigung vom Arzt, die Kontoauszüge der letzten drei Monate, den Mietvertrag und die Nachweise über alle Bewerbungen seit Januar mit.';
    const chunks = chunkForSpeech(t, 10);
    expect(chunks.join(' ')).toBe(t);
    for (const c of chunks) expect(c.split(' ').length).toBeLessThanOrEqual(10);
  });
});
