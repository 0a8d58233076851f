/**
 * The page agent on every fixture page, the way a case worker switches it on: a click on Klarplan's toolbar
 * button on the page (the browser's `activeTab` grant; no host permission, nothing stored).
 * Per page: the fields are mapped to the six headings as the page spec says, findings and count markers
 * appear, typing updates the panel (latency measured), "Übernehmen" writes through the page's own editor and
 * Ctrl+Z restores the text, "Im Formular zeigen" selects or highlights the text. Nothing leaves the machine.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../checker/findings';
import { SECTION_HEADINGS, SECTION_KEYS } from '../../core/plan';
import { E2E_ENABLED, fixtureChanges, fixtureValues, launchExtension, locateField, markerBadges, type Harness } from './harness';
import { FIXTURE_PAGES, planFields, type FixturePage } from './pages/index';

// The extension API inside the panel page (evaluated there, typed loosely here).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const CHECKED = /Der Plan auf der Seite ist geprüft – \d+ Hinweis/

/** What the panel's "So liest Klarplan den Plan" view should list: per heading, the points in page order. */
function expectedPlan(spec: FixturePage): string[][] {
  return SECTION_KEYS.map((key) =>
    planFields(spec)
      .filter((f) => f.section === key)
      .flatMap((f) => f.entries.map((e) => e.text + (e.due ? ` (bis ${formatDate(e.due)})` : ''))),
  );
}

/** The plan as the panel shows it: per heading, its points (empty list for "(leer)"). */
async function shownPlan(panel: Page): Promise<string[][]> {
  return panel.locator('details.page-plan .plan-section').evaluateAll((sections) =>
    sections.map((s) => [...s.querySelectorAll('li')].map((li) => li.textContent ?? '')),
  );
}

async function pageStatus(panel: Page): Promise<string> {
  return panel.locator('p.page-status').innerText();
}

