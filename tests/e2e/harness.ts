/**
 * E2E harness: Debian's Chromium (never a downloaded browser) with the built extension (.output/chrome-mv3)
 * loaded, driven by playwright-core; the fixture pages served by server.ts; every request of the browser
 * context recorded (pages, frames, extension pages, content scripts, the extension's service worker) from the
 * extension's install on: the browser starts without the extension, the recorders attach, then the extension
 * is installed through the DevTools protocol (`Extensions.loadUnpacked`, like "Load unpacked").
 *
 * Typical use in a test file:
 *
 *   let h: Harness;
 *   beforeAll(async () => { h = await launchExtension(); });
 *   afterAll(() => h?.close());
 *   const panel = await h.openSidePanel();
 *   const page = await h.openFixture('ckeditor5');
 *   expect(h.externalRequests()).toEqual([]);
 */
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPages, REPO_ROOT } from './build-pages';
import { fixturePage, type FixtureApi, type FixtureField, type FixturePage, type FixturePageName } from './pages/index';
import { startServer, type TestServer } from './server';

export { REPO_ROOT };
/** The build folder (`KLARPLAN_OUT_DIR`, default .output), as in wxt.config.ts. */
export const OUT_DIR = join(REPO_ROOT, process.env.KLARPLAN_OUT_DIR ?? '.output');
export const CHROME_EXTENSION_DIR = join(OUT_DIR, 'chrome-mv3');
export const FIREFOX_EXTENSION_DIR = join(OUT_DIR, 'firefox-mv2');

/** True when running under vitest.e2e.config.ts (the unit config's glob also matches *.e2e.test.ts). */
export const E2E_ENABLED = process.env.KLARPLAN_E2E === '1';

/** Debian's Chromium binary (not the /usr/bin/chromium wrapper script); `CHROMIUM_PATH` overrides. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/lib/chromium/chromium';
}

/** Debian's Firefox ESR; `FIREFOX_PATH` overrides. */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

export interface RecordedRequest {
  url: string;
  method: string;
  /** Playwright's resource type (document, script, fetch, xhr, …) or 'websocket'. */
  resourceType: string;
  /** Who asked: a page or frame (incl. extension pages), or the extension's service worker. */
  source: 'page' | 'service-worker' | 'websocket';
  /** URL of the page / frame / worker that made the request, when known. */
  initiator?: string;
  time: number;
}

export interface ConsoleProblem {
  kind: 'console-error' | 'page-error';
  text: string;
  /** URL of the page or worker it came from. */
  url: string;
}

export interface ExtensionStorage {
  /** False when the extension has no `storage` permission (`chrome.storage` is undefined: nothing can be stored). */
  available: boolean;
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
  /** The extension origin's localStorage (window pages only). */
  localStorage: Record<string, string>;
  /** Names of the extension origin's IndexedDB databases. */
  indexedDB: string[];
}

export interface LaunchOptions {
  /** Unpacked extension to load (default .output/chrome-mv3; run `npm run build` first). */
  extensionDir?: string;
  /** Built fixture pages (default: the folder the E2E global setup built, else built now). */
  pagesDir?: string;
  /** Extra Chromium flags. */
  args?: string[];
  /**
   * How the extension is loaded. 'cdp' (default): the browser starts without it, the request recorders attach,
   * then `Extensions.loadUnpacked` installs it — so requests at install and start-up are recorded (Playwright
   * forwards request events only once a listener exists; with 'flags' the first ones can be lost).
   * 'flags': `--disable-extensions-except` + `--load-extension` at launch.
   */
  load?: 'cdp' | 'flags';
  /**
   * More unpacked extensions to load next to Klarplan, after it (e.g. the test-only speech engine in
   * tests/e2e/tts-engine/). Their ids are in `Harness.extraExtensionIds`, in the same order. Needs load 'cdp'.
   */
  extraExtensions?: string[];
}

