/**
 * Issue 13, the panel a case worker reads in three seconds (Chromium): the first screen is the answer (counts by
 * severity, the job centre's balance, the plan date, then the cards, the first job-centre warning visible at 400×800
 * without scrolling); one card per entry with tags, one proposal and one "Warum?"; named as the form names it and
 * "Im Formular zeigen"; a threat sentence deleted in one click with no jargon noise on it; "Ignorieren" for the
 * session (hashes only), "Regel ausschalten"; Alt+↓/↑/Enter; a marker's 'klarplan/focus' goes to the card; the plan
 * date shown and changeable; the page notices; no sideways scroll at 320–500 px; axe-core with zero violations of any
 * impact; screenshots at 320 and 400 px into docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ENABLED, REPO_ROOT, launchExtension, runAxe, type Harness } from './harness';

const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
const SHOTS = join(REPO_ROOT, 'docs/screenshots');

/** documentElement.scrollWidth − clientWidth at each width (0 everywhere: no sideways scroll). */
async function overflowAt(panel: Page, widths: readonly number[]): Promise<Record<number, number>> {
  const out: Record<number, number> = {};
  for (const width of widths) {
    await panel.setViewportSize({ width, height: 800 });
    await panel.waitForTimeout(50);
    out[width] = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }
  return out;
}
const NO_OVERFLOW = { 320: 0, 400: 0, 500: 0 };

/** Every <details> in the panel opened (the widest state). */
const openAllDetails = (panel: Page) => panel.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
const closeAllDetails = (panel: Page) => panel.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));

