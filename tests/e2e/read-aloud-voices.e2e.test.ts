/**
 * Only local voices, ever — in Chromium, with the TEST-ONLY speech engine (tests/e2e/tts-engine/) as the only
 * speech there is (headless Chromium has no voices of its own). Every chrome.tts.speak call of the panel is
 * recorded in the page (read-aloud-helpers.ts), and the engine records what reaches it.
 *
 * - Without the administrator's allowance the engine's voice is another extension's: not used — nothing reaches
 *   chrome.tts, the panel says why, once, and the round goes point by point with the same controls.
 * - With the allowance (a Chromium policy, managed storage `speechEngines`, written before the browser starts and
 *   removed after): an empty list, a late list (the engine publishes its voice only while a round already runs
 *   without one) and a list of only remote voices — nothing is spoken until there is a voice on this machine;
 *   a list that comes late is taken for the next round.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowSpeechEngines, E2E_ENABLED, launchExtension, runAxe, unpackedExtensionId, type Harness } from './harness';
import { button, openRecordedPanel, readAloud, TestEngine, TTS_ENGINE_DIR, ttsCalls, VOICE, voiceOptions, type EngineVoice } from './read-aloud-helpers';

const ENGINE_ID = unpackedExtensionId(TTS_ENGINE_DIR);
const NO_VOICE = 'Keine deutsche Stimme auf diesem Computer – bitte lesen Sie selbst vor.';
const REMOTE: EngineVoice = { voiceName: 'Klarplan OnlineStimme', lang: 'de-DE', remote: true, eventTypes: ['start', 'end', 'error'] };

/**
 * A round without a voice: said once at its start, then the first points one by one with the same controls and
 * no error per point; nothing reaches chrome.tts or the engine.
 */
async function silentRound(panel: Page, engine: TestEngine, points = 3): Promise<void> {
  await button(panel, 'Vorlesen').click();
  await expect.poll(() => readAloud(panel).locator('.no-voice strong').innerText()).toBe(NO_VOICE);
  await expect.poll(() => readAloud(panel).locator('.reading-live').innerText()).toMatch(new RegExp(`^${NO_VOICE} Punkt 1 von 12 gelesen\\.`));
  for (let i = 0; i < points; i++) {
    await expect.poll(() => readAloud(panel).locator('.reading-where').innerText()).toMatch(new RegExp(`^Punkt ${i + 1} von 12 · `));
    expect(await readAloud(panel).locator('.reading-phase').innerText()).toBe('Bitte lesen Sie den Punkt vor. Passt er so? Klarplan wartet.');
    for (const name of ['Passt so', 'Ändern', 'Als offen markieren', 'Nochmal', 'Weiter']) expect(await button(panel, name).isEnabled()).toBe(true);
    expect(await readAloud(panel).locator('.no-voice').count()).toBe(1);
    expect(await readAloud(panel).locator('.speech-problem, .error').count()).toBe(0);
    if (i === 0) {
      await button(panel, 'Passt so').click();
      expect(await readAloud(panel).locator('.reading-live').innerText()).toBe('Punkt 1 von 12: bestätigt.');
    }
    await button(panel, 'Weiter').click();
  }
  expect(await runAxe(panel)).toEqual([]);
  await button(panel, 'Beenden').click();
  expect((await readAloud(panel).locator('.summary-status').allInnerTexts()).slice(0, 3)).toEqual(['bestätigt', 'nicht besprochen', 'nicht besprochen']);
  expect(await ttsCalls(panel)).toEqual([]);
  expect(await engine.utterances()).toEqual([]);
}

describe.runIf(E2E_ENABLED)('voices: another extension\'s engine, not allowed by the administrator', () => {
  let h: Harness;
  let engine: TestEngine;
  beforeAll(async () => {
    h = await launchExtension({ extraExtensions: [TTS_ENGINE_DIR] });
    engine = new TestEngine(h, h.extraExtensionIds[0]!);
    await engine.setVoices(null);
    await engine.clear();
  });
  afterAll(() => h?.close());

  it('a third-party engine voice: listed by chrome.tts as local, but not used; the panel names it and says why', async () => {
    expect(engine.id).toBe(ENGINE_ID);
    const panel = await openRecordedPanel(h);
    const voices = await panel.evaluate(() => new Promise<unknown[]>((r) => (globalThis as unknown as { chrome: { tts: { getVoices(cb: (v: unknown[]) => void): void } } }).chrome.tts.getVoices(r)));
    expect(voices).toEqual([expect.objectContaining({ voiceName: VOICE, remote: false, extensionId: ENGINE_ID })]);
    await expect.poll(() => voiceOptions(panel)).toEqual(['Keine deutsche Stimme auf diesem Computer']);
    const advice = await readAloud(panel).locator('.voice-advice').innerText();
    expect(advice).toMatch(new RegExp(`^${NO_VOICE}`));
    expect(advice).toContain(`„${VOICE}“ kommt von einer anderen Erweiterung`);
    expect(advice).toMatch(/speech-dispatcher/); // how to install one on this system (Linux)
    expect(await readAloud(panel).locator('.voices-left-out').innerText()).toContain(`„${VOICE}“ von einer anderen Erweiterung`);
    await silentRound(panel, engine);
    expect(h.externalRequests()).toEqual([]);
    expect(h.problems(panel)).toEqual([]);
    await panel.close();
  });
});

