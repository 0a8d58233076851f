/**
 * What Klarplan shows in the page (issue 13, "in the page"), in Chromium: markers coloured and shaped by the
 * worst finding of their field, a tooltip on hover and keyboard focus, a click that opens the side panel and
 * tells it the entry ('klarplan/focus'); the findings' words underlined over textareas (following the field's
 * scroll and size) and highlighted in editors with the CSS Custom Highlight API (no markup in the editor); the
 * switch "Markierungen im Formular" removing all of it live; the count on the toolbar icon per tab; a page that
 * fights foreign elements; axe-core on the demo with markers; the demo's dates relative to its plan date.
 */
import type { Page } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleById } from '../../checker/rules-info';
import { localDay } from '../../examples/shift-dates';
import { E2E_ENABLED, launchExtension, pageOverlay, planTextsIn, REPO_ROOT, runAxe, type Harness, type OverlayBox, type OverlayMarker } from './harness';
import { allPlanTexts } from './pages/index';

// The extension API inside extension pages and the service worker (evaluated there, typed loosely here).
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
const COLOURS: Record<string, string> = { error: 'rgb(179, 38, 30)', warning: 'rgb(255, 194, 51)', info: 'rgb(255, 255, 255)' };
const LEGAL = 'Bei Nichteinhaltung der vereinbarten Pflichten kann eine Leistungsminderung erfolgen.';

const center = (b: OverlayBox) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** A field's box in the viewport (CSS pixels) and, for text controls, its client area. */
async function fieldBox(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height, right: r.right, clientLeft: el.clientLeft, clientTop: el.clientTop, clientWidth: el.clientWidth, clientHeight: el.clientHeight };
  });
}

/** The marker standing at a field's top-right corner. */
async function markerOf(page: Page, selector: string): Promise<OverlayMarker | undefined> {
  // In view, so a mouse can reach it; the markers follow the page's scroll within a frame or two.
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const f = await fieldBox(page, selector);
  return (await pageOverlay(page)).markers.find((m) => Math.abs(m.box.x + m.box.width - f.right) < 30 && Math.abs(m.box.y - f.y) < 20);
}

/** Side-panel pages open in the browser (the tab the tests open, and the real side panel once it is open). */
async function sidePanelTargets(h: Harness): Promise<number> {
  const cdp = await h.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as { targetInfos: Array<{ url: string }> };
    return targetInfos.filter((t) => t.url.startsWith(`${h.extensionOrigin}/sidepanel.html`)).length;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Collects the 'klarplan/focus' messages the panel page receives. */
async function recordFocus(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    const w = window as unknown as { focusSeen: unknown[] };
    w.focusSeen = [];
    chrome.runtime.onMessage.addListener((m: { type?: string }) => {
      if (m?.type === 'klarplan/focus') w.focusSeen.push(m);
    });
  });
}
const focusSeen = (panel: Page) => panel.evaluate(() => (window as unknown as { focusSeen: Array<{ fieldId: string; start: number }> }).focusSeen);

/** The texts of Klarplan's highlights in every frame of a page, by severity. */
async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = { error: [], warning: [], info: [] };
  for (const frame of page.frames()) {
    const got = await frame
      .evaluate(() => {
        const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        const r: Record<string, string[]> = {};
        for (const s of ['error', 'warning', 'info']) r[s] = [...(reg?.get(`klarplan-${s}`) ?? [])].map((x) => x.toString());
        return r;
      })
      .catch(() => ({}) as Record<string, string[]>);
    for (const [s, list] of Object.entries(got)) out[s]!.push(...list);
  }
  return out;
}

/** The badge of the tab that is active next to the panel (asked in the panel page, an extension page). */
async function activeBadge(panel: Page): Promise<{ text: string; color: number[] }> {
  return panel.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return { text: await chrome.action.getBadgeText({ tabId: tab.id }), color: await chrome.action.getBadgeBackgroundColor({ tabId: tab.id }) };
  });
}

