/**
 * The side panel page (opened as a tab): it renders, "Beispielplan prüfen" shows the findings as cards under the
 * headings in plan order, axe-core finds no violations of any impact, and Tab reaches every control.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_HEADINGS, SECTION_KEYS } from '../../core/plan';
import { E2E_ENABLED, keyboardReach, launchExtension, runAxe, type Harness } from './harness';

const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;

describe.runIf(E2E_ENABLED)('side panel', () => {
  let h: Harness;
  let panel: Page;

  beforeAll(async () => {
    h = await launchExtension();
    panel = await h.openSidePanel();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('loads: the extension runs and its side panel page renders', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await (await h.serviceWorker()).evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string; manifest_version: number } } } }).chrome.runtime.getManifest(),
    );
    expect(manifest.name).toBe('Klarplan');
    expect(manifest.manifest_version).toBe(3);
    await expect(panel.title()).resolves.toBe('Klarplan');
    expect(await panel.locator('h1').first().innerText()).toBe('Klarplan');
    expect(await panel.getByRole('button', { name: 'Beispielplan prüfen' }).isVisible()).toBe(true);
    expect(h.problems(panel)).toEqual([]);
  });

  it('axe-core: no violations of any impact before a check', async () => {
    expect(await runAxe(panel, ALL_IMPACTS)).toEqual([]);
  });

  it('"Beispielplan prüfen" shows the findings as cards under the headings, in plan order', async () => {
    await panel.getByRole('button', { name: 'Beispielplan prüfen' }).click();
    const status = panel.locator('#status');
    await expect.poll(() => status.innerText(), { timeout: 30_000 }).toMatch(/Beispielplan ist geprüft/);

    const result = panel.locator('section[aria-labelledby="ergebnis-heading"]');
    const groups = result.locator('section.finding-group');
    const headings = await groups.evaluateAll((els) => els.map((el) => el.querySelector('h1, h2, h3, h4, h5, h6')?.firstChild?.textContent?.trim() ?? ''));
    // The headings with findings, in plan order (then, if any, findings about the whole plan).
    const sectionHeadings = SECTION_KEYS.map((k) => SECTION_HEADINGS[k] as string);
    const sections = headings.filter((t) => t !== 'Plan insgesamt');
    expect(sections.every((t) => sectionHeadings.includes(t))).toBe(true);
    expect(sections.map((t) => sectionHeadings.indexOf(t))).toEqual([...sections.map((t) => sectionHeadings.indexOf(t))].sort((a, b) => a - b));

    // As many findings shown as the status line counts, and the example's weak Jobcenter section has some.
    const count = Number(/(\d+) Hinweis/.exec(await status.innerText())?.[1] ?? 'NaN');
    expect(count).toBeGreaterThan(0);
    expect(await result.locator('li.card li.finding').count()).toBe(count);
    const jobcenter = result.locator('section.finding-group[aria-labelledby="gruppe-jobcenter"]');
    expect(await jobcenter.locator('li.card').count()).toBe(3);
    expect(h.problems(panel)).toEqual([]);
  });

  it('axe-core: no violations of any impact with the findings shown', async () => {
    expect(await runAxe(panel, ALL_IMPACTS)).toEqual([]);
  });

  it('keyboard: Tab reaches every control, the "Beispielplan prüfen" button and every button among the findings', async () => {
    // every fold open, so every control of the cards ("Warum?" with its buttons, the plan date) is on the page
    await panel.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const reach = await keyboardReach(panel);
    expect(reach.controls.length).toBeGreaterThan(1);
    expect(reach.controls.some((c) => c.includes('Beispielplan prüfen'))).toBe(true);
    expect(reach.unreachable).toEqual([]);
  });

  it('keyboard: Enter on the focused button runs the check', async () => {
    await panel.reload();
    await panel.locator('h1').first().waitFor();
    await panel.getByRole('button', { name: 'Beispielplan prüfen' }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('#status').innerText(), { timeout: 30_000 }).toMatch(/Beispielplan ist geprüft/);
  });
});