export interface Harness {
  context: BrowserContext;
  /** The extension's id, from its service worker's URL. */
  extensionId: string;
  /** `chrome-extension://<id>` */
  extensionOrigin: string;
  /** Ids of `LaunchOptions.extraExtensions`, same order. */
  extraExtensionIds: string[];
  /** The service worker of one of the extra extensions (woken if it went idle). */
  extraWorker(id: string): Promise<Worker>;
  server: TestServer;
  pagesDir: string;
  /** The extension's service worker (woken if it went idle). */
  serviceWorker(): Promise<Worker>;
  /** Every request the context made so far (pages, frames, extension pages, service worker, websockets). */
  requests(): RecordedRequest[];
  /**
   * Requests to anywhere but the extension itself, the test server, data: and blob: (and the extra extensions'
   * own pages, see LaunchOptions.extraExtensions). Must stay empty.
   */
  externalRequests(): RecordedRequest[];
  /** Forgets the requests recorded so far. */
  clearRequests(): void;
  /** Console errors and uncaught errors, of one page or of everything (pages and service worker). */
  problems(page?: Page): ConsoleProblem[];
  /** Opens the side panel page as a tab (`chrome-extension://<id>/sidepanel.html`). */
  openSidePanel(): Promise<Page>;
  /** Opens a fixture page in a new tab and waits until its editors have started (`klarplanFixture.ready`). */
  openFixture(page: FixturePage | FixturePageName): Promise<Page>;
  /** chrome.storage.local/sync (read in the service worker), plus the extension origin's localStorage and IndexedDB. */
  extensionStorage(): Promise<ExtensionStorage>;
  /**
   * Clicks Klarplan's toolbar button on the page's tab (CDP `Extensions.triggerAction`, the same path as a
   * user's click): the browser grants the extension `activeTab` for that page. The page's URL must be unique
   * among the open tabs.
   */
  clickToolbarButton(page: Page): Promise<void>;
  close(): Promise<void>;
}

/** The Chromium flags used for every launch (plus the flags that load the extension, see LaunchOptions.load). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--lang=de-DE',
  // Hermetic: no host name resolves (the test server is reached by IP). Requests are still recorded.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

async function defaultPagesDir(): Promise<string> {
  if (process.env.KLARPLAN_E2E_PAGES_DIR) return process.env.KLARPLAN_E2E_PAGES_DIR;
  try {
    const { inject } = await import('vitest');
    const dir = inject('klarplanPagesDir');
    if (dir) return dir;
  } catch {
    // not inside a vitest worker
  }
  return buildPages();
}

/** Is this URL anywhere but the extension itself, the test server, data: or blob:? */
export function isExternal(url: string, extensionOrigin: string, serverOrigin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return false;
  return !(url.startsWith(`${extensionOrigin}/`) || url === extensionOrigin || url.startsWith(`${serverOrigin}/`) || url === serverOrigin);
}

/**
 * Launches Debian's Chromium with the extension loaded, in a fresh profile, and starts the page server.
 */
