/**
 * An administrator lists the test server's site through Chromium's policy (managed storage, key "sites").
 * Klarplan reads the list, but runs there only once the user has confirmed it: the panel shows the
 * administrator's site and the button that asks the browser for it; nothing is registered before that.
 *
 * Chromium reads policies from /etc/chromium/policies/managed/ at start-up (root can write there, as in CI);
 * the file is removed afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ENABLED, EXTENSION_ID, launchExtension, writeKlarplanPolicy, type Harness } from './harness';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const SITE = 'http://127.0.0.1/*';

describe.runIf(E2E_ENABLED)('administrator-listed site', () => {
  let h: Harness;
  let removePolicy: (() => void) | undefined;

  beforeAll(async () => {
    removePolicy = writeKlarplanPolicy('klarplan-e2e', { sites: [SITE] });
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
    removePolicy?.();
  });

  it('the extension id is the one the manifest key fixes (what administrators write in policies)', () => {
    expect(h.extensionId).toBe(EXTENSION_ID);
  });

  it('Klarplan sees the list, but registers nothing before the user confirms', async () => {
    const sw = await h.serviceWorker();
    await expect.poll(() => sw.evaluate(async () => (await chrome.storage.managed.get('sites')).sites), { timeout: 10_000 }).toEqual([SITE]);
    expect(await sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
  });

  it('the panel asks once: "Ihre Verwaltung hat Klarplan … vorgesehen" with a button to switch it on', async () => {
    const page = await h.openFixture('textarea');
    const panel = await h.openSidePanel();
    await page.bringToFront();
    await h.clickToolbarButton(page);
    const site = panel.locator('section[aria-labelledby="seite-heading"]');
    await expect.poll(() => site.innerText(), { timeout: 15_000 }).toMatch(/Ihre Verwaltung hat Klarplan für 127\.0\.0\.1 vorgesehen/);
    expect(await panel.getByRole('button', { name: 'Auf 127.0.0.1 einschalten' }).isVisible()).toBe(true);
    expect(h.externalRequests()).toEqual([]);
  });
});
