/**
 * The whole loop on Klarplan's own demo page: the page agent reads the form, the side panel checks it live,
 * "Übernehmen" writes the rewrite into the field through the browser's input path, and Ctrl+Z restores the old
 * text. No request leaves the extension meanwhile. The trainer's views on the same page (gallery, before/after,
 * presentation mode) are tested in trainer.e2e.test.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ENABLED, launchExtension, type Harness } from './harness';

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
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/Der Plan auf der Seite ist geprüft – \d+ Hinweise: /);
    const jobcenter = panel.locator('section.finding-group[aria-labelledby="gruppe-jobcenter"]');
    expect(await jobcenter.locator('li.card').count()).toBeGreaterThan(0);
    expect(await panel.locator('.balance-line').innerText()).toMatch(/^Jobcenter: \d+ von \d+ Zusagen mit Termin/);
  });

  it('"Übernehmen" writes the rewrite into the field, and Ctrl+Z restores the old text', async () => {
    const field = demo.locator('textarea[aria-label="Zunächst möchte ich Folgendes erreichen"]');
    const before = await field.inputValue();
    expect(before).toContain('Integration in den ersten Arbeitsmarkt.');
    const finding = panel.locator('li.card', { hasText: 'Integration in den ersten Arbeitsmarkt' }).first();
    await finding.getByRole('button', { name: 'Übernehmen' }).click();
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toContain('Ich möchte mich in den ersten Arbeitsmarkt integrieren.');
    const after = await field.inputValue();
    expect(after.replace('Ich möchte mich in den ersten Arbeitsmarkt integrieren.', 'Integration in den ersten Arbeitsmarkt.')).toBe(before);
    await field.focus();
    await demo.keyboard.press('Control+z');
    await expect.poll(() => field.inputValue(), { timeout: 5_000 }).toBe(before);
  });

  it('no request left the extension', async () => {
    expect(h.externalRequests()).toEqual([]);
    expect(h.problems(demo)).toEqual([]);
    expect(h.problems(panel)).toEqual([]);
  });
});