export async function launchExtension(options: LaunchOptions = {}): Promise<Harness> {
  const extensionDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  const pagesDir = options.pagesDir ?? (await defaultPagesDir());
  const server = await startServer(pagesDir);
  const profile = await mkdtemp(join(tmpdir(), 'klarplan-e2e-profile-'));

  const recorded: RecordedRequest[] = [];
  const problems: Array<ConsoleProblem & { page: Page | null }> = [];

  const load = options.load ?? 'cdp';
  const extras = options.extraExtensions ?? [];
  if (extras.length && load !== 'cdp') throw new Error("extraExtensions needs load: 'cdp'");
  for (const dir of extras) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No extension in ${dir} (manifest.json missing).`);
  }
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [
        ...(load === 'flags'
          ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
          : ['--enable-unsafe-extension-debugging']),
        ...CHROMIUM_ARGS,
        ...(options.args ?? []),
      ],
      // Playwright passes --disable-extensions by default; --disable-extensions-except overrides it for the
      // flag way, the CDP way needs it gone.
      ...(load === 'cdp' ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
      viewport: { width: 1200, height: 900 },
      locale: 'de-DE',
    });
  } catch (error) {
    await server.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }

  // Record every request of the context. Playwright reports the service worker's requests on the context too
  // (request.serviceWorker() is set); pages, frames and extension pages likewise. Playwright only forwards
  // request events once a listener exists, so the extension is loaded after this (see `load`).
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    let initiator: string | undefined;
    try {
      initiator = worker ? worker.url() : request.frame().url();
    } catch {
      initiator = undefined; // navigation before its frame exists
    }
    recorded.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      source: worker ? 'service-worker' : 'page',
      initiator,
      time: Date.now(),
    });
  });
  const watchPage = (page: Page) => {
    page.on('websocket', (ws) =>
      recorded.push({ url: ws.url(), method: 'GET', resourceType: 'websocket', source: 'websocket', initiator: page.url(), time: Date.now() }),
    );
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const page = msg.page();
    problems.push({ kind: 'console-error', text: msg.text(), url: page?.url() ?? msg.worker()?.url() ?? '', page });
  });
  context.on('weberror', (webError) => {
    const page = webError.page();
    const error = webError.error();
    problems.push({ kind: 'page-error', text: `${error.name}: ${error.message}`, url: page?.url() ?? '', page });
  });

  const fail = async (message: string): Promise<never> => {
    await context.close().catch(() => undefined);
    await server.close();
    await rm(profile, { recursive: true, force: true });
    throw new Error(message);
  };

  let extensionId: string;
  const extraExtensionIds: string[] = [];
  const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
  if (load === 'cdp') {
    // Install the extension now that every recorder is in place: its very first requests are recorded too.
    const browser = context.browser();
    if (!browser) return fail('Playwright gave no Browser for the persistent context (needed for Extensions.loadUnpacked).');
    const cdp = await browser.newBrowserCDPSession();
    try {
      const loaded = (await cdp.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never)) as { id: string };
      extensionId = loaded.id;
      for (const dir of extras) {
        const extra = (await cdp.send('Extensions.loadUnpacked' as never, { path: dir } as never)) as { id: string };
        extraExtensionIds.push(extra.id);
      }
    } catch (error) {
      return fail(`Extensions.loadUnpacked failed for ${[extensionDir, ...extras].join(', ')}: ${String(error)}`);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  } else {
    const worker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 }).catch(() => undefined));
    if (!worker) return fail(`The extension's service worker did not start (is ${extensionDir} a valid MV3 build?)`);
    extensionId = new URL(worker.url()).host;
  }
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as { background?: { service_worker?: string } };
  if (manifest.background?.service_worker) {
    const ours = (w: Worker) => w.url().startsWith(`${extensionOrigin}/`);
    const started =
      context.serviceWorkers().some(ours) ||
      (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 }).then(
        () => true,
        () => false,
      ));
    if (!started) return fail(`The extension's service worker did not start (is ${extensionDir} a valid MV3 build?)`);
  }

  async function serviceWorker(): Promise<Worker> {
    const live = context.serviceWorkers().find((w) => w.url().startsWith(`${extensionOrigin}/`));
    if (live) return live;
    // An idle MV3 worker stops; an event (here: opening an extension page that messages it) wakes it.
    const waiting = context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`${extensionOrigin}/`), timeout: 10_000 });
    const page = await context.newPage();
    await page.goto(`${extensionOrigin}/sidepanel.html`);
    await page.evaluate(() => {
      const c = (globalThis as { chrome?: { runtime?: { sendMessage?: (m: unknown) => Promise<unknown> } } }).chrome;
      return c?.runtime?.sendMessage?.({ type: 'klarplan/e2e-wake' }).catch(() => undefined);
    });
    try {
      return await waiting;
    } finally {
      await page.close();
    }
  }

  async function extraWorker(id: string): Promise<Worker> {
    const origin = `chrome-extension://${id}/`;
    const live = context.serviceWorkers().find((w) => w.url().startsWith(origin));
    if (live) return live;
    // An idle worker is woken by any event for its extension; opening one of its pages (even a missing one) is one.
    const waiting = context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(origin), timeout: 10_000 });
    const page = await context.newPage();
    await page.goto(`${origin}manifest.json`).catch(() => undefined);
    try {
      return await waiting;
    } finally {
      await page.close();
    }
  }

  async function openSidePanel(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${extensionOrigin}/sidepanel.html`);
    await page.locator('h1').first().waitFor();
    return page;
  }

  let opened = 0;
  async function openFixture(which: FixturePage | FixturePageName): Promise<Page> {
    const spec = typeof which === 'string' ? fixturePage(which) : which;
    const page = await context.newPage();
    // A query of its own per tab, so each tab's URL is unique (see clickToolbarButton).
    await page.goto(`${server.url(spec.path)}?tab=${++opened}`);
    await page.waitForFunction(() => window.klarplanFixture?.ready === true, undefined, { timeout: 20_000 });
    return page;
  }

  async function extensionStorage(): Promise<ExtensionStorage> {
    const sw = await serviceWorker();
    const fromWorker = await sw.evaluate(async () => {
      const c = (globalThis as { chrome?: { storage?: Record<string, { get(k: null): Promise<Record<string, unknown>> } | undefined> } })
        .chrome;
      if (!c?.storage?.local) return { available: false, local: {}, sync: {} };
      const local = await c.storage.local.get(null);
      const sync = c.storage.sync ? await c.storage.sync.get(null).catch(() => ({})) : {};
      return { available: true, local, sync };
    });
    const page = await context.newPage();
    try {
      await page.goto(`${extensionOrigin}/sidepanel.html`);
      const fromPage = await page.evaluate(async () => {
        const ls: Record<string, string> = {};
        for (let i = 0; i < localStorage.length; i++) {
          const key = localStorage.key(i);
          if (key !== null) ls[key] = localStorage.getItem(key) ?? '';
        }
        const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name ?? '') : [];
        return { localStorage: ls, indexedDB: dbs };
      });
      return { ...fromWorker, ...fromPage };
    } finally {
      await page.close();
    }
  }

  async function clickToolbarButton(page: Page): Promise<void> {
    const browser = context.browser();
    if (!browser) throw new Error('Playwright gave no Browser for the persistent context.');
    const cdp = await browser.newBrowserCDPSession();
    try {
      const { targetInfos } = (await cdp.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as {
        targetInfos: Array<{ targetId: string; type: string; url: string }>;
      };
      const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === page.url());
      if (tabs.length !== 1) throw new Error(`${tabs.length} tabs show ${page.url()}: give the page a unique URL`);
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tabs[0]!.targetId } as never);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  return {
    context,
    extensionId,
    extensionOrigin,
    extraExtensionIds,
    extraWorker,
    server,
    pagesDir,
    serviceWorker,
    requests: () => recorded.map((r) => ({ ...r })),
    externalRequests: () =>
      recorded
        .filter((r) => isExternal(r.url, extensionOrigin, server.origin))
        .filter((r) => !extraExtensionIds.some((id) => r.url.startsWith(`chrome-extension://${id}/`)))
        .map((r) => ({ ...r })),
    clearRequests: () => void (recorded.length = 0),
    problems: (page) => problems.filter((p) => !page || p.page === page).map(({ page: _page, ...p }) => p),
    openSidePanel,
    openFixture,
    extensionStorage,
    clickToolbarButton,
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/**
 * Locates a fixture field's editable root in a page: through its same-origin frame (TinyMCE's own iframe, the
 * iframe page's frame); Playwright's CSS engine pierces open shadow roots by itself.
 */
export function locateField(page: Page, field: FixtureField): Locator {
  const scope = field.frame ? page.frameLocator(field.frame) : page;
  const selector = field.shadowHost ? `${field.shadowHost} ${field.selector}` : field.selector;
  return scope.locator(selector).first();
}

/** Klarplan's Chrome extension id, fixed by the manifest key (wxt.config.ts): what administrators write in policies. */
export const EXTENSION_ID = 'jgbbocnjaanhphdikpdhmpinihipfmkp';

const POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * Writes a Chromium policy file that gives Klarplan these managed-storage values (read at browser start-up;
 * root can write there, as in CI). Returns the function that removes the file again.
 */
export function writeKlarplanPolicy(name: string, values: Record<string, unknown>): () => void {
  const file = join(POLICY_DIR, `${name}.json`);
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: values } } }));
  } catch (error) {
    throw new Error(`Cannot write the Chromium policy ${file} (run the E2E tests as root, as CI does): ${String(error)}`);
  }
  return () => rmSync(file, { force: true });
}

