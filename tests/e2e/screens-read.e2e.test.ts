/**
 * Blind screens of issue 11 read in Chromium, the way a case worker switches Klarplan on (toolbar click): a form
 * whose placeholders are the only cue, and forms that show the plan's date (a read-only "erstellt am … gültig
 * bis …", "Gültig von 2. März 2026 bis 1. September 2026"). The page agent's message to the panel carries every
 * plan field under its heading and the plan's date; the panel checks against that date, not today's.
 * The screens are tests/fixtures/screens/*.html, served as they are (no fixture-page script).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPlanDate } from '../../fields/plan-date-text';
import { E2E_ENABLED, REPO_ROOT, launchExtension, type Harness } from './harness';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'screens');

interface Expectation {
  hasPlan: boolean;
  fields: Array<{ selector: string; section: string }>;
  planDate?: { date: string; end?: string } | null;
}

interface PlanMessage {
  fields: Array<{ id: string; section: string | null; text: string }>;
  planDate?: { date: string; end?: string; source: string };
}

describe.runIf(E2E_ENABLED)('blind screens read in Chromium (placeholders, plan date)', () => {
  let h: Harness;
  let n = 0;

  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function openScreen(name: string): Promise<Page> {
    const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
    const url = h.server.url(`/screens/${name}.html?tab=${++n}`);
    const page = await h.context.newPage();
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(url);
    return page;
  }

  /** Toolbar click on the page, then the agent's plan message, read as the panel reads it (its date from the page's lines). */
  async function readInPanel(page: Page): Promise<{ panel: Page; plan: PlanMessage }> {
    const panel = await h.openSidePanel();
    await page.bringToFront();
    await h.clickToolbarButton(page);
    // (not "Noch kein Plan geprüft.": the agent has reported)
    await expect.poll(() => panel.locator('p.page-status').innerText(), { timeout: 30_000 }).toMatch(/ist geprüft –|kein Kooperationsplan zu erkennen/);
    const tabId = await panel.evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id);
    const plan = (await panel.evaluate(async (tab) => {
      const got = new Promise((resolve) =>
        chrome.runtime.onMessage.addListener((m: { type?: string; plan?: unknown }) => {
          if (m.type === 'klarplan/plan') resolve(m.plan);
        }),
      );
      await chrome.tabs.sendMessage(tab, { type: 'klarplan/request-plan' });
      return got;
    }, tabId)) as PlanMessage & { dateLines?: string[] };
    expect(plan.planDate).toBeUndefined(); // the page agent sends lines; the date is read in the panel
    return { panel, plan: withPlanDate(plan as never) as PlanMessage };
  }

  async function expectedOf(page: Page, name: string): Promise<{ exp: Expectation; sections: Array<[string, string]> }> {
    const exp = JSON.parse(readFileSync(join(DIR, `${name}.expect.json`), 'utf8')) as Expectation;
    const sections: Array<[string, string]> = [];
    for (const f of exp.fields) sections.push([f.section, (await page.locator(f.selector).inputValue()).trim()]);
    return { exp, sections };
  }

  // the findings of the rule that compares dates with the plan's own ("vor dem Datum des Plans", after its end, more
  // than six months on), by their rule id on the card (the card's text says it shorter after the first time)
  const outOfRange = (panel: Page) => panel.locator('li.finding[data-rule="deadline-out-of-range"]').count();

  it('41 placeholder-only form: every field under its heading from an instruction placeholder; no plan date, so today counts', async () => {
    const name = '41-placeholder-instructions';
    const page = await openScreen(name);
    const { exp, sections } = await expectedOf(page, name);
    const { panel, plan } = await readInPanel(page);
    expect(plan.fields.map((f) => [f.section, f.text.trim()])).toEqual(sections);
    expect(plan.planDate).toBeUndefined();
    expect(exp.planDate).toBeNull();
    // control: without a date on the page, its March dates are judged against today (the test can fail)
    if (Date.now() > Date.UTC(2026, 2, 21)) await expect.poll(() => outOfRange(panel), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(h.externalRequests()).toEqual([]);
    await panel.close();
    await page.close();
  });

  for (const name of ['45-readonly-erstellt-gueltig', '46-gueltig-von-bis-monthname']) {
    it(`${name}: the plan's date and end arrive in the panel's message, and the checker uses them`, async () => {
      const page = await openScreen(name);
      const { exp, sections } = await expectedOf(page, name);
      const { panel, plan } = await readInPanel(page);
      expect(plan.fields.map((f) => [f.section, f.text.trim()])).toEqual(sections);
      expect(plan.planDate && { date: plan.planDate.date, end: plan.planDate.end }).toEqual({ date: exp.planDate!.date, end: exp.planDate!.end });
      expect(plan.planDate!.source).toMatch(/\d/);
      // every date of these plans lies within the plan's own dates: nothing is "before the plan" or after its end
      await expect.poll(() => panel.locator('p.page-status').innerText(), { timeout: 10_000 }).toMatch(/ist geprüft –/);
      expect(await outOfRange(panel)).toBe(0);
      expect(h.externalRequests()).toEqual([]);
      await panel.close();
      await page.close();
    });
  }

  it('54 call-back form (no plan): instruction placeholders with plan words stay quiet', async () => {
    const page = await openScreen('54-kontakt-placeholders');
    const { panel, plan } = await readInPanel(page);
    expect(plan.fields).toEqual([]);
    expect(plan.planDate).toBeUndefined();
    await expect.poll(() => panel.locator('p.page-status').innerText()).toMatch(/kein Kooperationsplan/);
    await panel.close();
    await page.close();
  });
});
