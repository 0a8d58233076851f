/**
 * The whole loop on Klarplan's own demo page: the page agent reads the form, the side panel checks it live,
 * "Übernehmen" writes the rewrite into the field through the browser's input path, and Ctrl+Z restores the old
 * text. No request leaves the extension meanwhile.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ENABLED, launchExtension, runAxe, type Harness } from './harness';

describe.runIf(E2E_ENABLED)('demo page with the side panel', () => {
  let h: Harness;
  let panel: Page;
  let demo: Page;

  beforeAll(async () => {
    h = await launchExtension();
    demo = await h.context.newPage();
    await demo.goto(`${h.extensionOrigin}/demo.html`);
    await demo.locator('textarea').first().waitFor();
    panel = await h.openSidePanel();
    await demo.bringToFront(); // the panel reads the tab next to it: the demo page is the active tab
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the panel shows the demo plan, checked, as it stands in the form', async () => {
    // a change in the form makes the agent report the plan
    await demo.locator('textarea[aria-label="Schritt 1"]').focus();
    await demo.keyboard.type(' ');
    const status = panel.locator('p.status', { hasText: 'Plan auf der Seite' });
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/Der Plan auf der Seite ist geprüft: \d+ Hinweise/);
    const jobcenter = panel.locator('section.finding-group').nth(3);
    expect(await jobcenter.locator('li.finding').count()).toBeGreaterThan(0);
    expect(await panel.locator('.balance').innerText()).toMatch(/Zusagen des Jobcenters/);
  });

  it('"Übernehmen" writes the rewrite into the field, and Ctrl+Z restores the old text', async () => {
    const field = demo.locator('textarea[aria-label="Zunächst möchte ich Folgendes erreichen"]');
    const before = await field.inputValue();
    expect(before).toContain('Integration in den ersten Arbeitsmarkt.');
    const finding = panel.locator('li.finding', { hasText: 'Hauptwortstil' }).first();
    await finding.getByRole('button', { name: 'Übernehmen' }).click();
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toContain('Ich möchte mich in den ersten Arbeitsmarkt integrieren.');
    const after = await field.inputValue();
    expect(after.replace('Ich möchte mich in den ersten Arbeitsmarkt integrieren.', 'Integration in den ersten Arbeitsmarkt.')).toBe(before);
    await field.focus();
    await demo.keyboard.press('Control+z');
    await expect.poll(() => field.inputValue(), { timeout: 5_000 }).toBe(before);
  });

  it('gallery and before/after: a scenario weak vs improved, side by side, fewer findings after; presentation mode', async () => {
    await demo.getByLabel('Beispiel').selectOption({ label: '06 · Das Jobcenter verspricht nichts Konkretes' });
    await demo.getByRole('button', { name: 'Verbesserte Fassung' }).click();
    await expect.poll(() => demo.locator('textarea').first().inputValue()).not.toBe('');
    await demo.getByRole('button', { name: 'Vorher – nachher' }).click();
    const before = demo.locator('section.ba-side').nth(0);
    const after = demo.locator('section.ba-side').nth(1);
    await before.locator('.ba-count').waitFor({ timeout: 20_000 });
    const count = async (side: typeof before) => Number(/(\d+) Hinweis/.exec(await side.locator('.ba-count').innerText())?.[1]);
    expect(await count(before)).toBeGreaterThan(await count(after));
    expect(await before.locator('.balance').innerText()).toMatch(/Zusagen des Jobcenters/);
    expect(await after.locator('.readability').innerText()).toMatch(/Flesch-Amstad/);
    expect(await runAxe(demo)).toEqual([]);
    await demo.getByRole('button', { name: 'Präsentation (große Schrift)' }).click();
    expect(await demo.evaluate(() => document.documentElement.classList.contains('presentation'))).toBe(true);
    await demo.keyboard.press('Escape');
    expect(await demo.evaluate(() => document.documentElement.classList.contains('presentation'))).toBe(false);
    expect(h.problems(demo)).toEqual([]);
  });

  it('no request left the extension', async () => {
    expect(h.externalRequests()).toEqual([]);
    expect(h.problems(demo)).toEqual([]);
    expect(h.problems(panel)).toEqual([]);
  });
});