/**
 * The id Chromium gives an unpacked extension loaded from `dir`: the first 32 hex digits of the SHA-256 of its
 * absolute path, written with the letters a–p. Known before the browser starts, so a policy can name it.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * An administrator allows another extension's speech engine for "Vorlesen" (managed storage `speechEngines`),
 * here the test-only engine of tests/e2e/tts-engine/: a policy file read at browser start-up. Its id follows from
 * the engine's folder, so the policy means nothing to a browser of another checkout. Returns the remover.
 */
export function allowSpeechEngines(ids: string[]): () => void {
  return writeKlarplanPolicy('klarplan-e2e-speech-engines', { speechEngines: ids });
}

/**
 * The count badges Klarplan shows in the page: the counts of the markers inside its overlay element's closed
 * shadow root (read through CDP, which sees closed shadow roots; the page's own scripts cannot).
 */
export async function markerBadges(page: Page): Promise<string[]> {
  return (await pageOverlay(page)).markers.map((m) => m.count);
}

export interface OverlayBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OverlayMarker {
  /** The number on the marker. */
  count: string;
  severity: string;
  /** What is written on it ("!3"). */
  text: string;
  label: string;
  box: OverlayBox;
  /** Computed colours and corner radius. */
  background: string;
  color: string;
  borderRadius: string;
}

