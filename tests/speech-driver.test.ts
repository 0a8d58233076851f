/**
 * The speech driver against a fake engine: time-outs, stop, pause, navigation, the voice list's time-out, the clock
 * (vitest fake timers). Which voice may speak, and the browser adapters, are tests/speech-voices.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../core/plan';
import { buildScript } from '../speech/script';
import { chunkTimeoutMs, createDriver, loadVoices, normalizeSettings, type SpeakOptions, type SpeakResult, type SpeechEngine, type Voice } from '../speech/driver';
import { statusOf } from '../speech/round';

type Mode = 'manual' | 'auto' | 'never-end' | 'fail' | 'throw';

/** A speech engine that records every utterance and can be told how to misbehave. */
class FakeEngine implements SpeechEngine {
  said: Array<{ text: string; options: SpeakOptions }> = [];
  log: string[] = [];
  cancels = 0;
  private open: Array<(r: SpeakResult) => void> = [];
  constructor(public mode: Mode = 'manual', public voiceList: Voice[] | 'never' | 'reject' = []) {}
  voices(): Promise<Voice[]> {
    if (this.voiceList === 'never') return new Promise(() => {});
    if (this.voiceList === 'reject') return Promise.reject(new Error('no voices'));
    return Promise.resolve(this.voiceList);
  }
  speak(text: string, options: SpeakOptions): Promise<SpeakResult> {
    this.said.push({ text, options });
    this.log.push(`speak:${text}`);
    if (this.mode === 'throw') throw new Error('engine broken');
    if (this.mode === 'fail') return Promise.resolve('error');
    if (this.mode === 'auto') return Promise.resolve('end');
    // 'never-end': a stalled engine that answers nothing, not even to cancel
    return new Promise((resolve) => { if (this.mode === 'manual') this.open.push(resolve); });
  }
  cancel(): void {
    this.cancels++;
    this.log.push('cancel');
    for (const r of this.open.splice(0)) r('interrupted');
  }
  /** The engine reports the end of the utterance being spoken. */
  end(): void {
    this.open.shift()?.('end');
  }
  get texts(): string[] {
    return this.said.map((s) => s.text);
  }
}

const PLAN: Plan = {
  sections: {
    ziel: ['Ich möchte als Lagerhelfer arbeiten.'],
    schritte: ['Ich schreibe drei Bewerbungen.', 'Ich melde mich beim Kurs an.'],
  },
};
const script = () => buildScript(PLAN, { announceEmpty: false });
const flush = () => vi.advanceTimersByTimeAsync(0);

const voice = (name: string, lang: string, localService = true, def = false): Voice => ({ name, lang, localService, default: def });
const ANNA = voice('Anna', 'de-DE');
const HELENA = voice('Helena', 'de-AT');
const DAVID = voice('David', 'en-US', true, true);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('voices', () => {
  it('a voice list that never arrives gives up after 1.5 s', async () => {
    let got: Voice[] | null = null;
    void loadVoices(new FakeEngine('auto', 'never')).then((v) => (got = v));
    await vi.advanceTimersByTimeAsync(1499);
    expect(got).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(got).toEqual([]);
  });
  it('a list that arrives is used at once; a failing one counts as empty', async () => {
    await expect(loadVoices(new FakeEngine('auto', [ANNA]))).resolves.toEqual([ANNA]);
    await expect(loadVoices(new FakeEngine('auto', 'reject'))).resolves.toEqual([]);
  });
  it('remembers only sensible settings', () => {
    expect(normalizeSettings({ voice: 'Anna', rate: 1.2 })).toEqual({ voice: 'Anna', rate: 1.2 });
    expect(normalizeSettings({ voice: '', rate: 9 })).toEqual({ voice: null, rate: 2 });
    expect(normalizeSettings('kaputt')).toEqual({ voice: null, rate: 1 });
    expect(normalizeSettings({ rate: Number.NaN })).toEqual({ voice: null, rate: 1 });
  });
});

