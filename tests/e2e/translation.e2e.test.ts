/**
 * The client view and the print view in the client's language, in Chromium, with a fake on-device Translator
 * injected into Klarplan's extension pages (tests/e2e/translation-fakes.ts: Debian's Chromium has the API but no
 * language models, and no internet to fetch them). The whole flow: the panel's switch (off by default), the
 * client view's choice, an available language at once, a language pack asked for before it is fetched (no
 * create() before the click; progress), Arabic laid out right to left with the facts whole, the notice in both
 * languages, no fact sent to the translator, read aloud only with a voice for that language on this machine, the
 * print view; nothing stored but the switch, no request out. Also: no API, an API the administrator forbids, and
 * the administrator's managed `translation` forcing it off or on — nothing offered, nothing else changed.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANAGED_TRANSLATION_KEY } from '../../checker/settings';
import { EXAMPLE_PLAN } from '../../examples/example-plan';
import { buildScript } from '../../speech/script';
import { TRANSLATION_SETTING_KEY } from '../../translation/session';
import { allowSpeechEngines, E2E_ENABLED, launchExtension, planTextsIn, runAxe, unpackedExtensionId, writeKlarplanPolicy, type Harness } from './harness';
import { button, readAloud, TestEngine, TTS_ENGINE_DIR, VOICE, voiceOptions } from './read-aloud-helpers';
import { FAKE_TRANSLATOR, FORBIDDING_TRANSLATOR, NO_TRANSLATOR, type FakeTranslatorLog } from './translation-fakes';

const ENGINE_ID = unpackedExtensionId(TTS_ENGINE_DIR);
const EN_VOICE = 'Klarplan Test Voice';
const NOTICE_DE = 'Maschinelle Übersetzung – verbindlich ist der deutsche Text';
const log = (p: Page) => p.evaluate(() => (window as unknown as { __fakeTranslator: FakeTranslatorLog }).__fakeTranslator);

/** Opens Klarplan's client view the case worker's way ("Kundenansicht öffnen", a window of its own). */
async function openClientView(h: Harness, panel: Page): Promise<Page> {
  const opened = h.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/client-view.html') });
  await button(panel, 'Kundenansicht öffnen').click();
  const client = await opened;
  await client.locator('h1').waitFor();
  return client;
}
/**
 * A click on a control of a page that may be behind another window (the panel behind the client view): dispatched
 * without waiting for animation frames, which a page behind does not get — after the same checks as a click.
 */
async function tap(target: Locator): Promise<void> {
  await target.waitFor();
  expect(await target.isEnabled()).toBe(true);
  await target.dispatchEvent('click');
}
/** Chooses the client's language in a view, that view in front (a page behind another window gets no frames). */
async function chooseLanguage(view: Page, code: string): Promise<void> {
  await view.bringToFront();
  await view.getByLabel('Sprache der Kundin / des Kunden').selectOption(code);
}
async function waitForVoice(panel: Page): Promise<void> {
  for (const end = Date.now() + 15_000; !(await voiceOptions(panel)).includes(`${VOICE} (de-DE)`); await panel.waitForTimeout(50)) {
    if (Date.now() > end) throw new Error('the test voice never came');
  }
}

