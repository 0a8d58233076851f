/**
 * The harness checks itself: a request that leaves the browser from a fixture page, from an extension page or
 * from the extension's service worker is recorded and reported by externalRequests() — so an empty list in
 * the safety test means something. Uses its own browser session.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_ENABLED, isExternal, launchExtension, type Harness } from './harness';

// 127.0.0.2 is not the test server's origin and refuses at once (nothing listens there).
const OUTSIDE = 'http://127.0.0.2:9';

describe.runIf(E2E_ENABLED)('harness: the request recorder sees every context', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('classifies URLs', () => {
    const ext = h.extensionOrigin;
    const srv = h.server.origin;
    expect(isExternal(`${ext}/sidepanel.html`, ext, srv)).toBe(false);
    expect(isExternal(`${srv}/textarea.html`, ext, srv)).toBe(false);
    expect(isExternal('data:text/plain,x', ext, srv)).toBe(false);
    expect(isExternal(`blob:${ext}/1234`, ext, srv)).toBe(false);
    expect(isExternal('chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.js', ext, srv)).toBe(true);
    expect(isExternal(`${srv}.evil.example/`, ext, srv)).toBe(true);
    expect(isExternal('https://example.org/', ext, srv)).toBe(true);
    expect(isExternal(`http://localhost:${h.server.port}/`, ext, srv)).toBe(true);
  });

  it('records a request from a fixture page', async () => {
    const page = await h.openFixture('textarea');
    await page.evaluate((u) => fetch(`${u}/from-page`).catch(() => undefined), OUTSIDE);
    await expect.poll(() => h.externalRequests().map((r) => r.url)).toContain(`${OUTSIDE}/from-page`);
    await page.close();
  });

  it('records a request from an extension page', async () => {
    const panel = await h.openSidePanel();
    await panel.evaluate((u) => fetch(`${u}/from-extension-page`).catch(() => undefined), OUTSIDE);
    await expect.poll(() => h.externalRequests().map((r) => r.url)).toContain(`${OUTSIDE}/from-extension-page`);
    await panel.close();
  });

  it("records a request from the extension's service worker", async () => {
    const sw = await h.serviceWorker();
    await sw.evaluate((u) => fetch(`${u}/from-service-worker`).catch(() => undefined), OUTSIDE);
    await expect.poll(() => h.externalRequests().map((r) => r.url)).toContain(`${OUTSIDE}/from-service-worker`);
    const recorded = h.externalRequests().find((r) => r.url.endsWith('/from-service-worker'));
    expect(recorded?.source).toBe('service-worker');
  });

  it('records the server log the pages post to /__log', async () => {
    h.server.clearLog();
    const page = await h.openFixture('input');
    await expect.poll(() => h.server.log().some((e) => e.page === 'input' && e.type === 'ready')).toBe(true);
    await page.close();
  });
});

describe.runIf(E2E_ENABLED)('harness: a leaky extension is caught', () => {
  let dir: string;
  let h: Harness | undefined;

  beforeAll(async () => {
    // A tiny MV3 extension that sends requests at start-up, on install and from a content script.
    dir = await mkdtemp(join(tmpdir(), 'klarplan-e2e-leaky-'));
    const manifest = {
      manifest_version: 3,
      name: 'leaky',
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_idle' }],
    };
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    await writeFile(
      join(dir, 'background.js'),
      `fetch('${OUTSIDE}/startup').catch(() => {});
       chrome.runtime.onInstalled.addListener((d) => fetch('${OUTSIDE}/installed-' + d.reason).catch(() => {}));`,
    );
    await writeFile(join(dir, 'content.js'), `fetch('${OUTSIDE}/content-script').catch(() => {});`);
    h = await launchExtension({ extensionDir: dir });
  });
  afterAll(async () => {
    await h?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('records the service worker\'s requests from its very start (start-up, onInstalled)', async () => {
    await expect.poll(() => h!.externalRequests().map((r) => r.url)).toEqual(
      expect.arrayContaining([`${OUTSIDE}/startup`, `${OUTSIDE}/installed-install`]),
    );
  });

  it("records a content script's request", async () => {
    const page = await h!.openFixture('contact');
    await expect.poll(() => h!.externalRequests().map((r) => r.url)).toContain(`${OUTSIDE}/content-script`);
    await page.close();
  });
});