describe('time-outs', () => {
  it('grow with the text and shrink with the speed, capped', () => {
    expect(chunkTimeoutMs('x'.repeat(100), 1)).toBe(13_000);
    expect(chunkTimeoutMs('x'.repeat(100), 2)).toBe(7_000);
    expect(chunkTimeoutMs('x'.repeat(5000), 0.5)).toBe(60_000);
    expect(chunkTimeoutMs('', 1)).toBe(1_000);
  });

  it('a missing end event does not hang: the chunk is cancelled after its time-out and the round goes on', async () => {
    const engine = new FakeEngine('never-end');
    const d = createDriver(engine, script());
    d.dispatch({ type: 'start' });
    expect(engine.texts).toEqual(['Mein Ziel ist:']);
    const first = chunkTimeoutMs('Mein Ziel ist:', 1);
    await vi.advanceTimersByTimeAsync(first - 1);
    expect(engine.texts).toHaveLength(1);
    expect(d.state.phase).toBe('speaking');
    await vi.advanceTimersByTimeAsync(1);
    expect(engine.log.slice(-2)).toEqual(['cancel', 'speak:Ich möchte als Lagerhelfer arbeiten.']);
    await vi.advanceTimersByTimeAsync(chunkTimeoutMs('Ich möchte als Lagerhelfer arbeiten.', 1));
    expect(d.state.phase).toBe('waiting');
    expect(d.state.timeouts).toBe(2);
    // and it waits there: no auto-advance, however long
    await vi.advanceTimersByTimeAsync(120_000);
    expect(engine.texts).toHaveLength(2);
  });

  it('the time-out follows the speed', async () => {
    const engine = new FakeEngine('never-end');
    const d = createDriver(engine, script(), { rate: 0.5 });
    d.dispatch({ type: 'start' });
    await vi.advanceTimersByTimeAsync(chunkTimeoutMs('Mein Ziel ist:', 1));
    expect(engine.texts).toHaveLength(1); // at half speed it has twice as long
    await vi.advanceTimersByTimeAsync(chunkTimeoutMs('Mein Ziel ist:', 0.5) - chunkTimeoutMs('Mein Ziel ist:', 1));
    expect(engine.texts).toHaveLength(2);
  });

  it('an engine that answers in time cancels its time-out', async () => {
    const engine = new FakeEngine('manual');
    const d = createDriver(engine, script());
    d.dispatch({ type: 'start' });
    engine.end();
    await flush();
    engine.end();
    await flush();
    expect(d.state.phase).toBe('waiting');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(d.state.timeouts).toBe(0);
    expect(engine.cancels).toBe(1); // only the one before the first word
  });
});

