/**
 * Rule catalogue and settings in Chromium with the built extension:
 *  - the options page (registered as the extension's options page) switches a rule off: a panel opened
 *    afterwards checks "Beispielplan prüfen" without that rule's findings, and a panel already open drops them
 *    at once (storage event); a changed severity shows on the findings;
 *  - only rule settings are stored (no plan text); an invalid import file shows a German error and changes
 *    nothing; the export downloads the settings file;
 *  - the side panel links to the catalogue and the settings, each opened in a tab;
 *  - the catalogue shows every rule (its pairs open, the other examples folded); axe-core finds no serious or critical violations on either page, and Tab
 *    reaches every control.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PLAN } from '../../examples/example-plan';
import { entryText, SECTION_KEYS, SEVERITY_LABELS } from '../../core/plan';
import { SETTINGS_FORMAT, SETTINGS_KEY } from '../../checker/settings';
import missingDeadline from '../../rules/missing-deadline';
import { RULES } from '../../rules/index';
import { foldedCount } from '../../components/RuleCatalogue';
import { E2E_ENABLED, keyboardReach, launchExtension, planTextsIn, runAxe, type Harness } from './harness';

const RULE = missingDeadline; // fixed message, several findings in the example plan's Jobcenter section

describe.runIf(E2E_ENABLED)('rule settings and catalogue', () => {
  let h: Harness;
  let options: Page;

  async function openOptions(): Promise<Page> {
    const page = await h.context.newPage();
    await page.goto(`${h.extensionOrigin}/options.html`);
    await page.locator('table.rule-settings').waitFor();
    return page;
  }

  async function checkExample(panel: Page): Promise<number> {
    await panel.getByRole('button', { name: 'Beispielplan prüfen' }).click();
    const status = panel.locator('#status');
    await expect.poll(() => status.innerText(), { timeout: 30_000 }).toMatch(/Beispielplan ist geprüft/);
    return Number(/(\d+) Hinweis/.exec(await status.innerText())?.[1] ?? 'NaN');
  }

  const ruleFindings = (panel: Page) => panel.locator(`li.card li.finding[data-rule="${RULE.id}"]`);
  const switchOf = (page: Page) => page.getByRole('checkbox', { name: `„${RULE.title}“ prüfen` });
  const severityOf = (page: Page) => page.getByRole('combobox', { name: `Stufe für „${RULE.title}“` });

  beforeAll(async () => {
    h = await launchExtension();
    options = await openOptions();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is the extension\'s options page, and lists every rule with its switch and severity', async () => {
    const manifest = await (await h.serviceWorker()).evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): { options_ui?: { page: string } } } } }).chrome.runtime.getManifest(),
    );
    expect(manifest.options_ui?.page).toBe('options.html');
    await expect(options.title()).resolves.toBe('Klarplan – Einstellungen');
    expect(await options.locator('tbody tr').count()).toBe(RULES.length);
    expect(await switchOf(options).isChecked()).toBe(true);
    expect(await severityOf(options).inputValue()).toBe(RULE.severity);
    expect(h.problems(options)).toEqual([]);
  });

  it('options page: axe-core finds no serious or critical violations; Tab reaches every control', async () => {
    expect(await runAxe(options)).toEqual([]);
    const reach = await keyboardReach(options);
    expect(reach.controls.length).toBeGreaterThan(RULES.length * 2);
    expect(reach.unreachable).toEqual([]);
  });

  it('a rule switched off there: a panel opened afterwards shows none of its findings', async () => {
    const before = await h.openSidePanel();
    const countBefore = await checkExample(before);
    const ruleCount = await ruleFindings(before).count();
    expect(ruleCount).toBeGreaterThan(0);

    await switchOf(options).uncheck();
    await expect.poll(() => options.locator('[role="status"]').innerText()).toMatch(/ausgeschaltet/);

    // the panel that was open follows the change at once (storage event): same plan, re-checked
    await expect.poll(() => ruleFindings(before).count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => before.locator('li.finding').count()).toBe(countBefore - ruleCount);
    await before.close();

    const panel = await h.openSidePanel();
    const count = await checkExample(panel);
    expect(count).toBe(countBefore - ruleCount);
    expect(await panel.locator('li.finding').count()).toBe(count);
    expect(await ruleFindings(panel).count()).toBe(0);
    expect(h.problems(panel)).toEqual([]);
    await panel.close();
  });

  it('a changed severity shows on that rule\'s findings', async () => {
    await switchOf(options).check();
    await severityOf(options).selectOption('error');
    await expect.poll(() => options.locator('[role="status"]').innerText()).toMatch(/Stufe „Wichtig“/);

    const panel = await h.openSidePanel();
    await checkExample(panel);
    const findings = ruleFindings(panel);
    expect(await findings.count()).toBeGreaterThan(0);
    for (const f of await findings.all()) {
      expect(await f.getAttribute('class')).toContain('severity-error');
      expect((await f.locator('.severity').innerText()).trim()).toBe(`${SEVERITY_LABELS.error}:`);
    }

    // and back to the default while the panel is open
    await severityOf(options).selectOption(RULE.severity);
    await expect.poll(() => findings.first().locator('.severity').innerText(), { timeout: 10_000 }).toBe(`${SEVERITY_LABELS[RULE.severity]}:`);
    await panel.close();
  });

  it('stores only rule settings in storage.local: no plan text', async () => {
    await switchOf(options).uncheck();
    await severityOf(options).selectOption('info');
    await expect.poll(async () => (await h.extensionStorage()).local[SETTINGS_KEY]).toEqual({
      format: SETTINGS_FORMAT,
      version: 1,
      rules: { [RULE.id]: { enabled: false, severity: 'info' } },
    });
    const stored = await h.extensionStorage();
    const texts = SECTION_KEYS.flatMap((k) => (EXAMPLE_PLAN.sections[k] ?? []).map(entryText));
    expect(planTextsIn(stored.local, texts)).toEqual([]);
  });

  it('export downloads the settings file; an invalid import shows a German error and changes nothing', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Einstellungen exportieren' }).click()]);
    expect(download.suggestedFilename()).toBe('klarplan-einstellungen.json');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(exported).toEqual({ format: SETTINGS_FORMAT, version: 1, rules: { [RULE.id]: { enabled: false, severity: 'info' } } });

    const storedBefore = (await h.extensionStorage()).local[SETTINGS_KEY];
    await options.getByLabel('Einstellungen aus einer Datei importieren (JSON):').setInputFiles({
      name: 'falsch.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: SETTINGS_FORMAT, version: 1, rules: { [RULE.id]: { severity: 'hoch' } } })),
    });
    const alert = options.getByRole('alert');
    await expect.poll(() => alert.innerText()).toMatch(/„falsch\.json“ wurde nicht importiert\..*Feld „severity“ muss.*nicht "hoch".*Es wurde nichts geändert\./s);
    expect((await h.extensionStorage()).local[SETTINGS_KEY]).toEqual(storedBefore);
    expect(await switchOf(options).isChecked()).toBe(false);

    // the exported file brings the settings back after a reset
    await options.getByRole('button', { name: 'Alle Regeln auf Standard zurücksetzen' }).click();
    await expect.poll(() => switchOf(options).isChecked()).toBe(true);
    await options.getByLabel('Einstellungen aus einer Datei importieren (JSON):').setInputFiles({
      name: 'klarplan-einstellungen.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await expect.poll(() => options.locator('[role="status"]').innerText()).toMatch(/sind übernommen/);
    expect(await switchOf(options).isChecked()).toBe(false);
    expect(await severityOf(options).inputValue()).toBe('info');
    expect(h.problems(options)).toEqual([]);
    expect(h.externalRequests()).toEqual([]);
  });

  it('the side panel links to the catalogue and the settings, each opened in a tab', async () => {
    const panel = await h.openSidePanel();
    const [catalogue] = await Promise.all([h.context.waitForEvent('page'), panel.getByRole('link', { name: 'Alle Regeln ansehen' }).click()]);
    await catalogue.waitForURL(`${h.extensionOrigin}/catalogue.html`);
    await catalogue.locator('h1').waitFor();
    await catalogue.close();
    // runtime.openOptionsPage() brings an open options tab to the front instead of opening another: close it first
    await options.close();
    const [settings] = await Promise.all([h.context.waitForEvent('page'), panel.getByRole('link', { name: 'Regeln einstellen' }).click()]);
    await settings.waitForURL(`${h.extensionOrigin}/options.html`);
    await settings.locator('table.rule-settings').waitFor();
    options = settings;
    expect(h.problems(panel)).toEqual([]);
    await panel.close();
  });

  describe('catalogue page', () => {
    let catalogue: Page;
    beforeAll(async () => {
      catalogue = await h.context.newPage();
      await catalogue.goto(`${h.extensionOrigin}/catalogue.html`);
      await catalogue.locator('main section.rule').first().waitFor();
    });

    it('shows every rule with its examples', async () => {
      await expect(catalogue.title()).resolves.toBe('Klarplan – Alle Regeln');
      expect(await catalogue.locator('main section.rule h2').allInnerTexts()).toEqual(RULES.map((r) => r.title));
      // per rule its chosen pairs, every other example (each once) folded under "Alle Beispiele (n)"
      const pairs = RULES.reduce((n, r) => n + (r.examples.flagged as Array<{ showcase?: boolean }>).filter((e) => e.showcase).length, 0);
      expect(await catalogue.locator('li.pair').count()).toBe(pairs);
      expect(await catalogue.locator('li.example').count()).toBe(RULES.reduce((n, r) => n + foldedCount(r), 0));
      expect(h.problems(catalogue)).toEqual([]);
    });

    it('axe-core finds no serious or critical violations; Tab reaches every control', async () => {
      expect(await runAxe(catalogue)).toEqual([]);
      const reach = await keyboardReach(catalogue);
      expect(reach.controls.length).toBeGreaterThan(RULES.length);
      expect(reach.unreachable).toEqual([]);
    });

    it('prints: the print media hides the table of contents and the buttons', async () => {
      await catalogue.emulateMedia({ media: 'print' });
      expect(await catalogue.locator('nav.toc').isVisible()).toBe(false);
      expect(await catalogue.getByRole('button', { name: 'Regelkatalog drucken' }).isVisible()).toBe(false);
      expect(await catalogue.locator('main section.rule').first().isVisible()).toBe(true);
      const pdf = await catalogue.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
      await catalogue.emulateMedia({ media: 'screen' });
    });
  });
});
