// @vitest-environment jsdom
/**
 * Voices in the read-aloud mode, with fake engines: only voices on this machine are offered and used (an online
 * voice never, another extension's engine only when the administrator allows it in managed storage); an empty
 * list, a late list, only remote voices, a third-party engine voice; without a voice nothing is spoken, the round
 * says so once at its start and then goes point by point with the same controls and no error per point.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReadAloud } from '../../components/ReadAloud';
import { MANAGED_SPEECH_ENGINES_KEY } from '../../checker/settings';
import type { Plan } from '../../core/plan';
import { SPEECH_SETTINGS_KEY } from '../../speech/driver';
import { ANNA, DAVID, FakeApi, FakeEngine, Screen, voice } from '../helpers/read-aloud-fakes';

const PLAN: Plan = { sections: { ziel: ['Ich möchte als Lagerhelfer arbeiten.'], schritte: ['Ich melde mich beim Kurs an.'] } };
const ENGINE_ID = 'abcdefghijklmnopabcdefghijklmnop';
const GOOGLE = voice('Google Deutsch', 'de-DE', false);
const THIRD = voice('Fremde Stimme', 'de-DE', true, { engine: ENGINE_ID });

const sc = new Screen();
beforeEach(() => sc.setUp());
afterEach(() => sc.tearDown());

const options = () => [...sc.$<HTMLSelectElement>('.voice-settings select')!.options].map((o) => o.textContent);

/** Walks the round point by point without speech and checks each point looks as with a voice, with no error. */
async function walkSilently(points: string[]) {
  for (let i = 0; i < points.length; i++) {
    expect(sc.$('.reading-text')!.textContent).toBe(points[i]);
    expect(sc.$('.reading-phase')!.textContent).toBe('Bitte lesen Sie den Punkt vor. Passt er so? Klarplan wartet.');
    for (const name of ['Passt so', 'Ändern', 'Als offen markieren', 'Nochmal', 'Weiter']) expect(sc.button(name)?.disabled).toBe(false);
    expect(sc.$$('.no-voice')).toHaveLength(1); // said once, not again per point
    expect(sc.$$('.speech-problem, .error')).toHaveLength(0);
    if (i === 0) await sc.click('Passt so');
    await sc.click('Weiter');
  }
}