export interface PageOverlayView {
  /** Klarplan's overlay host elements in the top document (0 or 1). */
  hosts: number;
  markers: OverlayMarker[];
  /** The underline boxes over words in textareas/inputs, with their severity. */
  underlines: Array<OverlayBox & { severity: string }>;
  /** The clip areas (one per marked textarea/input). */
  clips: OverlayBox[];
  tooltip: { visible: boolean; text: string; box: OverlayBox | null } | null;
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * Everything Klarplan draws in a page, read through CDP from its overlay's closed shadow root: markers with
 * their computed colours and boxes (viewport CSS pixels), the underline boxes and the tooltip.
 */
export async function pageOverlay(page: Page): Promise<PageOverlayView> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const attr = (n: CdpNode, name: string): string | null => {
      const a = n.attributes ?? [];
      for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1] ?? '';
      return null;
    };
    const textOf = (n: CdpNode): string => (n.nodeName === '#text' ? (n.nodeValue ?? '') : (n.children ?? []).map(textOf).join(''));
    const html = (root.children ?? []).find((c) => c.nodeName === 'HTML');
    const hosts = (html?.children ?? []).filter((c) => attr(c, 'data-klarplan-ui') !== null && (c.shadowRoots?.length ?? 0) > 0);
    const all: CdpNode[] = [];
    const walk = (n: CdpNode) => {
      all.push(n);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
    };
    for (const h of hosts) for (const sr of h.shadowRoots ?? []) walk(sr);
    const box = async (n: CdpNode): Promise<OverlayBox | null> => {
      try {
        const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: n.nodeId })) as { model: { border: number[] } };
        const q = model.border;
        const xs = [q[0]!, q[2]!, q[4]!, q[6]!];
        const ys = [q[1]!, q[3]!, q[5]!, q[7]!];
        return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
      } catch {
        return null; // not rendered
      }
    };
    const style = async (n: CdpNode): Promise<Record<string, string>> => {
      const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: n.nodeId })) as {
        computedStyle: Array<{ name: string; value: string }>;
      };
      return Object.fromEntries(computedStyle.map((p) => [p.name, p.value]));
    };
    const markers: OverlayMarker[] = [];
    const underlines: PageOverlayView['underlines'] = [];
    const clips: OverlayBox[] = [];
    let tooltip: PageOverlayView['tooltip'] = null;
    for (const n of all) {
      const cls = (attr(n, 'class') ?? '').split(/\s+/);
      if (attr(n, 'data-count') !== null) {
        const st = await style(n);
        markers.push({
          count: attr(n, 'data-count') ?? '',
          severity: attr(n, 'data-severity') ?? '',
          text: textOf(n),
          label: attr(n, 'aria-label') ?? '',
          box: (await box(n)) ?? { x: 0, y: 0, width: 0, height: 0 },
          background: st['background-color'] ?? '',
          color: st['color'] ?? '',
          borderRadius: st['border-top-left-radius'] ?? '',
        });
      } else if (cls.includes('u')) {
        const b = await box(n);
        if (b) underlines.push({ ...b, severity: cls.find((c) => c !== 'u') ?? '' });
      } else if (cls.includes('clip')) {
        const b = await box(n);
        if (b) clips.push(b);
      } else if (attr(n, 'role') === 'tooltip') {
        const b = await box(n);
        tooltip = { visible: attr(n, 'hidden') === null && !!b && b.width > 0, text: textOf(n), box: b };
      }
    }
    return { hosts: hosts.length, markers, underlines, clips, tooltip };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The page's fields as its own framework holds them (`window.klarplanFixture.values()`), by field key. */
export function fixtureValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => (window.klarplanFixture as FixtureApi).values());
}

