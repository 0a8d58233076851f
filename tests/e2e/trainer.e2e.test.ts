/**
 * The quality trainer's side in Chromium with the built extension, at a projector's 1280 × 720 and at 1920 × 1080:
 *  - presentation mode: every example plan (the demo plan and the ten gallery scenarios, weak and improved) fits the
 *    screen without scrolling in large type; findings in place (a tag each); arrow keys step one finding at a time
 *    with its "Warum?" in one sentence; the bar hides while presenting and comes back on a mouse move or focus;
 *    Esc leaves, focus returns, what was typed into the form is still there;
 *  - before/after: the same entry of both versions in one row (the cells line up), changed words marked, each
 *    entry's findings next to it, the counts at the top of both columns, also when scrolled;
 *  - the catalogue: per rule one screen, two or three pairs open, the rest folded under "Alle Beispiele (n)",
 *    nothing shown twice; the one-page overview ("Spickzettel") prints on one A4 page;
 *  - axe-core: no violation of any impact on any of these pages and states;
 *  - screenshots of each view at both sizes, into KLARPLAN_SCREENSHOTS (default .output/screenshots; the README
 *    links the copies in docs/screenshots/).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index';
import { entryTeaching, planTeaching } from '../../checker/teaching';
import { ruleAnchor } from '../../components/RuleCatalogue';
import { E2E_ENABLED, OUT_DIR, REPO_ROOT, launchExtension, runAxe, type Harness } from './harness';

const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
const SIZES = [
  { width: 1280, height: 720, minFont: 20 },
  { width: 1920, height: 1080, minFont: 30 },
] as const;
const SHOTS = process.env.KLARPLAN_SCREENSHOTS ? join(REPO_ROOT, process.env.KLARPLAN_SCREENSHOTS) : join(OUT_DIR, 'screenshots');

describe.runIf(E2E_ENABLED)('the trainer\'s views at 1280 × 720 and 1920 × 1080', () => {
  let h: Harness;
  let page: Page;

  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
  const axe = async () => expect(await runAxe(page, ALL_IMPACTS)).toEqual([]);

  async function openDemo(width: number, height: number) {
    await page.setViewportSize({ width, height });
    await page.goto(`${h.extensionOrigin}/demo.html`);
    await page.locator('textarea').first().waitFor();
  }
  async function present() {
    await page.getByRole('button', { name: 'Präsentation (große Schrift)' }).click();
    await page.locator('.pres-plan').waitFor({ timeout: 20_000 });
  }
  const caption = () => page.locator('.pres-caption').innerText();
  const barOpacity = () => page.locator('.pres-bar').evaluate((el) => Number(getComputedStyle(el).opacity));

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await launchExtension();
    page = await h.context.newPage();
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const { width, height, minFont } of SIZES) {
    describe(`${width} × ${height}`, () => {
      it('presentation: every example plan, weak and improved, fits the screen without scrolling, in large type', async () => {
        await openDemo(width, height);
        const labels = await page.getByLabel('Beispiel').locator('option').allInnerTexts();
        expect(labels.length).toBe(11);
        const fonts: string[] = [];
        for (const label of labels) {
          await page.getByLabel('Beispiel').selectOption({ label });
          for (const version of ['Schwache Fassung', 'Verbesserte Fassung']) {
            await page.getByRole('button', { name: version }).click();
            await present();
            const m = await page.evaluate(() => {
              const box = document.querySelector<HTMLElement>('.pres-plan')!;
              return {
                page: document.documentElement.scrollHeight - innerHeight,
                wide: document.documentElement.scrollWidth - innerWidth,
                box: box.scrollHeight - box.clientHeight,
                font: Number(box.dataset.fontSize),
                tags: box.querySelectorAll('.pres-tag').length,
              };
            });
            fonts.push(`${label.slice(0, 4).trim()} ${version[0]}: ${m.font}px`);
            expect(m.page, `${label} ${version}`).toBeLessThanOrEqual(0);
            expect(m.wide, `${label} ${version}`).toBeLessThanOrEqual(0);
            expect(m.box, `${label} ${version}`).toBeLessThanOrEqual(1);
            expect(m.font, `${label} ${version}`).toBeGreaterThanOrEqual(minFont);
            const count = Number(/(\d+) Hinweis/.exec(await page.locator('.pres-title').innerText())?.[1] ?? 0);
            expect(m.tags).toBe(count);
            await page.keyboard.press('Escape');
          }
        }
        console.log(`[trainer] presentation type at ${width} × ${height}: ${fonts.join(', ')}`);
        expect(h.problems(page)).toEqual([]);
      });

      it('presentation: arrow keys step one finding at a time with its "Warum?", the bar hides, Esc leaves', async () => {
        await openDemo(width, height);
        await page.getByLabel('Beispiel').selectOption({ label: '06 · Das Jobcenter verspricht nichts Konkretes' });
        await page.getByLabel('Was sonst noch wichtig ist').fill('Mein eigener Satz, getippt vor der Präsentation.');
        await present();
        await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('pres');
        expect(await barOpacity()).toBe(1);
        await axe();
        if (width === 1280) await shot(`praesentation-start-${width}x${height}`);
        const total = Number(/(\d+) Hinweis/.exec(await page.locator('.pres-title').innerText())![1]);
        expect(total).toBeGreaterThan(3);
        for (let i = 1; i <= 3; i++) {
          await page.keyboard.press('ArrowRight');
          await expect.poll(caption).toContain(`${i} von ${total}`);
          expect(await page.locator('.pres-plan .pres-tag.current').count()).toBe(1);
          expect(await page.locator('.pres-plan .pres-tag.current').getAttribute('data-step')).toBe(String(i));
          const why = await page.locator('.pres-caption .pres-why').innerText();
          expect(RULES.map((r) => `Warum? ${r.whyBrief}`)).toContain(why.trim());
        }
        await page.keyboard.press('PageUp');
        await expect.poll(caption).toContain(`2 von ${total}`);
        // the bar is out of the way while presenting, and back on a mouse move
        await expect.poll(barOpacity).toBe(0);
        await page.mouse.move(width / 2, height / 2);
        await page.mouse.move(width / 2 + 20, height / 2 + 10);
        await expect.poll(barOpacity).toBe(1);
        await page.keyboard.press('ArrowRight');
        await expect.poll(barOpacity).toBe(0);
        await axe();
        await shot(`praesentation-${width}x${height}`);
        // the bar shows when it gets the keyboard focus
        await page.keyboard.press('Tab');
        await expect.poll(barOpacity).toBe(1);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('.pres').count()).toBe(0);
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Präsentation (große Schrift)');
        expect(await page.getByLabel('Was sonst noch wichtig ist').inputValue()).toBe('Mein eigener Satz, getippt vor der Präsentation.');
        expect(h.problems(page)).toEqual([]);
      });

      it('before/after: rows line up, changed words marked, findings next to each entry, counts at the top of both columns', async () => {
        await openDemo(width, height);
        await page.getByLabel('Beispiel').selectOption({ label: '06 · Das Jobcenter verspricht nichts Konkretes' });
        await page.getByRole('button', { name: 'Vorher – nachher' }).click();
        await page.locator('.ba-table').waitFor({ timeout: 20_000 });
        const heads = page.locator('.ba-table thead th');
        expect(await heads.count()).toBe(2);
        const count = async (i: number) => Number(/^(\d+) Hinweis/.exec(await heads.nth(i).locator('.ba-count').innerText())?.[1] ?? 0);
        expect(await count(0)).toBeGreaterThan(await count(1));
        // each row: both cells start at the same height; the weak side has its findings, changes are marked
        const rows = await page.locator('tr.ba-row').evaluateAll((trs) =>
          trs.map((tr) => {
            const [l, r] = [...tr.querySelectorAll('td')];
            return { kind: tr.getAttribute('data-kind'), top: [l!.getBoundingClientRect().top, r!.getBoundingClientRect().top], del: l!.querySelectorAll('del').length, ins: r!.querySelectorAll('ins').length, findings: l!.querySelectorAll('.ba-findings li').length };
          }),
        );
        expect(rows.length).toBeGreaterThan(8);
        for (const r of rows) expect(r.top[0]).toBe(r.top[1]);
        expect(rows.filter((r) => r.kind === 'changed').every((r) => r.del + r.ins > 0)).toBe(true);
        expect(rows.reduce((n, r) => n + r.findings, 0)).toBeGreaterThan(0);
        await axe();
        // scrolled down, the counts stay at the top of both columns
        await page.locator('tr.ba-row').last().scrollIntoViewIfNeeded();
        const headTop = async () => heads.first().evaluate((el) => Math.round(el.getBoundingClientRect().top));
        expect(await headTop()).toBe(0);
        expect(await heads.nth(1).isVisible()).toBe(true);
        // the screenshot: the steps and the job centre's commitments under the counts
        await page.evaluate(() => {
          const head = document.querySelector('.ba-table thead')!.getBoundingClientRect().height;
          const steps = document.querySelector('.ba-table tbody[data-section="schritte"]')!;
          window.scrollBy(0, steps.getBoundingClientRect().top - head);
        });
        expect(await headTop()).toBe(0);
        await shot(`vorher-nachher-${width}x${height}`);
        expect(h.problems(page)).toEqual([]);
      });

      it('catalogue: per rule one screen, its pairs open, every other example once under "Alle Beispiele (n)"', async () => {
        await page.setViewportSize({ width, height });
        await page.goto(`${h.extensionOrigin}/catalogue.html`);
        await page.locator('main section.rule').first().waitFor();
        const heights = await page.locator('main section.rule').evaluateAll((ss) => ss.map((s) => [s.getAttribute('data-rule'), Math.round(s.getBoundingClientRect().height)] as const));
        console.log(`[trainer] catalogue at ${width} × ${height}: page ${await page.evaluate(() => document.documentElement.scrollHeight)} px; per rule ${heights.map(([id, px]) => `${id} ${px}`).join(', ')}`);
        for (const [id, px] of heights) expect(px, id!).toBeLessThanOrEqual(height);
        for (const rule of RULES) {
          const section = page.locator(`#${ruleAnchor(rule.id)}`);
          const t = rule.level === 'entry' ? entryTeaching(rule) : planTeaching(rule);
          const pairs = await section.locator('li.pair').count();
          expect(pairs, rule.id).toBeGreaterThanOrEqual(2);
          expect(pairs, rule.id).toBeLessThanOrEqual(3);
          expect(await section.locator('li.pair').first().isVisible()).toBe(true);
          const folded = t.flagged.length + t.clean.length;
          if (folded === 0) continue;
          const details = section.locator('details.all-examples');
          expect(await details.locator('summary').innerText()).toBe(`Alle Beispiele (${folded})`);
          expect(await details.locator('li.example').first().isVisible()).toBe(false);
          await details.locator('summary').click();
          const items = await details.locator('li.example').allInnerTexts();
          expect(items).toHaveLength(folded);
          expect(new Set(items).size, rule.id).toBe(items.length); // nothing looks the same twice
          const pairTexts = await section.locator('li.pair').allInnerTexts();
          for (const item of items) expect(pairTexts).not.toContain(item);
        }
        await axe(); // with every fold open
        // opened afresh at one rule (catalogue.html#regel-…): folds closed, the rule at the top of the screen
        await page.goto('about:blank');
        await page.goto(`${h.extensionOrigin}/catalogue.html#${ruleAnchor('missing-deadline')}`);
        await page.locator('main section.rule').first().waitFor();
        await expect.poll(() => page.locator(`#${ruleAnchor('missing-deadline')}`).evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(20);
        expect(await page.locator('details.all-examples[open]').count()).toBe(0);
        await axe(); // folds closed
        await shot(`katalog-${width}x${height}`);
        expect(h.problems(page)).toEqual([]);
      });

      it('Spickzettel: all rules on one printed A4 page', async () => {
        await page.setViewportSize({ width, height });
        await page.goto(`${h.extensionOrigin}/catalogue.html`);
        await page.getByRole('link', { name: /Spickzettel/ }).click();
        await page.waitForURL(`${h.extensionOrigin}/spickzettel.html`);
        await page.locator('table.cheat-table').waitFor();
        expect(await page.locator('tbody tr').count()).toBe(RULES.length);
        await axe();
        await shot(`spickzettel-${width}x${height}`);
        await page.emulateMedia({ media: 'print' });
        try {
          expect(await page.getByRole('button', { name: /drucken/ }).isVisible()).toBe(false);
          const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
          const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
          expect(pages).toBe(1);
        } finally {
          await page.emulateMedia({ media: 'screen' });
        }
        expect(h.problems(page)).toEqual([]);
      });
    });
  }

  it('no request left the extension', () => {
    expect(h.externalRequests()).toEqual([]);
  });
});