describe.runIf(E2E_ENABLED)('the client\'s language, with a fake on-device translator', () => {
  let h: Harness;
  let engine: TestEngine;
  let removePolicy: (() => void) | undefined;
  let panel: Page;
  let client: Page;

  beforeAll(async () => {
    removePolicy = allowSpeechEngines([ENGINE_ID]);
    h = await launchExtension({ extraExtensions: [TTS_ENGINE_DIR] });
    await h.context.addInitScript(FAKE_TRANSLATOR);
    engine = new TestEngine(h, h.extraExtensionIds[0]!);
    await engine.setMode('auto', 20);
    await engine.setVoices([
      { voiceName: VOICE, lang: 'de-DE', eventTypes: ['start', 'end', 'error'] },
      { voiceName: EN_VOICE, lang: 'en-US', eventTypes: ['start', 'end', 'error'] },
    ]);
    panel = await h.openSidePanel();
    await waitForVoice(panel);
  });
  afterAll(async () => {
    await engine?.setVoices(null).catch(() => undefined);
    await h?.close();
    removePolicy?.();
  });

  it('off by default: the panel offers the switch, the client view shows no choice', async () => {
    const box = readAloud(panel).getByRole('checkbox', { name: /In der Kundenansicht und der Druckansicht eine Übersetzung anbieten/ });
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    expect(await readAloud(panel).locator('.translation-setting').innerText()).toMatch(/kein Text des Plans verlässt den Computer/);
    client = await openClientView(h, panel);
    await client.waitForTimeout(300);
    expect(await client.locator('.client-language').count()).toBe(0);
    expect((await log(client)).created).toEqual([]);
  });

  it('turned on in the panel: the open client view offers the languages the translator offers', async () => {
    await tap(readAloud(panel).getByRole('checkbox', { name: /Übersetzung anbieten/ }));
    await expect.poll(async () => (await h.extensionStorage()).local[TRANSLATION_SETTING_KEY]).toEqual({ enabled: true });
    const choice = client.getByLabel('Sprache der Kundin / des Kunden');
    await choice.waitFor();
    expect(await choice.locator('option').allInnerTexts()).toEqual([
      'Nur Deutsch', 'Arabisch – العربية (Sprachpaket nötig)', 'Englisch – English', 'Farsi/Dari – فارسی / دری (Sprachpaket nötig)',
    ]);
    expect(await runAxe(client)).toEqual([]);
  });

  it('English (available): the point under the German text, marked in both languages, facts kept out and put back; read aloud with the English voice on this machine', async () => {
    await engine.clear();
    await tap(button(panel, 'Vorlesen'));
    const points = buildScript(EXAMPLE_PLAN).points;
    // the point with a name in it: Frau Yilmaz (and its "bis wann" date)
    const target = points.findIndex((p) => p.text.includes('Frau Yilmaz'));
    for (let i = 0; i < target; i++) {
      await expect.poll(() => readAloud(panel).locator('.reading-phase').innerText(), { timeout: 20_000 }).toMatch(/wartet/);
      await tap(button(panel, 'Weiter'));
    }
    await expect.poll(() => client.locator('.cv-text').innerText()).toBe(points[target]!.text);
    await chooseLanguage(client, 'en');
    const block = client.locator('.cv-text-translation');
    await expect.poll(() => block.locator('.translated-text').innerText()).toBe('[EN] Ich schicke meinen überarbeiteten Lebenslauf per E-Mail an Frau Yilmaz vom Jobcenter.');
    expect(await block.getAttribute('lang')).toBe('en');
    expect(await block.locator('.translation-notice').innerText()).toBe(`${NOTICE_DE}\nMachine translation – the German text is binding`);
    expect(await block.locator('bdi.fact').allInnerTexts()).toEqual(['Frau Yilmaz']);
    expect(await client.locator('.cv-text').innerText()).toBe(points[target]!.text); // the German text, unchanged, above
    const sent = (await log(client)).inputs;
    expect(sent).toContain('Ich schicke meinen überarbeiteten Lebenslauf per E-Mail an [1] vom Jobcenter.');
    for (const s of sent) expect(s).not.toMatch(/Yilmaz|\d(?!\])/);
    // read aloud in English: only because a voice for it is on this machine
    await engine.clear();
    await client.getByRole('button', { name: 'Auf Englisch vorlesen' }).click();
    await engine.waitForCount(1);
    expect((await engine.utterances()).map((u) => [u.text, u.voiceName, u.lang])).toEqual([
      ['[EN] Ich schicke meinen überarbeiteten Lebenslauf per E-Mail an Frau Yilmaz vom Jobcenter.', EN_VOICE, 'en-US'],
    ]);
    // the client says it is still open: its wording for the plan carries a date (the print view translates it)
    await tap(button(panel, 'Als offen markieren'));
  });

  it('Arabic (a language pack): asked first, nothing fetched before the click; progress; then right to left, facts whole; shown, not spoken (no Arabic voice)', async () => {
    await tap(button(panel, 'Weiter'));
    const points = buildScript(EXAMPLE_PLAN).points;
    const current = points.find((p) => p.text.startsWith('Ich melde mich bei der Fahrschule'))!;
    await expect.poll(() => client.locator('.cv-text').innerText()).toBe(current.text);
    await chooseLanguage(client, 'ar');
    const ask = client.locator('.language-pack');
    await ask.waitFor();
    expect(await ask.innerText()).toMatch(/Für Arabisch braucht der Browser einmal ein Sprachpaket\. Er lädt es jetzt aus dem Internet – dabei verlässt kein Text des Plans diesen Computer: Übersetzt wird danach nur hier, auf diesem Computer\./);
    expect(await runAxe(client)).toEqual([]);
    await client.waitForTimeout(300);
    expect((await log(client)).created).toEqual(['en']); // nothing fetched yet
    await client.getByRole('button', { name: 'Sprachpaket laden' }).click();
    await expect.poll(() => client.locator('.language-status').innerText()).toMatch(/^Das Sprachpaket für Arabisch wird geladen: (0|50) %$/);
    expect(await client.locator('progress').count()).toBe(1);
    const block = client.locator('.cv-text-translation');
    await block.locator('.translated-text').waitFor({ timeout: 10_000 });
    expect((await log(client)).created).toEqual(['en', 'ar']);
    expect((await log(client)).refused).toEqual([]);
    // (polled: the block may still be re-rendering from "Wird übersetzt …" to the translation)
    await expect.poll(() => block.getAttribute('dir'), { timeout: 10_000 }).toBe('rtl');
    expect(await block.getAttribute('lang')).toBe('ar');
    expect(await block.locator('.translation-notice span[lang="ar"]').innerText()).toBe('ترجمة آلية – النص الألماني هو النص الملزم');
    // laid out right to left: the translation's text hugs the right edge; the facts (the name of the school is not
    // a fact; none here) keep their own direction
    const layout = await block.locator('.translated-text').evaluate((el) => {
      const box = el.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(el);
      const rects = [...range.getClientRects()];
      return { direction: getComputedStyle(el).direction, right: Math.max(...rects.map((r) => r.right)), boxRight: box.right, firstLineLeft: rects[0]!.left, boxLeft: box.left };
    });
    expect(layout.direction).toBe('rtl');
    expect(Math.abs(layout.right - layout.boxRight)).toBeLessThan(3);
    await client.screenshot({ path: '/tmp/klarplan-e2e-client-view-ar.png' });
    expect(await client.locator('.client-voice').innerText()).toBe('Für Arabisch gibt es auf diesem Computer keine Stimme: Die Übersetzung wird nur angezeigt, nicht vorgelesen.');
    expect(await client.getByRole('button', { name: 'Auf Arabisch vorlesen' }).count()).toBe(0);
    expect(await runAxe(client)).toEqual([]);
  });

  it('Farsi/Dari, "Nicht laden": nothing fetched, back to German only', async () => {
    await chooseLanguage(client, 'fa');
    await client.getByRole('button', { name: 'Nicht laden' }).click();
    expect(await client.getByLabel('Sprache der Kundin / des Kunden').inputValue()).toBe('');
    expect(await client.locator('.translation').count()).toBe(0);
    expect((await log(client)).created).toEqual(['en', 'ar']);
  });

  it('the print view: a choice of its own; every point and open wording in the language, under the German text', async () => {
    // the panel is behind the client view's window: its buttons are pressed without waiting for its frames
    await tap(button(panel, 'Beenden')); // the round ends: the summary
    await readAloud(panel).locator('.reading-summary').waitFor();
    const opened = h.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/summary.html') });
    await tap(button(panel, 'Druckansicht öffnen'));
    const print = await opened;
    await print.bringToFront();
    await print.locator('h1').waitFor();
    await chooseLanguage(print, 'en');
    await expect.poll(() => print.locator('.translation-banner').innerText()).toBe(`${NOTICE_DE}\nMachine translation – the German text is binding`);
    await expect.poll(async () => (await print.locator('li .translated-text').allInnerTexts()).length).toBe(13); // 12 points, 1 open wording
    const rows = await print.locator('li .translated-text').allInnerTexts();
    expect(rows[0]).toBe('[EN] Ich möchte wieder als Fachkraft für Lagerlogistik arbeiten, am liebsten in Vollzeit im Raum Kassel.');
    // the open point's wording: its date and the name kept out, put back whole
    const open = print.locator('section:has(h2:text("Offene Punkte")) .translation');
    await expect.poll(() => open.locator('.translated-text').innerText()).toMatch(/^\[EN\] Offen: Ich schicke meinen überarbeiteten Lebenslauf per E-Mail an Frau Yilmaz vom Jobcenter – Klärung bis \d\d\.\d\d\.\d{4}$/);
    expect(await open.locator('bdi.fact').allInnerTexts()).toEqual(['Frau Yilmaz', expect.stringMatching(/^\d\d\.\d\d\.\d{4}$/)]);
    // Arabic in the print view: its own question, then right to left with the facts left to right inside
    await chooseLanguage(print, 'ar');
    await print.getByRole('button', { name: 'Sprachpaket laden' }).click();
    await expect.poll(() => open.getAttribute('dir'), { timeout: 10_000 }).toBe('rtl');
    await expect.poll(() => open.locator('bdi.fact').allInnerTexts()).toEqual(['Frau Yilmaz', expect.stringMatching(/^\d\d\.\d\d\.\d{4}$/)]);
    expect(await open.locator('bdi.fact').evaluateAll((els) => els.map((e) => [e.getAttribute('dir'), getComputedStyle(e).direction]))).toEqual([['ltr', 'ltr'], ['ltr', 'ltr']]);
    expect(await open.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await print.screenshot({ path: '/tmp/klarplan-e2e-print-ar.png', fullPage: true });
    for (const s of (await log(print)).inputs) expect(s).not.toMatch(/Yilmaz|\d(?!\])/);
    expect(await runAxe(print)).toEqual([]);
    expect(h.problems(print)).toEqual([]);
    await print.close();
  });

  it('nothing stored but the switch; no plan text, no translation; no request out; no errors', async () => {
    const stored = await h.extensionStorage();
    expect(stored.local[TRANSLATION_SETTING_KEY]).toEqual({ enabled: true });
    const translations = [...(await log(client)).inputs, '[EN] Ich schicke', 'ترجمة'];
    expect(planTextsIn(stored, [...buildScript(EXAMPLE_PLAN).points.map((p) => p.text).filter(Boolean), ...translations])).toEqual([]);
    expect(h.externalRequests()).toEqual([]);
    expect(h.problems(client)).toEqual([]);
    expect(h.problems(panel)).toEqual([]);
  });
});

