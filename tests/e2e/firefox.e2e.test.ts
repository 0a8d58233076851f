/**
 * Firefox smoke test: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright cannot
 * drive stock Firefox; geckodriver is not available here). The Firefox build (.output/firefox-mv2) installs as
 * a temporary add-on and a fixture page loads with the add-on running. (moz-extension:// pages cannot be
 * opened directly over BiDi, so the sidebar itself is not tested here.)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_ENABLED, FIREFOX_EXTENSION_DIR, firefoxPath } from './harness';
import { fixturePage, toPoints } from './pages/index';
import { startServer, type TestServer } from './server';

describe.runIf(E2E_ENABLED)('Firefox ESR (WebDriver BiDi)', () => {
  let browser: Browser;
  let server: TestServer;

  beforeAll(async () => {
    if (!existsSync(firefoxPath())) throw new Error(`Firefox not found at ${firefoxPath()}: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
    if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('No Firefox build: run `npm run build:firefox`.');
    server = await startServer(inject('klarplanPagesDir'));
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      extraPrefsFirefox: { 'intl.locale.requested': 'de-DE', 'network.dns.disableIPv6': true },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('installs the Firefox build as a temporary add-on', async () => {
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    expect(id).toBe('klarplan@example.org');
  });

  it('loads a fixture page, fields filled, without errors, with the add-on installed', async () => {
    const spec = fixturePage('textarea');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    await page.goto(server.url(spec.path), { waitUntil: 'load' });
    await page.waitForFunction(() => window.klarplanFixture?.ready === true, { timeout: 20_000 });
    expect(await page.title()).toBe(spec.title);
    const values = await page.evaluate(() => window.klarplanFixture!.values());
    for (const field of spec.fields) expect(toPoints(values[field.key] ?? ''), field.key).toEqual(toPoints(field.text));
    expect(errors).toEqual([]);
    await page.close();
  });
});