/** Waits (outside a test, where expect.poll is not allowed) until `ok` holds. */
async function until(ok: () => Promise<boolean>, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.runIf(E2E_ENABLED)('in the page: markers, marks, tooltip, switch, badge', () => {
  let h: Harness;
  let demo: Page;
  let panel: Page;

  beforeAll(async () => {
    h = await launchExtension();
    demo = await h.context.newPage();
    await demo.goto(`${h.extensionOrigin}/demo.html`);
    await demo.locator('textarea').first().waitFor();
    panel = await h.openSidePanel();
    await recordFocus(panel);
    await demo.bringToFront();
    await demo.locator('textarea[aria-label="Schritt 1"]').focus();
    await demo.keyboard.type(' '); // the agent reports the plan; the panel checks it and sends the markers
    await until(async () => (await pageOverlay(demo)).markers.length > 2, 30_000);
  });
  afterAll(async () => {
    await h?.close();
  });

  const SONSTIGES = 'textarea[aria-label="Was sonst noch wichtig ist"]';

  it('the demo form carries a plan date, today, and its dates are moved with it', async () => {
    const date = demo.getByLabel('Datum des Plans');
    expect(await date.inputValue()).toBe(localDay(new Date()));
    // The weak plan's first step is due ten days after the plan's date, as in examples/example-plan.ts.
    const due = await demo.getByLabel('Bis wann: Schritt 1').inputValue();
    expect((Date.parse(due) - Date.parse(localDay(new Date()))) / 86_400_000).toBe(10);
  });

  it('markers: colour, shape and symbol by the worst finding of the field', async () => {
    const { markers } = await pageOverlay(demo);
    for (const m of markers) {
      expect(COLOURS[m.severity], m.severity).toBe(m.background);
      expect(m.text).toBe(`${m.severity === 'info' ? 'i' : '!'}${m.count}`);
      expect(m.label).toMatch(new RegExp(`^Klarplan: ${m.count} Hinweise?, der wichtigste: (Wichtig|Empfehlung|Tipp)\\.`));
      expect(m.box.width).toBeGreaterThan(10);
    }
    // The legal threat in "Was sonst noch wichtig ist" is the worst there is: a red, round "!".
    const sonst = await markerOf(demo, SONSTIGES);
    expect(sonst?.severity).toBe('error');
    expect(parseFloat(sonst!.borderRadius)).toBeGreaterThan(8);
    expect(sonst!.color).toBe('rgb(255, 255, 255)');
    // The demo plan has Empfehlungen without anything worse in some field: amber, square corners.
    const amber = markers.find((m) => m.severity === 'warning');
    expect(amber, JSON.stringify(markers.map((m) => m.severity))).toBeDefined();
    expect(parseFloat(amber!.borderRadius)).toBeLessThan(4);
    expect(amber!.color).toBe('rgb(61, 42, 0)');
  });

  it('tooltip on hover and on keyboard focus says what is wrong; Escape closes it', async () => {
    const sonst = (await markerOf(demo, SONSTIGES))!;
    const c = center(sonst.box);
    await demo.mouse.move(c.x, c.y);
    await expect.poll(async () => (await pageOverlay(demo)).tooltip?.visible).toBe(true);
    const tip = (await pageOverlay(demo)).tooltip!;
    expect(tip.text).toContain(`Wichtig: ${ruleById('legal-threat')!.tag}`);
    expect(tip.text).toContain('Klicken: in der Seitenleiste zeigen');
    await demo.keyboard.press('Escape');
    await expect.poll(async () => (await pageOverlay(demo)).tooltip?.visible).toBe(false);
    await demo.mouse.move(5, 5);
    // Keyboard: Tab from the last control of the page reaches the markers (buttons) and shows the tooltip.
    await demo.locator(SONSTIGES).focus();
    let shown = false;
    for (let i = 0; i < 12 && !shown; i++) {
      await demo.keyboard.press('Tab');
      shown = (await pageOverlay(demo)).tooltip?.visible === true;
    }
    expect(shown).toBe(true);
    await demo.keyboard.press('Escape');
  });

  it('a click on a marker opens the side panel and tells it the entry (klarplan/focus)', async () => {
    const before = await sidePanelTargets(h);
    const sonst = (await markerOf(demo, SONSTIGES))!;
    const value = await demo.locator(SONSTIGES).inputValue();
    const c = center(sonst.box);
    await demo.mouse.click(c.x, c.y);
    await expect.poll(() => focusSeen(panel).then((f) => f.length), { timeout: 5_000 }).toBeGreaterThan(0);
    const [focus] = await focusSeen(panel);
    // The worst finding of the field: the legal threat, in the field's text.
    const at = value.indexOf(LEGAL);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(focus!.start).toBeGreaterThanOrEqual(at);
    expect(focus!.start).toBeLessThan(at + LEGAL.length);
    expect(focus!.fieldId.length).toBeGreaterThan(0);
    // The real side panel opened next to the page (the click's user gesture, used by the background).
    await expect.poll(() => sidePanelTargets(h), { timeout: 5_000 }).toBe(before + 1);
  });

  it('textarea: the words are underlined over the text, following scroll and size; no markup in the field', async () => {
    const field = demo.locator(SONSTIGES);
    const valueBefore = await field.inputValue();
    const errorLines = async () => {
      const f = await fieldBox(demo, SONSTIGES);
      const o = await pageOverlay(demo);
      const clip = o.clips.find((c) => Math.abs(c.x - (f.x + f.clientLeft)) < 1 && Math.abs(c.y - (f.y + f.clientTop)) < 1);
      return { f, clip, lines: o.underlines.filter((u) => u.severity === 'error' && u.x >= f.x && u.x <= f.right && u.y >= f.y - 200 && u.y <= f.y + f.height + 200) };
    };
    const clickLandsInLegal = async (b: OverlayBox) => {
      const c = center(b);
      await demo.mouse.click(c.x, c.y);
      const caret = await field.evaluate((el: HTMLTextAreaElement) => el.selectionStart);
      const at = valueBefore.indexOf(LEGAL);
      return caret >= at && caret <= at + LEGAL.length;
    };
    await expect.poll(async () => (await errorLines()).lines.length).toBeGreaterThan(0);
    const first = await errorLines();
    // The clip area is the textarea's client area.
    expect(first.clip).toBeDefined();
    expect(Math.abs(first.clip!.width - first.f.clientWidth)).toBeLessThan(1);
    expect(Math.abs(first.clip!.height - first.f.clientHeight)).toBeLessThan(1);
    // A click in the middle of each underline puts the caret into the legal threat's sentence: the boxes stand over its words.
    for (const b of first.lines) expect(await clickLandsInLegal(b)).toBe(true);

    // Smaller and scrolled: the boxes move with the text.
    await field.evaluate((el: HTMLTextAreaElement) => {
      el.style.minHeight = '0';
      el.style.height = '2.4em';
    });
    await demo.waitForTimeout(100);
    const small = await errorLines();
    const scrolled = await field.evaluate((el: HTMLTextAreaElement) => {
      el.scrollTop = 1000;
      return el.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(0);
    await expect.poll(async () => (await errorLines()).lines[0]?.y).toBeCloseTo(small.lines[0]!.y - scrolled, 0);
    const afterScroll = await errorLines();
    expect(Math.abs(afterScroll.clip!.height - afterScroll.f.clientHeight)).toBeLessThan(1);
    const visible = afterScroll.lines.filter((b) => b.y >= afterScroll.clip!.y && b.y + b.height <= afterScroll.clip!.y + afterScroll.clip!.height);
    expect(visible.length).toBeGreaterThan(0);
    for (const b of visible) expect(await clickLandsInLegal(b)).toBe(true);

    // Narrower: the text wraps anew, and so do the boxes.
    await field.evaluate((el: HTMLTextAreaElement) => {
      el.style.height = '';
      el.style.width = '40%';
      el.scrollTop = 0;
    });
    const wide = JSON.stringify(first.lines.map((b) => [Math.round(b.x), Math.round(b.y), Math.round(b.width)]));
    await expect.poll(async () => JSON.stringify((await errorLines()).lines.map((b) => [Math.round(b.x), Math.round(b.y), Math.round(b.width)]))).not.toBe(wide);
    for (const b of (await errorLines()).lines) expect(await clickLandsInLegal(b)).toBe(true);
    await field.evaluate((el: HTMLTextAreaElement) => (el.style.width = ''));

    // Nothing was written into the field.
    expect(await field.inputValue()).toBe(valueBefore);
  });

  it('axe-core: no violations of any impact on the demo page with markers (and with the tooltip open)', async () => {
    expect(await runAxe(demo, ALL_IMPACTS)).toEqual([]);
    const sonst = (await markerOf(demo, SONSTIGES))!;
    const c = center(sonst.box);
    await demo.mouse.move(c.x, c.y);
    expect(await runAxe(demo, ALL_IMPACTS)).toEqual([]);
    await mkdir(join(REPO_ROOT, 'docs/screenshots'), { recursive: true });
    await demo.setViewportSize({ width: 1100, height: 900 });
    await demo.locator(SONSTIGES).scrollIntoViewIfNeeded();
    await demo.waitForTimeout(200);
    const m = (await markerOf(demo, SONSTIGES))!;
    await demo.mouse.move(center(m.box).x, center(m.box).y);
    await expect.poll(async () => (await pageOverlay(demo)).tooltip?.visible).toBe(true);
    await demo.screenshot({ path: join(REPO_ROOT, 'docs/screenshots/demo-form-marks.png') });
    await demo.mouse.move(5, 5);
  });

  it('the good plans show no date warning in the form, and the weak one keeps its findings', async () => {
    const panelText = () => panel.locator('body').innerText();
    const dateWarning = /liegt vor dem Datum des Plans|mehr als sechs Monate nach dem Datum des Plans/;
    await demo.bringToFront();
    await demo.getByRole('button', { name: 'Verbesserte Fassung' }).click();
    await expect.poll(async () => (await pageOverlay(demo)).markers.every((m) => m.severity !== 'error'), { timeout: 20_000 }).toBe(true);
    await expect.poll(panelText, { timeout: 20_000 }).toMatch(/ist geprüft –/);
    expect(await panelText()).not.toMatch(dateWarning);
    const gallery = demo.getByLabel('Beispiel');
    const good = await gallery.locator('option', { hasText: 'Ein guter Plan' }).getAttribute('value');
    await gallery.selectOption(good!);
    await expect.poll(() => panel.locator('body').innerText(), { timeout: 20_000 }).toMatch(/Koch|Kantine|geprüft/);
    await demo.waitForTimeout(1500);
    expect(await panelText()).not.toMatch(dateWarning);
    await gallery.selectOption('demo');
    await demo.getByRole('button', { name: 'Schwache Fassung' }).click();
    await expect.poll(async () => (await markerOf(demo, SONSTIGES))?.severity, { timeout: 20_000 }).toBe('error');
  });

  it('switched off in the options, everything goes at once; switched on, it comes back', async () => {
    const options = await h.context.newPage();
    await options.goto(`${h.extensionOrigin}/options.html`);
    const box = options.getByLabel('Markierungen im Formular');
    await expect.poll(() => box.isEnabled()).toBe(true);
    expect(await box.isChecked()).toBe(true);
    expect(await runAxe(options, ALL_IMPACTS)).toEqual([]);
    await box.uncheck();
    await expect.poll(async () => (await pageOverlay(demo)).hosts, { timeout: 5_000 }).toBe(0);
    const stored = await h.extensionStorage();
    expect(stored.local['klarplan.pageMarks']).toBe(false);
    expect(planTextsIn(stored, [LEGAL, ...allPlanTexts()])).toEqual([]);
    // Still off after the plan is checked again.
    await demo.bringToFront();
    await demo.locator('textarea[aria-label="Schritt 1"]').focus();
    await demo.keyboard.type(' ');
    await demo.waitForTimeout(1500);
    expect((await pageOverlay(demo)).hosts).toBe(0);
    await box.check();
    await expect.poll(async () => (await pageOverlay(demo)).markers.length, { timeout: 5_000 }).toBeGreaterThan(2);
    await options.close();
  });

  for (const name of ['contenteditable', 'ckeditor5', 'tinymce', 'quill'] as const) {
    it(`${name}: the findings' words are highlighted with the Highlight API, no markup added; off removes them`, async () => {
      const page = await h.openFixture(name);
      const markupOf = async () => Promise.all(page.frames().map((f) => f.evaluate(() => document.body.innerHTML).catch(() => '')));
      const before = await markupOf();
      const p = await h.openSidePanel();
      await page.bringToFront();
      await h.clickToolbarButton(page);
      await expect.poll(async () => Object.values(await highlightTexts(page)).flat().length, { timeout: 30_000 }).toBeGreaterThan(0);
      const texts = await highlightTexts(page);
      const fieldText = (await Promise.all(page.frames().map((f) => f.evaluate(() => document.body.innerText).catch(() => '')))).join('\n');
      for (const t of Object.values(texts).flat()) {
        expect(t.trim().length).toBeGreaterThan(0);
        expect(fieldText.replace(/\s+/g, ' ')).toContain(t.replace(/\s+/g, ' ').trim());
      }
      expect((await pageOverlay(page)).markers.length).toBeGreaterThan(0);
      expect(await markupOf()).toEqual(before);
      // The count on the toolbar icon, for this tab.
      const badge = await activeBadge(p);
      expect(Number(badge.text)).toBeGreaterThanOrEqual((await pageOverlay(page)).markers.reduce((s, m) => s + Number(m.count), 0));
      // Off: the highlights go too.
      const sw = await h.serviceWorker();
      await sw.evaluate(() => chrome.storage.local.set({ 'klarplan.pageMarks': false }));
      await expect.poll(async () => Object.values(await highlightTexts(page)).flat().length, { timeout: 5_000 }).toBe(0);
      expect((await pageOverlay(page)).hosts).toBe(0);
      await sw.evaluate(() => chrome.storage.local.remove('klarplan.pageMarks'));
      await p.close();
      await page.close();
    });
  }

  it('the toolbar badge: per tab, coloured by the worst finding, cleared when the tab navigates', async () => {
    const sw = await h.serviceWorker();
    await sw.evaluate(() => {
      const g = globalThis as unknown as { lastMarkers: Record<number, { total?: number; worst?: string }> };
      g.lastMarkers = {};
      chrome.runtime.onMessage.addListener((m: { type?: string; tabId?: number; total?: number; worst?: string }) => {
        if (m?.type === 'klarplan/markers' && typeof m.tabId === 'number') g.lastMarkers[m.tabId] = m;
      });
    });
    const page = await h.openFixture('textarea');
    const p = await h.openSidePanel();
    await page.bringToFront();
    await h.clickToolbarButton(page);
    await expect.poll(async () => (await pageOverlay(page)).markers.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const tabId = await p.evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0].id as number);
    await expect.poll(() => activeBadge(p).then((b) => b.text), { timeout: 5_000 }).toMatch(/^\d+$/);
    const sent = await sw.evaluate((id: number) => (globalThis as unknown as { lastMarkers: Record<number, { total?: number; worst?: string }> }).lastMarkers[id], tabId);
    const badge = await activeBadge(p);
    expect(badge.text).toBe(String(sent!.total));
    const markerSum = (await pageOverlay(page)).markers.reduce((s, m) => s + Number(m.count), 0);
    expect(Number(badge.text)).toBeGreaterThanOrEqual(markerSum);
    const expected = { error: [179, 38, 30, 255], warning: [255, 194, 51, 255], info: [26, 79, 139, 255] }[sent!.worst as 'error'];
    expect(badge.color).toEqual(expected);
    // Another tab has its own (none here: nothing was checked there).
    const other = await h.context.newPage();
    await other.goto(h.server.url('/contact.html'));
    await other.bringToFront();
    expect((await activeBadge(p)).text).toBe('');
    await other.close();
    // The tab navigates: its count is gone (the new page is not read without a new click).
    await page.bringToFront();
    expect((await activeBadge(p)).text).toBe(badge.text);
    await page.reload();
    await expect.poll(() => activeBadge(p).then((b) => b.text), { timeout: 5_000 }).toBe('');
    // A new click reads the reloaded page: the count is back. Another page in the tab: none again.
    await h.clickToolbarButton(page);
    await expect.poll(() => activeBadge(p).then((b) => b.text), { timeout: 20_000 }).toBe(badge.text);
    await page.goto(h.server.url('/contact.html?tab=badge'));
    await expect.poll(() => activeBadge(p).then((b) => b.text), { timeout: 5_000 }).toBe('');
    await p.close();
    await page.close();
  });

  it('a hostile page (custom elements under our names, attachShadow replaced, CSS hiding added elements) still gets working markers', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.server.url('/hostile.html')}?tab=hostile`);
    await page.waitForFunction(() => window.klarplanFixture?.ready === true && (window as { klarplanHostile?: boolean }).klarplanHostile === true);
    const p = await h.openSidePanel();
    await recordFocus(p);
    await page.bringToFront();
    await h.clickToolbarButton(page);
    await expect.poll(async () => (await pageOverlay(page)).markers.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const o = await pageOverlay(page);
    expect(o.hosts).toBe(1);
    for (const m of o.markers) {
      expect(m.box.width).toBeGreaterThan(10);
      expect(m.background).toBe(COLOURS[m.severity]);
    }
    expect(o.underlines.length).toBeGreaterThan(0);
    const c = center(o.markers[0]!.box);
    await page.mouse.move(c.x, c.y);
    await expect.poll(async () => (await pageOverlay(page)).tooltip?.visible).toBe(true);
    await page.mouse.click(c.x, c.y);
    await expect.poll(() => focusSeen(p).then((f) => f.length), { timeout: 5_000 }).toBeGreaterThan(0);
    expect(h.problems(page).filter((x) => /klarplan/i.test(x.text))).toEqual([]);
    await p.close();
    await page.close();
  });

  it('no request left the extension, no errors', async () => {
    expect(h.externalRequests()).toEqual([]);
    expect(h.problems(demo)).toEqual([]);
  });
});