describe.runIf(E2E_ENABLED)('voices: the engine allowed, but its list empty, late or only remote', () => {
  let h: Harness;
  let engine: TestEngine;
  let removePolicy: (() => void) | undefined;
  beforeAll(async () => {
    removePolicy = allowSpeechEngines([ENGINE_ID]);
    h = await launchExtension({ extraExtensions: [TTS_ENGINE_DIR] });
    engine = new TestEngine(h, h.extraExtensionIds[0]!);
    await engine.setMode('auto', 20);
  });
  afterAll(async () => {
    await h?.close();
    removePolicy?.();
  });

  it('allowed and listed: it speaks, naming voice and engine (the control for what follows)', async () => {
    await engine.setVoices(null);
    await engine.clear();
    const panel = await openRecordedPanel(h);
    await expect.poll(() => voiceOptions(panel), { timeout: 15_000 }).toContain(`${VOICE} (de-DE)`);
    await button(panel, 'Vorlesen').click();
    await engine.waitForCount(2);
    expect((await ttsCalls(panel)).slice(0, 2)).toEqual([
      { text: 'Mein Ziel ist:', voiceName: VOICE, extensionId: ENGINE_ID, lang: 'de-DE' },
      expect.objectContaining({ voiceName: VOICE, extensionId: ENGINE_ID }),
    ]);
    await panel.keyboard.press('Escape');
    await panel.close();
  });

  it('an empty list: nothing is spoken, said once at the start, the round goes on', async () => {
    await engine.setVoices([]);
    await engine.clear();
    const panel = await openRecordedPanel(h);
    await expect.poll(() => voiceOptions(panel)).toEqual(['Keine deutsche Stimme auf diesem Computer']);
    expect(await readAloud(panel).locator('.voice-advice').innerText()).toMatch(/hier ist keine eingerichtet/);
    await silentRound(panel, engine);
    await panel.close();
  });

  it('a late list: the round that began without a voice stays silent; the voice that comes during it is offered and used next time', async () => {
    await engine.setVoices([]);
    await engine.clear();
    const panel = await openRecordedPanel(h);
    await expect.poll(() => voiceOptions(panel)).toEqual(['Keine deutsche Stimme auf diesem Computer']);
    await button(panel, 'Vorlesen').click();
    await expect.poll(() => readAloud(panel).locator('.no-voice strong').innerText()).toBe(NO_VOICE);
    await engine.setVoices(null); // the voice list arrives late
    await expect.poll(() => voiceOptions(panel), { timeout: 10_000 }).toEqual(['Automatisch: deutsche Stimme auf diesem Computer', `${VOICE} (de-DE)`]);
    await button(panel, 'Weiter').click();
    await panel.waitForTimeout(300);
    expect(await engine.utterances()).toEqual([]);
    await button(panel, 'Beenden').click();
    await button(panel, 'Vorlesen').click();
    await engine.waitForCount(2);
    expect((await engine.utterances()).map((u) => u.voiceName)).toEqual([VOICE, VOICE]);
    expect(await readAloud(panel).locator('.no-voice').count()).toBe(0);
    await panel.keyboard.press('Escape');
    await panel.close();
  });

  it('only remote voices: nothing is spoken, even when the remote voice is the one remembered', async () => {
    await engine.setVoices([REMOTE]);
    await engine.clear();
    const panel = await openRecordedPanel(h);
    await expect.poll(() => voiceOptions(panel)).toEqual(['Keine deutsche Stimme auf diesem Computer']);
    expect(await readAloud(panel).locator('.voice-advice').innerText()).toMatch(/nur Online-Stimmen\. Sie würden den Text des Plans an ihren Anbieter schicken – Klarplan nimmt sie nie\./);
    expect(await readAloud(panel).locator('.voices-left-out').innerText()).toMatch(/eine Online-Stimme/);
    // remembered from before (as if chosen on another day): still not used
    await (await h.serviceWorker()).evaluate(() => (globalThis as unknown as { chrome: any }).chrome.storage.local.set({ 'klarplan.speech': { voice: 'Klarplan OnlineStimme', rate: 1 } })); // eslint-disable-line @typescript-eslint/no-explicit-any
    await panel.reload();
    await readAloud(panel).waitFor();
    await expect.poll(() => voiceOptions(panel)).toEqual(['Keine deutsche Stimme auf diesem Computer']);
    await silentRound(panel, engine);
    await engine.setVoices(null);
    expect(h.externalRequests()).toEqual([]);
    expect(h.problems(panel)).toEqual([]);
    await panel.close();
  });
});