describe.runIf(E2E_ENABLED)('the client\'s language where it cannot be offered', () => {
  for (const [label, script] of [
    ['a browser without the Translator API', NO_TRANSLATOR],
    ['a Translator API the administrator forbids', FORBIDDING_TRANSLATOR],
  ] as const) {
    it(`${label}: no switch, no choice, even with the setting on; the client view as without it`, async () => {
      const h = await launchExtension();
      try {
        await h.context.addInitScript(script);
        const sw = await h.serviceWorker();
        await sw.evaluate((key) => (globalThis as unknown as { chrome: any }).chrome.storage.local.set({ [key]: { enabled: true } }), TRANSLATION_SETTING_KEY); // eslint-disable-line @typescript-eslint/no-explicit-any
        const panel = await h.openSidePanel();
        await readAloud(panel).waitFor();
        const client = await openClientView(h, panel);
        await tap(button(panel, 'Vorlesen'));
        await expect.poll(() => client.locator('.cv-text').innerText()).toMatch(/^Ich möchte wieder als Fachkraft/);
        await panel.waitForTimeout(500);
        expect(await readAloud(panel).locator('.translation-setting').count()).toBe(0);
        expect(await client.locator('.client-language, .translation').count()).toBe(0);
        expect(h.externalRequests()).toEqual([]);
        expect(h.problems(client)).toEqual([]);
      } finally {
        await h.close();
      }
    });
  }
});

