/**
 * Shared by the read-aloud E2E tests: the TEST-ONLY speech engine (tests/e2e/tts-engine/) driven through its
 * service worker, the panel's read-aloud section, and a recorder of every `chrome.tts.speak` call the panel makes
 * (installed into the panel page before its scripts run), so a test sees what Klarplan asked for — which voice,
 * which engine — and that it asked for nothing at all when it must not speak.
 */
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { entryDue, entryText, type Entry, type Plan, type SectionKey } from '../../core/plan';
import { chunkForSpeech, maxWordsForRate } from '../../speech/chunks';
import { buildScript, headingSpoken } from '../../speech/script';
import { REPO_ROOT, type Harness } from './harness';

export const TTS_ENGINE_DIR = join(REPO_ROOT, 'tests/e2e/tts-engine');
export const VOICE = 'Klarplan TestStimme';

export interface Utterance {
  id: number;
  text: string;
  lang: string;
  rate: number;
  voiceName: string;
  at: number;
}
export type EngineMode = 'auto' | 'manual' | 'never-end';
/** chrome.tts.TtsVoice as the engine offers it. */
export interface EngineVoice {
  voiceName: string;
  lang: string;
  remote?: boolean;
  eventTypes: string[];
}

// The test engine's hooks inside its service worker (evaluated there, typed loosely here).
declare const ttsTest: {
  setMode(m: EngineMode, ms?: number): Promise<void>;
  utterances(): Promise<Utterance[]>;
  clear(): Promise<void>;
  endCurrent(): boolean;
  stops(): Promise<number>;
  setVoices(list: EngineVoice[] | null): Promise<void>;
};

/** The test engine, driven through its service worker. */
export class TestEngine {
  constructor(private h: Harness, readonly id: string) {}
  private worker(): Promise<Worker> {
    return this.h.extraWorker(this.id);
  }
  async utterances(): Promise<Utterance[]> {
    return (await this.worker()).evaluate(() => ttsTest.utterances());
  }
  async texts(): Promise<string[]> {
    return (await this.utterances()).map((u) => u.text);
  }
  async setMode(mode: EngineMode, ms?: number): Promise<void> {
    await (await this.worker()).evaluate(([m, d]) => ttsTest.setMode(m as EngineMode, d as number | undefined), [mode, ms] as const);
  }
  async clear(): Promise<void> {
    await (await this.worker()).evaluate(() => ttsTest.clear());
  }
  async stops(): Promise<number> {
    return (await this.worker()).evaluate(() => ttsTest.stops());
  }
  /** The voices it offers (null: the manifest's "Klarplan TestStimme"). */
  async setVoices(list: EngineVoice[] | null): Promise<void> {
    await (await this.worker()).evaluate((l) => ttsTest.setVoices(l), list);
  }
  waitForCount(n: number, timeout = 10_000): Promise<void> {
    return expect.poll(async () => (await this.utterances()).length, { timeout }).toBeGreaterThanOrEqual(n);
  }
}

export interface TtsCall {
  text: string;
  voiceName: string | null;
  extensionId: string | null;
  lang: string | null;
}

/** Runs in the panel page before its own scripts: records every chrome.tts.speak call, then passes it on. */
function recordTtsCalls(): void {
  const w = window as unknown as { __ttsCalls: unknown[]; chrome?: { tts?: { speak: (...a: unknown[]) => unknown } } };
  w.__ttsCalls = [];
  const tts = w.chrome?.tts;
  if (!tts) return;
  const speak = tts.speak.bind(tts);
  tts.speak = (text: unknown, raw?: unknown, ...rest: unknown[]) => {
    const options = raw as { voiceName?: string; extensionId?: string; lang?: string } | undefined;
    w.__ttsCalls.push({ text, voiceName: options?.voiceName ?? null, extensionId: options?.extensionId ?? null, lang: options?.lang ?? null });
    return speak(text, raw, ...rest);
  };
}

/** Opens the side panel page as a tab with the chrome.tts recorder in it. */
export async function openRecordedPanel(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.addInitScript(recordTtsCalls);
  await page.goto(`${h.extensionOrigin}/sidepanel.html`);
  await page.locator('section.read-aloud').waitFor();
  return page;
}
export const ttsCalls = (panel: Page): Promise<TtsCall[]> => panel.evaluate(() => (window as unknown as { __ttsCalls: TtsCall[] }).__ttsCalls);

export const readAloud = (panel: Page) => panel.locator('section.read-aloud');
/** A button by the name a screen reader hears (the key shown on it is aria-hidden). */
export const button = (panel: Page, name: string) => readAloud(panel).getByRole('button', { name, exact: true });
export const phase = (panel: Page) => readAloud(panel).locator('.reading-phase').innerText().catch(() => '');
export const waiting = (panel: Page) => expect.poll(() => phase(panel), { timeout: 20_000 }).toMatch(/wartet/);
export const voiceOptions = (panel: Page) => readAloud(panel).getByLabel('Stimme').locator('option').allInnerTexts();

/** What the round should say, point by point: the heading when the section changes, then the point's chunks. */
export function expectedReadings(plan: Plan, rate = 1): string[][] {
  const { points } = buildScript(plan);
  let last: SectionKey | null = null;
  return points.map((p) => {
    const heading = p.section !== last ? [headingSpoken(p.section)] : [];
    last = p.section;
    return [...heading, ...chunkForSpeech(p.spoken, maxWordsForRate(rate))];
  });
}

/** The example plan as the demo page lays it out: text fields lose the date, step rows keep it. */
export function demoPagePlan(plan: Plan): Plan {
  const rows = new Set<SectionKey>(['schritte', 'jobcenter', 'dritte']);
  const sections = Object.fromEntries(
    (Object.keys(plan.sections) as SectionKey[]).map((k) => [
      k,
      (plan.sections[k] ?? []).map((e): Entry => (rows.has(k) && entryDue(e) ? { text: entryText(e), due: entryDue(e)! } : entryText(e))),
    ]),
  ) as Plan['sections'];
  return { sections };
}

export const percentile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