describe.runIf(E2E_ENABLED)('page agent on the fixture pages', () => {
  let h: Harness;
  const latencies: number[] = [];

  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    if (latencies.length) {
      const sorted = [...latencies].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      console.log(
        `live update, last keystroke → panel shows the re-checked plan: n=${sorted.length}, p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms`,
      );
    }
    await h?.close();
  });

  /** The case worker's way in: a click on Klarplan's toolbar button on the page (the panel is open beside it). */
  async function switchOn(page: Page): Promise<Page> {
    const panel = await h.openSidePanel();
    await page.bringToFront(); // the page is the active tab next to the panel
    await h.clickToolbarButton(page);
    return panel;
  }

  for (const spec of FIXTURE_PAGES.filter((p) => p.hasPlan)) {
    it(`${spec.name}: fields mapped, findings and markers shown, live update, apply + Ctrl+Z, reveal`, async () => {
      const page = await h.openFixture(spec);
      const panel = await switchOn(page);
      await expect.poll(() => pageStatus(panel), { timeout: 30_000 }).toMatch(CHECKED);

      // Mapping: every plan field under its heading, every point in page order, step-row dates as due.
      expect(await panel.locator('details.page-plan .plan-section h3').evaluateAll((hs) => hs.map((x) => x.textContent))).toEqual(SECTION_KEYS.map((k) => SECTION_HEADINGS[k]));
      await expect.poll(() => shownPlan(panel), { timeout: 10_000 }).toEqual(expectedPlan(spec));

      // Findings under the headings, and a count marker in the page (in Klarplan's own overlay element).
      const findings = panel.locator('section[aria-labelledby="ergebnis-heading"] li.finding');
      expect(await findings.count()).toBeGreaterThan(0);
      // One badge per plan field with findings, its count the findings in that field; they add up to the panel's.
      const total = Number(/(\d+) Hinweis/.exec(await pageStatus(panel))?.[1]);
      await expect
        .poll(async () => (await markerBadges(page)).reduce((sum, t) => sum + Number(t), 0), { timeout: 5_000 })
        .toBe(total - (await panel.locator('section.finding-group', { hasText: 'Plan insgesamt' }).locator('li.finding').count()));
      expect((await markerBadges(page)).length).toBeGreaterThan(0);

      // Live: a point typed into the goal field shows up in the panel, re-checked.
      const ziel = planFields(spec).find((f) => f.section === 'ziel')!;
      await locateField(page, ziel).click();
      await page.keyboard.press('Control+End');
      const typed = 'Ich suche eine Stelle in der Nähe.';
      // A new point on a new line; a one-line input gets it at the end of its only point.
      if (ziel.kind === 'input') await page.keyboard.type(` ${typed}`);
      else {
        await page.keyboard.press('Enter');
        await page.keyboard.type(typed);
      }
      const zielPoints = () => shownPlan(panel).then((p) => (p[SECTION_KEYS.indexOf('ziel')] ?? []).join('\n'));
      await expect.poll(zielPoints, { timeout: 5_000 }).toContain(typed);

      // "Übernehmen": the first proposed rewrite is written through the page's own editor; the page's
      // framework sees the change; Ctrl+Z in the field restores the text.
      const withFix = panel.locator('li.card', { has: panel.locator('.fix q') }).filter({ has: panel.getByRole('button', { name: 'Übernehmen' }) }).first();
      const proposal = (await withFix.locator('.fix q').first().innerText()).trim();
      const before = await fixtureValues(page);
      const changesBefore = await fixtureChanges(page);
      await withFix.getByRole('button', { name: 'Übernehmen' }).click();
      await expect.poll(async () => Object.values(await fixtureValues(page)).some((v) => v.includes(proposal)), { timeout: 10_000 }).toBe(true);
      const after = await fixtureValues(page);
      const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
      expect(changed).toHaveLength(1);
      const key = changed[0]!;
      expect((await fixtureChanges(page))[key] ?? 0).toBeGreaterThan(changesBefore[key] ?? 0);
      await expect.poll(() => pageStatus(panel)).toMatch(CHECKED);
      await expect.poll(() => panel.locator('.site-message').innerText()).toMatch(/steht jetzt im Formular/);
      const field = spec.fields.find((f) => f.key === key)!;
      await locateField(page, field).click();
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await fixtureValues(page))[key], { timeout: 5_000 }).toBe(before[key]);

      // "Im Formular zeigen": the finding's text is selected (textarea, input) or highlighted (editors).
      const revealable = panel.locator('li.card', { has: panel.getByRole('button', { name: 'Im Formular zeigen' }) }).first();
      await revealable.getByRole('button', { name: 'Im Formular zeigen' }).click();
      await expect
        .poll(
          async () => {
            for (const frame of page.frames()) {
              const shown = await frame
                .evaluate(() => {
                  let el: Element | null = document.activeElement;
                  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
                  const selected =
                    el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? (el.selectionEnd ?? 0) > (el.selectionStart ?? 0) : false;
                  const highlighted = ((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0) > 0;
                  return selected || highlighted;
                })
                .catch(() => false);
              if (shown) return true;
            }
            return false;
          },
          { timeout: 5_000 },
        )
        .toBe(true);

      expect(h.problems(page)).toEqual([]);
      expect(h.problems(panel)).toEqual([]);
      expect(h.externalRequests()).toEqual([]);
      await panel.close();
      await page.close();
    });
  }

  it('contact form (no plan): no plan warnings, no markers', async () => {
    const page = await h.openFixture('contact');
    const panel = await switchOn(page);
    await expect.poll(() => pageStatus(panel), { timeout: 30_000 }).toMatch(/kein Kooperationsplan/);
    expect(await panel.locator('li.finding').count()).toBe(0);
    expect(await markerBadges(page)).toEqual([]);
    expect(h.externalRequests()).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('a fix whose field changed since the check writes nothing', async () => {
    const spec = FIXTURE_PAGES.find((p) => p.name === 'textarea')!;
    const page = await h.openFixture(spec);
    const panel = await switchOn(page);
    await expect.poll(() => pageStatus(panel), { timeout: 30_000 }).toMatch(CHECKED);
    const before = await fixtureValues(page);
    // The panel's message as the agent receives it, with the text the panel saw, after the page changed it.
    const field = planFields(spec).find((f) => f.section === 'zwischenziel')!;
    await locateField(page, field).fill('Ich lerne Deutsch.');
    const tabId = await panel.evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id);
    const fieldId = await panel.evaluate(async (tab) => {
      const got = new Promise<string>((resolve) =>
        chrome.runtime.onMessage.addListener((m: { type?: string; plan?: { fields: Array<{ id: string; section: string | null }> } }) => {
          const f = m.type === 'klarplan/plan' ? m.plan?.fields.find((x) => x.section === 'zwischenziel') : undefined;
          if (f) resolve(f.id);
        }),
      );
      await chrome.tabs.sendMessage(tab!, { type: 'klarplan/request-plan' });
      return got;
    }, tabId);
    await panel.evaluate(
      ([tab, id, old]) => chrome.tabs.sendMessage(tab!, { type: 'klarplan/apply', fieldId: id, start: 0, end: 3, text: 'Wir', expected: old }),
      [tabId, fieldId, before[field.key]!] as const,
    );
    await expect.poll(() => panel.locator('.site-message').innerText(), { timeout: 5_000 }).toMatch(/hat sich inzwischen geändert/);
    expect((await fixtureValues(page))[field.key]).toBe('Ich lerne Deutsch.');
    await panel.close();
    await page.close();
  });

  it('a page the browser does not let Klarplan into: after a few tries the panel says so and asks for another click', async () => {
    const page = await h.context.newPage();
    // a data: page: the toolbar click's access does not reach it, so every start of the agent is refused
    await page.goto(`data:text/html,<h3>Mein Ziel</h3><textarea>Ich arbeite.</textarea><p>${Date.now()}</p>`);
    const panel = await switchOn(page);
    await expect.poll(() => panel.locator('.error[role=alert]').innerText(), { timeout: 20_000 }).toMatch(/noch einmal auf das Klarplan-Symbol/);
    expect(await pageStatus(panel)).not.toMatch(/geprüft –/);
    await panel.close();
    await page.close();
  });

  it('live update latency on a typical plan (p50/p95 printed at the end)', async () => {
    const spec = FIXTURE_PAGES.find((p) => p.name === 'textarea')!;
    const page = await h.openFixture(spec);
    const panel = await switchOn(page);
    await expect.poll(() => pageStatus(panel), { timeout: 30_000 }).toMatch(CHECKED);
    const field = planFields(spec).find((f) => f.section === 'schritte')!;
    await locateField(page, field).click();
    await page.keyboard.press('Control+End');
    // The page notes when each key went down; the panel notes when its plan view shows the new text.
    await page.evaluate(() => {
      const w = window as unknown as { lastKey: number };
      document.addEventListener('keydown', () => (w.lastKey = performance.timeOrigin + performance.now()), true);
    });
    for (let i = 0; i < 20; i++) {
      const word = ` w${i}x`;
      await panel.evaluate((w) => {
        const p = window as unknown as { seenAt?: number };
        delete p.seenAt;
        const target = document.querySelector('details.page-plan') ?? document.body;
        const mo = new MutationObserver(() => {
          if ((target.textContent ?? '').includes(w)) {
            p.seenAt = performance.timeOrigin + performance.now();
            mo.disconnect();
          }
        });
        mo.observe(document.body, { subtree: true, childList: true, characterData: true });
      }, word);
      await page.keyboard.type(word, { delay: 30 });
      await expect.poll(() => panel.evaluate(() => (window as unknown as { seenAt?: number }).seenAt ?? 0), { timeout: 5_000, interval: 20 }).toBeGreaterThan(0);
      const lastKey = await page.evaluate(() => (window as unknown as { lastKey: number }).lastKey);
      const seenAt = await panel.evaluate(() => (window as unknown as { seenAt: number }).seenAt);
      latencies.push(seenAt - lastKey);
    }
    expect(latencies).toHaveLength(20);
    expect(latencies.every((ms) => ms >= 0)).toBe(true);
    await panel.close();
    await page.close();
  });
});
