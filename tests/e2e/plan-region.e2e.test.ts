/**
 * Issue 16 in Chromium: the plan split over a tab not shown and a closed <details> is read and "Im Formular zeigen"
 * opens the tab; remarks of the case file outside the plan stay out; the step row's "Zuständig" person counts as
 * named; a travel-cost form stays quiet; a frame from another origin is named with its switch.
 * Switched on the case worker's way: a click on Klarplan's toolbar button on the page (activeTab).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ENABLED, launchExtension, type Harness } from './harness';

const CHECKED = /Der Plan auf der Seite ist geprüft – \d+ Hinweis/;
let opened = 0;

describe.runIf(E2E_ENABLED)('the plan as a region, hidden parts, frames, owners (issue 16)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(path: string): Promise<{ page: Page; panel: Page }> {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url(path)}?tab=${++opened}`);
    const panel = await h.openSidePanel();
    await page.bringToFront();
    await h.clickToolbarButton(page);
    return { page, panel };
  }

  const status = (panel: Page) => panel.locator('p.page-status').innerText();
  const shownPoints = (panel: Page) => panel.locator('details.page-plan .plan-section li').allTextContents();

  it('tab not shown and closed <details> are read, outside remarks stay out, the owner column\'s person counts, reveal opens the tab', async () => {
    const { page, panel } = await open('/plan-region.html');
    await expect.poll(() => status(panel), { timeout: 30_000 }).toMatch(CHECKED);
    const points = await shownPoints(panel);
    expect(points.join('\n')).toContain('Ich möchte als Fachkraft für Lagerlogistik arbeiten.');
    expect(points.join('\n')).toContain('Ich kann erst ab 8 Uhr anfangen'); // closed <details>
    expect(points.join('\n')).toContain('Ich melde mich zum Staplerkurs an.'); // tab not shown
    expect(points.join('\n')).toContain('Übernahme der Fahrtkosten zum Kurs.');
    for (const outside of ['Lohnabrechnungen', 'Vormittags schwer erreichbar', 'Vorlage Schritt']) expect(points.join('\n')).not.toContain(outside);

    // "Wer im Jobcenter?" only for the row whose owner column names nobody ("Jobcenter"), not for "Jobcenter (Frau Lindner)"
    // (the cards: an entry's card holds its findings, each with its rule id)
    const nobody = panel.locator('article[data-card]').filter({ has: panel.locator('li.finding[data-rule="missing-counterpart"]') });
    await expect.poll(() => nobody.count()).toBe(1);
    expect(await nobody.first().innerText()).toMatch(/Fahrtkosten|Jobcenter/);
    expect(await nobody.filter({ hasText: 'Staplerschein' }).count()).toBe(0);

    // "Im Formular zeigen" on that finding: the tab "Vereinbarungen" opens and the field is focused
    expect(await page.locator('#panel-vb').isVisible()).toBe(false);
    await nobody.first().getByRole('button', { name: 'Im Formular zeigen' }).click();
    await expect.poll(() => page.locator('#panel-vb').isVisible(), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5_000 }).toBe('v3');
    expect(await page.locator('#tab-vb').getAttribute('aria-selected')).toBe('true');
  });

  it('a travel-cost form with one "Bemerkungen" field stays quiet', async () => {
    const { panel } = await open('/fahrtkosten.html');
    await expect.poll(() => status(panel), { timeout: 30_000 }).toMatch(/kein Kooperationsplan zu erkennen/);
    expect(await panel.locator('li.finding').count()).toBe(0);
  });

  it('a frame from another origin is named, with the switch for that origin', async () => {
    const { page, panel } = await open('/portal.html');
    const other = `localhost:${new URL(page.url()).port}`;
    const site = panel.locator('main');
    await expect
      .poll(() => site.innerText(), { timeout: 30_000 })
      .toContain(`Ein Teil dieser Seite kommt von ${other} – Klarplan darf ihn nicht lesen.`);
    expect(await panel.getByRole('button', { name: `Auf ${other} einschalten` }).isVisible()).toBe(true);
  });
});