describe('voices: only on this machine', () => {
  it('the picker offers only voices on this machine; online voices and other extensions\' voices are counted, not offered; the choice is stored (name and rate only)', async () => {
    const engine = new FakeEngine([DAVID, GOOGLE, THIRD, ANNA]);
    const api = new FakeApi();
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} />);
    expect(options()).toEqual(['Automatisch: deutsche Stimme auf diesem Computer', 'Anna (de-DE)', 'David (en-US)']);
    expect(sc.$('.voices-left-out')!.textContent).toBe('Nicht angeboten: eine Online-Stimme (sie schicken den Text an ihren Anbieter); „Fremde Stimme“ von einer anderen Erweiterung (nur mit Freigabe Ihrer Verwaltung).');
    const [voiceSelect, rateSelect] = sc.$$<HTMLSelectElement>('.voice-settings select');
    await sc.flush();
    voiceSelect!.value = 'David';
    voiceSelect!.dispatchEvent(new Event('change', { bubbles: true }));
    rateSelect!.value = '0.85';
    rateSelect!.dispatchEvent(new Event('change', { bubbles: true }));
    await sc.flush();
    expect(api.stored).toEqual({ [SPEECH_SETTINGS_KEY]: { voice: 'David', rate: 0.85 } });
    await sc.remount();
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} />);
    expect(sc.$<HTMLSelectElement>('.voice-settings select')!.value).toBe('David');
    await sc.click('Vorlesen');
    expect(engine.said[0]!.options).toMatchObject({ voice: DAVID, rate: 0.85 });
  });

  it('a remembered online voice is not used', async () => {
    const engine = new FakeEngine([GOOGLE, ANNA]);
    const api = new FakeApi();
    api.stored[SPEECH_SETTINGS_KEY] = { voice: 'Google Deutsch', rate: 1 };
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} />);
    await sc.click('Vorlesen');
    expect(engine.said[0]!.options.voice).toEqual(ANNA);
  });

  it('empty list: "Keine deutsche Stimme auf diesem Computer", nothing spoken, said once at the start, then point by point without an error', async () => {
    const engine = new FakeEngine([]);
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={new FakeApi()} platform="linux" />);
    expect(options()).toEqual(['Keine deutsche Stimme auf diesem Computer']);
    expect(sc.$<HTMLSelectElement>('.voice-settings select')!.disabled).toBe(true);
    const advice = sc.$('.voice-advice')!.textContent!;
    expect(advice).toMatch(/^Keine deutsche Stimme auf diesem Computer – bitte lesen Sie selbst vor\./);
    expect(advice).toMatch(/speech-dispatcher/);
    await sc.click('Vorlesen');
    expect(engine.said).toEqual([]);
    // said once, at the start: in the round (the advice above steps aside) and to the screen reader
    expect(sc.$('.voice-advice')).toBeNull();
    expect(sc.$('.no-voice strong')!.textContent).toBe('Keine deutsche Stimme auf diesem Computer – bitte lesen Sie selbst vor.');
    expect(sc.$('.no-voice details')!.textContent).toMatch(/So kommt eine Stimme dazu.*speech-dispatcher/);
    expect(sc.live()).toBe('Keine deutsche Stimme auf diesem Computer – bitte lesen Sie selbst vor. Punkt 1 von 6 gelesen. Passt so, Ändern, offen, Nochmal oder Weiter?');
    await sc.click('Nochmal');
    expect(sc.live()).not.toMatch(/Keine deutsche Stimme/);
    await walkSilently(['Ich möchte als Lagerhelfer arbeiten.', 'Unter dieser Überschrift steht noch nichts.', 'Ich melde mich beim Kurs an.']);
    expect(engine.said).toEqual([]);
    await sc.click('Beenden');
    expect(sc.$('.summary-row')!.textContent).toMatch(/– bestätigt \(„Passt so“ um \d\d:\d\d\)$/);
  });

  it('late list: the round that started without a voice stays silent; the list that comes later is offered and used next time', async () => {
    const engine = new FakeEngine([]);
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={new FakeApi()} platform="windows" />);
    await sc.click('Vorlesen');
    expect(sc.$('.no-voice')).not.toBeNull();
    await engine.setVoices([ANNA]);
    expect(options()).toEqual(['Automatisch: deutsche Stimme auf diesem Computer', 'Anna (de-DE)']);
    await sc.click('Weiter');
    expect(engine.said).toEqual([]);
    await sc.click('Beenden');
    await sc.click('Vorlesen');
    expect(engine.texts).toEqual(['Mein Ziel ist:']);
    expect(engine.said[0]!.options.voice).toEqual(ANNA);
    expect(sc.$('.no-voice')).toBeNull();
  });

  it('only remote voices: nothing spoken; the panel says why (they would send the plan away)', async () => {
    const engine = new FakeEngine([GOOGLE, voice('Google US English', 'en-US', false)]);
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={new FakeApi()} platform="windows" />);
    expect(options()).toEqual(['Keine deutsche Stimme auf diesem Computer']);
    expect(sc.$('.voice-advice')!.textContent).toMatch(/nur Online-Stimmen.*nimmt sie nie/);
    expect(sc.$('.voices-left-out')!.textContent).toMatch(/2 Online-Stimmen/);
    await sc.click('Vorlesen');
    await walkSilently(['Ich möchte als Lagerhelfer arbeiten.']);
    expect(engine.said).toEqual([]);
  });

  it('a third-party engine voice: not used — until the administrator allows that engine in managed storage; then named with its engine', async () => {
    const engine = new FakeEngine([THIRD]);
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={new FakeApi()} platform="linux" />);
    expect(sc.$('.voice-advice')!.textContent).toMatch(/„Fremde Stimme“ kommt von einer anderen Erweiterung/);
    await sc.click('Vorlesen');
    expect(engine.said).toEqual([]);
    await sc.click('Beenden');
    await sc.remount();
    const api = new FakeApi();
    api.managed = { [MANAGED_SPEECH_ENGINES_KEY]: [ENGINE_ID] };
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} platform="linux" />);
    expect(options()).toEqual(['Automatisch: deutsche Stimme auf diesem Computer', 'Fremde Stimme (de-DE)']);
    expect(sc.$('.voice-advice')).toBeNull();
    await sc.click('Vorlesen');
    expect(engine.said[0]!.options.voice).toEqual(THIRD);
  });

  it('a voice that fails: said once, calmly; the round goes on and the next point is tried again', async () => {
    const engine = new FakeEngine([ANNA]);
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={new FakeApi()} />);
    await sc.click('Vorlesen');
    await engine.end('error');
    expect(sc.$('.speech-problem')!.textContent).toBe('Die Sprachausgabe hat nicht geklappt. Bitte lesen Sie selbst vor – die Runde geht weiter.');
    // the point is on screen for the case worker to read out, as without a voice
    expect(sc.button('Passt so')!.disabled).toBe(false);
    await sc.click('Weiter');
    expect(sc.$$('.speech-problem')).toHaveLength(1);
    expect(engine.texts.at(-1)).toBe('Zunächst möchte ich Folgendes erreichen:');
  });

  it('a browser without speech: said plainly; the round still goes point by point', async () => {
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={null} api={new FakeApi()} />);
    expect(sc.$('.voice-advice')!.textContent).toMatch(/Dieser Browser hat keine Sprachausgabe – bitte lesen Sie selbst vor/);
    await sc.click('Vorlesen');
    await walkSilently(['Ich möchte als Lagerhelfer arbeiten.']);
  });
});