describe('driver: a round with a fake engine', () => {
  it('reads heading and point, waits, and goes on with "Weiter"; same section, no heading; the clock stamps the answers', async () => {
    const engine = new FakeEngine('auto');
    let clock = new Date(2026, 3, 15, 10, 2).getTime();
    const d = createDriver(engine, script(), { voice: ANNA, rate: 1.15, now: () => clock });
    d.dispatch({ type: 'start' });
    await flush();
    expect(engine.texts).toEqual(['Mein Ziel ist:', 'Ich möchte als Lagerhelfer arbeiten.']);
    expect(d.state.phase).toBe('waiting');
    expect(d.state.startedAt).toBe(clock);
    clock += 60_000;
    d.dispatch({ type: 'confirm' });
    expect(d.state.marks[0]!.trail).toEqual([{ action: 'passt', text: 'Ich möchte als Lagerhelfer arbeiten.', at: clock }]);
    d.dispatch({ type: 'next' });
    await flush();
    d.dispatch({ type: 'next' });
    await flush();
    expect(engine.texts.slice(2)).toEqual(['Meine nächsten Schritte sind:', 'Ich schreibe drei Bewerbungen.', 'Ich melde mich beim Kurs an.']);
    expect(engine.said.every((s) => s.options.voice === ANNA && s.options.rate === 1.15 && s.options.lang === 'de-DE')).toBe(true);
    expect(d.state.points.map((_, i) => statusOf(d.state, i))).toEqual(['bestätigt', 'unread', 'unread']);
  });

  it('previous and repeat cancel first and read again', async () => {
    const engine = new FakeEngine('auto');
    const d = createDriver(engine, script());
    d.dispatch({ type: 'start' });
    await flush();
    d.dispatch({ type: 'next' });
    await flush();
    engine.log = [];
    d.dispatch({ type: 'repeat' });
    await flush();
    expect(engine.log).toEqual(['cancel', 'speak:Ich schreibe drei Bewerbungen.']);
    engine.log = [];
    d.dispatch({ type: 'previous' });
    await flush();
    expect(engine.log).toEqual(['cancel', 'speak:Mein Ziel ist:', 'speak:Ich möchte als Lagerhelfer arbeiten.']);
  });

  it('stop cancels the engine at once, and nothing is spoken afterwards', async () => {
    const engine = new FakeEngine('never-end');
    const d = createDriver(engine, script());
    d.dispatch({ type: 'start' });
    const before = engine.cancels;
    d.stop();
    expect(engine.cancels).toBeGreaterThan(before);
    expect(d.state.phase).toBe('stopped');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(engine.texts).toEqual(['Mein Ziel ist:']);
    expect(d.state.timeouts).toBe(0);
  });

  it('the interrupted answer of a cancelled chunk is ignored', async () => {
    const engine = new FakeEngine('manual');
    const d = createDriver(engine, script());
    d.dispatch({ type: 'start' });
    d.dispatch({ type: 'next' }); // cancels "Mein Ziel ist:" (answered 'interrupted') and reads the next point
    await flush();
    expect(d.state.phase).toBe('speaking');
    expect(d.state.points[d.state.current]!.key).toBe('schritte:0');
  });

  it('pause stops speaking; resume speaks the interrupted chunk again', async () => {
    const engine = new FakeEngine('manual');
    const d = createDriver(engine, script());
    d.dispatch({ type: 'start' });
    engine.end();
    await flush();
    expect(engine.texts.at(-1)).toBe('Ich möchte als Lagerhelfer arbeiten.');
    d.dispatch({ type: 'pause' });
    await flush();
    expect(d.state.phase).toBe('paused');
    expect(engine.log.at(-1)).toBe('cancel');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(d.state.phase).toBe('paused');
    d.dispatch({ type: 'resume' });
    expect(engine.texts.slice(-2)).toEqual(['Ich möchte als Lagerhelfer arbeiten.', 'Ich möchte als Lagerhelfer arbeiten.']);
    engine.end();
    await flush();
    expect(d.state.phase).toBe('waiting');
  });

  it('a failing engine, or one that throws, ends the reading with a problem instead of hanging', async () => {
    for (const mode of ['fail', 'throw'] as const) {
      const engine = new FakeEngine(mode);
      const d = createDriver(engine, script());
      d.dispatch({ type: 'start' });
      await flush();
      expect(d.state).toMatchObject({ phase: 'waiting', problem: 'failed' });
      d.dispatch({ type: 'next' });
      await flush();
      expect(d.state.current).toBe(1);
    }
  });

  it('slower speech reads in smaller chunks', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Wort${String.fromCharCode(97 + (i % 26))}`).join(' ') + '.';
    const engine = new FakeEngine('auto');
    const d = createDriver(engine, buildScript({ sections: { ziel: [long] } }, { announceEmpty: false }));
    d.setRate(0.5);
    d.dispatch({ type: 'start' });
    await flush();
    const chunks = engine.texts.slice(1);
    expect(chunks.length).toBe(3);
    expect(chunks.every((c) => c.split(' ').length <= 15)).toBe(true);
    expect(engine.said.every((s) => s.options.rate === 0.5)).toBe(true);
  });

  it('"Ändern" hands the point to the form and voice changes apply to the next chunk', async () => {
    const engine = new FakeEngine('auto');
    const edits: string[] = [];
    const d = createDriver(engine, buildScript(PLAN, { announceEmpty: false, locate: (s, i) => ({ fieldId: `${s}-${i}`, offset: 0, fieldText: '' }) }), {
      onEdit: (p) => edits.push(p.ref!.fieldId),
    });
    d.dispatch({ type: 'start' });
    await flush();
    d.dispatch({ type: 'change' });
    expect(edits).toEqual(['ziel-0']);
    d.setVoice(HELENA);
    d.dispatch({ type: 'repeat' });
    await flush();
    expect(engine.said.at(-1)!.options.voice).toBe(HELENA);
  });

  it('reports every state change and goes quiet after dispose', async () => {
    const engine = new FakeEngine('never-end');
    const phases: string[] = [];
    const d = createDriver(engine, script(), { onChange: (s) => phases.push(s.phase) });
    d.dispatch({ type: 'start' });
    d.dispose();
    await vi.advanceTimersByTimeAsync(120_000);
    d.dispatch({ type: 'start' });
    expect(phases).toEqual(['speaking', 'stopped']);
    expect(engine.texts).toHaveLength(1);
  });
});
