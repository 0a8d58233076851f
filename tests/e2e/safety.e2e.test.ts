/**
 * Safety over one browser session: the side panel checks the example plan, Klarplan is switched on (toolbar
 * button) on every fixture page, which is then edited — once with markup in the plan text — and then
 *  - no request has gone anywhere but the extension itself and the test's page server (every request of the
 *    context is recorded: pages, frames, extension pages, the extension's service worker);
 *  - no plan text sits in chrome.storage.local / sync, nor in the extension origin's localStorage / IndexedDB.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN } from '../../examples/example-plan';
import { entryText, SECTION_KEYS } from '../../core/plan';
import { E2E_ENABLED, launchExtension, locateField, planTextsIn, waitForIdle, type Harness } from './harness';
import { allPlanTexts, FIXTURE_PAGES, planFields } from './pages/index';

describe.runIf(E2E_ENABLED)('safety: one session with the side panel and every fixture page', () => {
  let h: Harness;
  const pages: Page[] = [];

  let panel: Page;
  let markupShown = '';
  let markupElements = -1;
  const MARKUP = ' <img src=x onerror="document.title=\'pwned\'"> <script>document.title=\'pwned\'</script>';

  beforeAll(async () => {
    h = await launchExtension();
    panel = await h.openSidePanel();
    pages.push(panel);
    await panel.getByRole('button', { name: 'Beispielplan prüfen' }).click();
    await panel.getByText(/Beispielplan ist geprüft/).waitFor({ timeout: 30_000 });

    for (const spec of FIXTURE_PAGES) {
      const page = await h.openFixture(spec);
      pages.push(page);
      // Klarplan switched on the case worker's way (toolbar button on the page), so the page agent runs.
      await page.bringToFront();
      await h.clickToolbarButton(page);
      await panel.locator('p.page-status').filter({ hasText: spec.hasPlan ? /geprüft/ : /kein Kooperationsplan/ }).waitFor({ timeout: 30_000 });
      // Type into the page's first plan field (or its only field), as a case worker would; on the first page
      // the text carries markup, which must reach the panel as text and never run.
      const field = planFields(spec)[0] ?? spec.fields[spec.fields.length - 1]!;
      const el = locateField(page, field);
      await el.click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Ich rufe Frau Schneider an.' + (spec === FIXTURE_PAGES[0] ? MARKUP : ''));
      await waitForIdle(page);
      if (spec === FIXTURE_PAGES[0]) {
        const view = panel.locator('details.page-plan').filter({ hasText: 'onerror' });
        await view.waitFor({ state: 'attached', timeout: 10_000 });
        markupShown = await view.evaluate((d) => d.textContent ?? '');
        markupElements = await panel.locator('img[src="x"], details.page-plan script').count();
      }
    }
    await waitForIdle(panel);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('recorded the session: the extension pages and every fixture page were requested', () => {
    const urls = h.requests().map((r) => r.url);
    expect(urls.some((u) => u.startsWith(`${h.extensionOrigin}/sidepanel.html`))).toBe(true);
    for (const spec of FIXTURE_PAGES) expect(urls.some((u) => u.startsWith(h.server.url(spec.path)))).toBe(true);
  });

  it('plan text with markup shows as text in the panel and never runs', async () => {
    expect(markupShown).toContain('<img src=x onerror="document.title=\'pwned\'">');
    expect(markupShown).toContain("<script>document.title='pwned'</script>");
    expect(markupElements).toBe(0);
    expect(await panel.title()).toBe('Klarplan');
    for (const page of pages) expect(await page.title()).not.toBe('pwned');
  });

  it('no request left the extension or the test server', () => {
    expect(h.externalRequests()).toEqual([]);
  });

  it('no plan text in chrome.storage.local / sync, localStorage or IndexedDB of the extension', async () => {
    const texts = [
      ...allPlanTexts(),
      ...SECTION_KEYS.flatMap((k) => (EXAMPLE_PLAN.sections[k] ?? []).map(entryText)),
      'Ich rufe Frau Schneider an.',
    ];
    const stored = await h.extensionStorage();
    expect(planTextsIn(stored.local, texts)).toEqual([]);
    expect(planTextsIn(stored.sync, texts)).toEqual([]);
    expect(planTextsIn(stored.localStorage, texts)).toEqual([]);
    expect(stored.indexedDB).toEqual([]);
  });

  it('no errors in the extension (service worker, side panel)', () => {
    const fromExtension = h.problems().filter((p) => p.url.startsWith(h.extensionOrigin));
    expect(fromExtension).toEqual([]);
  });
});