describe.runIf(E2E_ENABLED)('the administrator decides (managed "translation")', () => {
  for (const forced of [false, true]) {
    it(`forced ${forced ? 'on' : 'off'}: the switch shows it locked; the client view ${forced ? 'offers' : 'does not offer'} the choice whatever the case worker chose`, async () => {
      const removePolicy = writeKlarplanPolicy('klarplan-e2e-translation', { [MANAGED_TRANSLATION_KEY]: forced });
      const h = await launchExtension();
      try {
        await h.context.addInitScript(FAKE_TRANSLATOR);
        const sw = await h.serviceWorker();
        await expect.poll(() => sw.evaluate(async (key) => (await (globalThis as unknown as { chrome: any }).chrome.storage.managed.get(key))[key], MANAGED_TRANSLATION_KEY), { timeout: 15_000 }).toBe(forced); // eslint-disable-line @typescript-eslint/no-explicit-any
        await sw.evaluate(([key, enabled]) => (globalThis as unknown as { chrome: any }).chrome.storage.local.set({ [key as string]: { enabled } }), [TRANSLATION_SETTING_KEY, !forced] as const); // eslint-disable-line @typescript-eslint/no-explicit-any
        const panel = await h.openSidePanel();
        const box = readAloud(panel).getByRole('checkbox', { name: /Übersetzung anbieten/ });
        await box.waitFor();
        await expect.poll(() => box.isChecked()).toBe(forced);
        expect(await box.isDisabled()).toBe(true);
        expect(await readAloud(panel).locator('.translation-setting').innerText()).toMatch(/von Ihrer Verwaltung festgelegt/);
        const client = await openClientView(h, panel);
        await client.waitForTimeout(500);
        expect(await client.locator('.client-language').count()).toBe(forced ? 1 : 0);
      } finally {
        await h.close();
        removePolicy();
      }
    });
  }
});