describe.runIf(E2E_ENABLED)('the panel: first screen = the answer', () => {
  let h: Harness;
  let panel: Page;
  let demo: Page;
  const status = () => panel.locator('#status').innerText();
  const shownCount = async () => Number(/(\d+) Hinweis/.exec(await status())?.[1] ?? '0');

  beforeAll(async () => {
    h = await launchExtension();
    panel = await h.openSidePanel();
    await panel.setViewportSize({ width: 400, height: 800 });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('before any check: no sideways scroll, axe-core clean at every impact', async () => {
    await panel.locator('h1').first().waitFor();
    expect(await overflowAt(panel, [320, 400, 500])).toEqual(NO_OVERFLOW);
    await openAllDetails(panel);
    expect(await overflowAt(panel, [320, 400, 500])).toEqual(NO_OVERFLOW);
    await closeAllDetails(panel);
    expect(await runAxe(panel, ALL_IMPACTS)).toEqual([]);
  });

  it('the demo form: counts by severity and the balance on top; the first job-centre warning is on the first screen at 400×800', async () => {
    demo = await h.context.newPage();
    await demo.goto(`${h.extensionOrigin}/demo.html`);
    await demo.locator('textarea').first().waitFor();
    await demo.bringToFront();
    await demo.locator('textarea[aria-label="Schritt 1"]').focus();
    await demo.keyboard.type(' ');
    await expect.poll(status, { timeout: 30_000 }).toMatch(/^Der Plan auf der Seite ist geprüft – \d+ Hinweise: (\d+ wichtig · )?\d+ Empfehlungen?( · \d+ Tipps?)?\.$/);
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.evaluate(() => window.scrollTo(0, 0));
    expect(await panel.locator('.balance-line').innerText()).toMatch(/^Jobcenter: 0 von \d+ Zusagen mit Termin, 0 von \d+ mit Namen$/);
    // What the status counts is what the cards show.
    expect(await panel.locator('li.card li.finding').count()).toBe(await shownCount());

    const firstJc = panel.locator('section.finding-group[aria-labelledby="gruppe-jobcenter"] li.card').filter({ hasText: /Termin fehlt|Person fehlt/ }).first();
    const box = await firstJc.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + Math.min(box!.height, 60)).toBeLessThanOrEqual(800); // its name and tags are on the first screen
    const tagsBox = await firstJc.locator('.tags').boundingBox();
    expect(tagsBox!.y + tagsBox!.height).toBeLessThanOrEqual(800);
    // the intro and the example plan are below the findings
    const example = await panel.locator('#beispiel-heading').boundingBox();
    expect(example!.y).toBeGreaterThan(box!.y);
  });

  it('one card per entry: tags, one proposal, one "Warum?"; each rule\'s full message only once', async () => {
    const cards = panel.locator('li.card');
    const n = await cards.count();
    expect(n).toBeGreaterThan(3);
    const ids = await panel.locator('article[data-card]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.card));
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 0; i < n; i++) {
      const card = cards.nth(i);
      expect(await card.locator('details.why').count()).toBe(1);
      expect(await card.getByRole('button', { name: 'Übernehmen' }).count()).toBeLessThanOrEqual(1);
      expect(await card.locator('.tags .tag').count()).toBeGreaterThan(0);
    }
    const messages = await panel.locator('li.card p.message').allInnerTexts();
    expect(messages.length).toBeGreaterThan(0);
    const rulesWithFull = await panel.locator('li.card').evaluateAll((cs) =>
      cs.flatMap((c) => [...c.querySelectorAll('li.finding')].map((f) => (f as HTMLElement).dataset.rule ?? '')),
    );
    // fewer full messages than findings: repeats are tags only
    expect(messages.length).toBeLessThan(rulesWithFull.length);
    const jc = panel.locator('section.finding-group[aria-labelledby="gruppe-jobcenter"] li.card').first();
    expect(await jc.locator('.tags').innerText()).toMatch(/Termin fehlt/);
    expect(await jc.locator('.tags').innerText()).toMatch(/Person fehlt/);
  });

  it('named as the form names it, and "Im Formular zeigen" brings the entry into view', async () => {
    const jc = panel.locator('section.finding-group[aria-labelledby="gruppe-jobcenter"] li.card').first();
    const name = (await jc.locator('.card-name').innerText()).trim();
    expect(name).toMatch(/^Schritt \d+$/);
    await jc.getByRole('button', { name: 'Im Formular zeigen' }).click();
    await expect.poll(() => demo.evaluate(() => document.activeElement?.getAttribute('aria-label')), { timeout: 5_000 }).toBe(name);
  });

  it('the threat sentence: no jargon or readability noise on it, and "Übernehmen" deletes the sentence (Ctrl+Z restores it)', async () => {
    const threat = panel.locator('li.card').filter({ has: panel.locator('.tag', { hasText: 'Drohung streichen' }) });
    expect(await threat.count()).toBe(1);
    expect(await threat.locator('.tag').allInnerTexts()).not.toEqual(expect.arrayContaining(['Amtskürzel', 'Schwer zu lesen', 'Amtswort']));
    expect(await threat.locator('p.message').innerText()).toMatch(/Streichen Sie diesen Satz\.$/);
    expect(await threat.locator('.fix').innerText()).toMatch(/^Vorschlag: Satz streichen/);
    const field = demo.locator('textarea[aria-label="Sonstiges"], textarea').filter({ hasText: 'Leistungsminderung' }).first();
    const before = await field.inputValue();
    await threat.getByRole('button', { name: 'Übernehmen' }).click();
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).not.toContain('Leistungsminderung');
    expect((await field.inputValue()).length).toBeGreaterThan(0);
    await expect.poll(() => panel.locator('.tag', { hasText: 'Drohung streichen' }).count(), { timeout: 10_000 }).toBe(0);
    await field.focus();
    await demo.keyboard.press('Control+z');
    await expect.poll(() => field.inputValue(), { timeout: 5_000 }).toBe(before);
    await expect.poll(() => panel.locator('.tag', { hasText: 'Drohung streichen' }).count(), { timeout: 10_000 }).toBe(1);
  });

  it('keyboard: Alt+↓ / Alt+↑ go from card to card, Alt+Enter applies; the keys are shown', async () => {
    expect(await panel.locator('.keys').innerText()).toMatch(/Alt\+↓ nächster Hinweis · Alt\+↑ voriger · Alt\+Enter übernehmen/);
    // (the panel stays a background tab here: bringing it to the front would make it "the page next to the panel")
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const focused = () => panel.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.card ?? '');
    const ids = await panel.locator('article[data-card]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.card!));
    await panel.keyboard.press('Alt+ArrowDown');
    expect(await focused()).toBe(ids[0]);
    await panel.keyboard.press('Alt+ArrowDown');
    expect(await focused()).toBe(ids[1]);
    await panel.keyboard.press('Alt+ArrowUp');
    expect(await focused()).toBe(ids[0]);
    // to the first card with a proposal, then Alt+Enter writes it into the form
    const withFix = await panel.locator('article[data-card]').evaluateAll((els) => els.findIndex((e) => !!e.querySelector('button.apply')));
    expect(withFix).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < withFix; i++) await panel.keyboard.press('Alt+ArrowDown');
    expect(await focused()).toBe(ids[withFix]);
    const proposal = (await panel.locator('article[data-card]').nth(withFix).locator('.fix q').first().innerText()).trim();
    await panel.keyboard.press('Alt+Enter');
    await expect
      .poll(() => demo.evaluate((p) => [...document.querySelectorAll('textarea')].some((t) => t.value.includes(p)), proposal), { timeout: 10_000 })
      .toBe(true);
    await expect.poll(() => panel.locator('.site-message').innerText(), { timeout: 10_000 }).toMatch(/steht jetzt im Formular/);
  });

  it('a marker click in the page (klarplan/focus) scrolls to that entry\'s card and focuses it', async () => {
    // learn a field id and offset the way the page learns them: from the panel's own "Im Formular zeigen"
    await demo.evaluate(() => {
      const w = window as unknown as { __reveal?: unknown };
      (globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string }) => void): void } } } }).chrome.runtime.onMessage.addListener((m) => {
        if (m.type === 'klarplan/reveal') w.__reveal = m;
      });
    });
    const target = panel.locator('section.finding-group[aria-labelledby="gruppe-jobcenter"] li.card').last();
    const targetId = await target.locator('article').getAttribute('data-card');
    await target.getByRole('button', { name: 'Im Formular zeigen' }).click();
    const reveal = await expect
      .poll(() => demo.evaluate(() => (window as unknown as { __reveal?: { fieldId: string; start: number } }).__reveal ?? null), { timeout: 5_000 })
      .not.toBeNull()
      .then(() => demo.evaluate(() => (window as unknown as { __reveal: { fieldId: string; start: number } }).__reveal));
    await panel.evaluate(() => {
      window.scrollTo(0, 0);
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await demo.evaluate(
      (r) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'klarplan/focus', fieldId: r.fieldId, start: r.start }).catch(() => undefined),
      reveal,
    );
    await expect.poll(() => panel.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.card ?? ''), { timeout: 5_000 }).toBe(targetId);
    const box = await target.locator('article').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(800);
  });

  it('the plan date is shown and changeable: another date re-checks the plan (in memory only)', async () => {
    const line = panel.locator('.plan-date-line');
    expect(await line.innerText()).toMatch(/^(Plan vom \d\d\.\d\d\.\d{4}.*|Kein Datum im Formular – geprüft mit dem heutigen Datum \(\d\d\.\d\d\.\d{4}\)\.)$/);
    const before = await shownCount();
    const rangeBefore = await panel.locator('.tag', { hasText: 'Datum prüfen' }).count();
    await panel.locator('.plan-date-change summary').click();
    await panel.locator('.plan-date-change input[type="date"]').fill('2020-01-01');
    await expect.poll(() => line.innerText(), { timeout: 10_000 }).toBe('Plan vom 01.01.2020 (von Ihnen hier geändert)');
    // the step rows' dates lie far after a plan of 2020: the range rule speaks up
    await expect.poll(() => panel.locator('.tag', { hasText: 'Datum prüfen' }).count(), { timeout: 10_000 }).toBeGreaterThan(rangeBefore);
    expect(await shownCount()).toBeGreaterThan(before);
    // nothing stored (read from the panel itself: h.extensionStorage() opens a tab, which the panel follows)
    const stored = await panel.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: Record<'local' | 'session', { get(k: null): Promise<unknown> }> } }).chrome;
      return JSON.stringify([await c.storage.local.get(null), await c.storage.session.get(null)]);
    });
    expect(stored).not.toContain('2020-01-01');
    await panel.getByRole('button', { name: 'Datum des Plans wieder nehmen' }).click();
    await expect.poll(() => panel.locator('.tag', { hasText: 'Datum prüfen' }).count(), { timeout: 10_000 }).toBe(rangeBefore);
    expect(await shownCount()).toBe(before);
  });

  it('no sideways scroll at 320, 400, 500 px with the findings shown, closed and with every fold open; axe clean at every impact', async () => {
    expect(await overflowAt(panel, [320, 400, 500])).toEqual(NO_OVERFLOW);
    expect(await runAxe(panel, ALL_IMPACTS)).toEqual([]);
    await openAllDetails(panel);
    expect(await overflowAt(panel, [320, 400, 500])).toEqual(NO_OVERFLOW);
    expect(await runAxe(panel, ALL_IMPACTS)).toEqual([]);
    await closeAllDetails(panel);
  });

  it('screenshots of the panel at 320 and 400 px (docs/screenshots/)', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [320, 400]) {
      await panel.setViewportSize({ width, height: 800 });
      await panel.evaluate(() => window.scrollTo(0, 0));
      await panel.screenshot({ path: join(SHOTS, `panel-${width}.png`) });
    }
    await panel.setViewportSize({ width: 400, height: 800 });
  });

  it('"Ignorieren" hides the card for the session (only hashes kept), "Regel ausschalten" is the options page\'s switch', async () => {
    const before = await shownCount();
    const card = panel.locator('section.finding-group[aria-labelledby="gruppe-jobcenter"] li.card').first();
    const id = await card.locator('article').getAttribute('data-card');
    const inCard = await card.locator('li.finding').count();
    await card.getByRole('button', { name: /^Ignorieren: / }).click();
    await expect.poll(shownCount, { timeout: 5_000 }).toBe(before - inCard);
    expect(await panel.locator(`article[data-card="${id}"]`).count()).toBe(0);
    expect(await panel.locator('.ignored').innerText()).toMatch(/nicht gezeigt/);
    // only hashes in session storage, no plan text anywhere in storage
    const session = await panel.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get(null));
    const keys = session['klarplan.dismissed'] as string[];
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.length).toBeLessThanOrEqual(inCard);
    expect(keys.every((k) => /^[0-9a-f]+$/.test(k))).toBe(true);
    expect(JSON.stringify(session)).not.toMatch(/Jobcenter|unterstützt/);
    expect(JSON.stringify((await h.extensionStorage()).local)).not.toMatch(/Jobcenter|unterstützt/);
    // the panel reopened in the same browser session: still hidden
    await panel.reload();
    await demo.bringToFront();
    await demo.locator('textarea[aria-label="Schritt 1"]').focus();
    await demo.keyboard.type(' ');
    await expect.poll(status, { timeout: 30_000 }).toMatch(/Der Plan auf der Seite ist geprüft/);
    await expect.poll(() => panel.locator(`article[data-card="${id}"]`).count(), { timeout: 5_000 }).toBe(0);
    await panel.getByRole('button', { name: 'Ignorierte wieder zeigen' }).click();
    await expect.poll(() => panel.locator(`article[data-card="${id}"]`).count(), { timeout: 5_000 }).toBe(1);

    // "Regel ausschalten": the same setting as the options page; the rule's findings go at once
    const vague = panel.locator('li.card').filter({ has: panel.locator('.tag', { hasText: 'Handlung unklar' }) }).first();
    await vague.locator('details.why summary').click();
    await vague.getByRole('button', { name: /^Regel „.*“ ausschalten$/ }).filter({ hasText: 'Unkonkrete Zusage' }).click();
    await expect.poll(() => panel.locator('.tag', { hasText: 'Handlung unklar' }).count(), { timeout: 10_000 }).toBe(0);
    const settings = (await h.extensionStorage()).local['klarplan.settings'] as { rules: Record<string, { enabled?: boolean }> };
    expect(settings.rules['vague-commitment']?.enabled).toBe(false);
    const options = await h.context.newPage();
    await options.goto(`${h.extensionOrigin}/options.html`);
    const row = options.locator('tr[data-rule="vague-commitment"]');
    await expect.poll(() => row.locator('input[type="checkbox"]').first().isChecked(), { timeout: 10_000 }).toBe(false);
    await options.close();
  });

  it('a page plan with its own date and notices: date line, the form\'s names, notices, axe clean', async () => {
    // Sent as the page agent sends it, from the active tab (an extension page without an agent of its own).
    const other = await h.context.newPage();
    await other.goto(`${h.extensionOrigin}/catalogue.html`);
    await other.bringToFront();
    await panel.waitForTimeout(300);
    const text = 'Das Jobcenter unterstützt mich bei der Vermittlung.';
    await other.evaluate(
      (t) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime
          .sendMessage({
            type: 'klarplan/plan',
            plan: {
              url: 'https://fachverfahren.example/plan',
              fields: [
                { id: 'z1', kind: 'textarea', section: 'ziel', label: 'Ziel', text: 'Ich arbeite als Lagerhelfer.', entries: [{ text: 'Ich arbeite als Lagerhelfer.', start: 0 }] },
                { id: 'j5', kind: 'textarea', section: 'jobcenter', label: 'Was', name: 'Schritt 5', text: t, entries: [{ text: t, start: 0 }] },
              ],
              // the lines around the plan that hold a date, as the page agent sends them: the panel reads the date
              dateLines: ['Kooperationsplan vom 02.03.2026', 'Gültig bis 02.09.2026'],
              notices: [
                { kind: 'limit', what: 'fields', found: 250, limit: 200 },
                { kind: 'frame', origin: 'https://andere.example' },
                { kind: 'unplaced', fieldId: 'u1', label: 'Bemerkung' },
                { kind: 'error', message: 'Ein Feld war nicht lesbar.' },
              ],
            },
          })
          .catch(() => undefined),
      text,
    );
    await expect.poll(() => panel.locator('.plan-date-line').innerText(), { timeout: 10_000 }).toBe('Plan vom 02.03.2026 · läuft bis 02.09.2026');
    expect(await panel.locator('.card-name').first().innerText()).toBe('Schritt 5');
    const notices = await panel.locator('.page-notices').innerText();
    expect(notices).toContain('Auf dieser Seite sind mehr als 200 Felder (250) – Klarplan prüft die ersten 200.');
    expect(notices).toContain('Ein Teil dieser Seite kommt von andere.example – Klarplan darf ihn nicht lesen.');
    expect(notices).toContain('Bemerkung');
    expect(notices).toContain('Ein Feld war nicht lesbar.');
    expect(await panel.getByRole('button', { name: 'Auf andere.example einschalten' }).isVisible()).toBe(true);
    expect(await overflowAt(panel, [320, 400, 500])).toEqual(NO_OVERFLOW);
    expect(await runAxe(panel, ALL_IMPACTS)).toEqual([]);
    expect(h.problems(panel)).toEqual([]);
    expect(h.externalRequests()).toEqual([]);
    await other.close();
  });
});