/** How often the page's framework reported a change, by field key. */
export function fixtureChanges(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => ({ ...(window.klarplanFixture as FixtureApi).changes }));
}

/** Runs a page-specific fixture action (React page: 'remount', 'toggleSonstiges'; step rows: 'addRow'). */
export function fixtureAction(page: Page, name: string): Promise<void> {
  return page.evaluate((n) => {
    const action = window.klarplanFixture?.actions[n];
    if (!action) throw new Error(`no fixture action ${n}`);
    action();
  }, name);
}

/** Waits until the page has had no network activity for a while (and its load event has fired). */
export async function waitForIdle(page: Page, quietMs = 500): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(quietMs);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending nodes, with a bit of their HTML. */
  nodes: Array<{ target: string; html: string }>;
}

let axeSource: string | undefined;

/**
 * Runs axe-core (from node_modules, injected through the DevTools protocol, so an extension page's CSP does not
 * block it) on the page and returns the serious and critical violations.
 */
export async function runAxe(page: Page, impacts: readonly string[] = ['serious', 'critical']): Promise<AxeViolation[]> {
  axeSource ??= await readFile(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const injected = await page.evaluate(`${axeSource}\n;typeof window.axe === 'object'`);
  if (injected !== true) throw new Error('axe-core did not load into the page');
  const violations = await page.evaluate(async () => {
    type AxeResult = {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        helpUrl: string;
        nodes: Array<{ target: unknown[]; html: string }>;
      }>;
    };
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), html: n.html.slice(0, 200) })),
    }));
  });
  return violations.filter((v) => v.impact !== null && impacts.includes(v.impact));
}

export interface KeyboardReach {
  /** Every visible, enabled control of the page (tag, then its text or label). */
  controls: string[];
  /** Controls that pressing Tab never reached. */
  unreachable: string[];
  /** The order in which Tab reached the controls. */
  order: string[];
}

/** Controls a keyboard user must reach. */
export const CONTROL_SELECTOR =
  'button, a[href], input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/**
 * Presses Tab from the top of the page until focus has visited every visible, enabled control (or has gone
 * round the page twice) and reports the controls it never reached.
 */
export async function keyboardReach(page: Page, selector = CONTROL_SELECTOR): Promise<KeyboardReach> {
  const controls = await page.evaluate((sel) => {
    const describe = (el: Element) => {
      const text = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.getAttribute('name') ?? '').trim();
      return `${el.tagName.toLowerCase()} "${text.replace(/\s+/g, ' ').slice(0, 60)}"`;
    };
    const all = [...document.querySelectorAll(sel)].filter((el) => {
      const h = el as HTMLElement & { disabled?: boolean };
      return !h.disabled && h.getClientRects().length > 0 && getComputedStyle(h).visibility !== 'hidden';
    });
    (window as unknown as { __kpControls: Element[] }).__kpControls = all;
    (window as unknown as { __kpSeen: Set<number> }).__kpSeen = new Set();
    (document.activeElement as HTMLElement | null)?.blur();
    return all.map(describe);
  }, selector);
  const order: string[] = [];
  const seen = new Set<number>();
  const limit = controls.length * 2 + 10;
  // Start from the document itself so the first Tab goes to the first control.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('body').focus().catch(() => undefined);
  for (let i = 0; i < limit && seen.size < controls.length; i++) {
    await page.keyboard.press('Tab');
    const index = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el ? (window as unknown as { __kpControls: Element[] }).__kpControls.indexOf(el) : -1;
    });
    if (index >= 0 && !seen.has(index)) {
      seen.add(index);
      order.push(controls[index]!);
    }
  }
  return { controls, order, unreachable: controls.filter((_, i) => !seen.has(i)) };
}

/** Plan texts found anywhere in a stored value (JSON-serialised), for "no plan text stored" checks. */
export function planTextsIn(value: unknown, texts: readonly string[]): string[] {
  const haystack = JSON.stringify(value) ?? '';
  const unescaped = haystack.replace(/\\"/g, '"');
  return texts.filter((t) => {
    // Match on a distinctive stretch of the text, so a trimmed or re-wrapped copy is caught too.
    const probe = t.length > 40 ? t.slice(0, 40) : t;
    return haystack.includes(probe) || unescaped.includes(probe);
  });
}
