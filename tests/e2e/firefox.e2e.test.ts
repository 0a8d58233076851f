/**
 * Firefox smoke test: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (Playwright cannot
 * drive stock Firefox; geckodriver is not available here), with the Firefox build (firefox-mv2) installed as a
 * temporary add-on — the case worker's path, end to end:
 *
 *   a fixture page is open → the user clicks Klarplan's button (Extensions panel, since Firefox puts a new
 *   add-on's button there) → Firefox grants `activeTab` and fires `browserAction.onClicked` → the background
 *   opens the sidebar (`sidebarAction.open`) and injects the page agent → the agent reads the fields and sends
 *   the plan → the sidebar panel maps and checks it and sends back count markers → badges in the page.
 *
 * Firefox runs with `--remote-allow-system-access`, so the test can click in the browser window and read the
 * sidebar's page (see firefox-chrome.ts). The assertions follow agent.e2e.test.ts (Chromium): the panel's
 * "So liest Klarplan den Plan auf dieser Seite" view lists every point under the right one of the six
 * headings, findings are listed, the badges in the page add up to the panel's count (less the findings about
 * the plan as a whole). No request from the page or the add-on leaves the machine; no console errors.
 *
 * A plan in a frame from another origin (issue 16): the panel names the frame with its switch; a real click on
 * "Auf … einschalten" asks for that origin (Firefox's question is answered yes by a preference, since the test
 * cannot click it), and then the frame's plan is read and checked.
 *
 * "Vorlesen" in the sidebar (Firefox has no chrome.tts: speechSynthesis): with Firefox's own speech, which has no
 * voice on this machine (no speech-dispatcher), the round says so once and goes point by point; then with
 * speechSynthesis faked in the sidebar page (installed before its scripts run, see firefox-chrome.ts
 * `reloadSidebarWith`): every utterance names the fake local voice, the round waits for explicit answers,
 * "Weiter" records nothing, and the summary says so.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../checker/findings';
import { SECTION_HEADINGS, SECTION_KEYS } from '../../core/plan';
import { FirefoxChrome, type FirefoxProblem, type FirefoxRequest } from './firefox-chrome';
import { E2E_ENABLED, FIREFOX_EXTENSION_DIR, firefoxPath } from './harness';
import { fixturePage, planFields, toPoints, type FixturePage, type FixturePageName } from './pages/index';
import { startServer, type TestServer } from './server';

const ADDON_ID = 'klarplan@example.org';
const CHECKED = /Der Plan auf der Seite ist geprüft – (\d+) Hinweis/

/** What the panel's "So liest Klarplan den Plan" view should list: per heading, the points in page order. */
function expectedPlan(spec: FixturePage): string[][] {
  return SECTION_KEYS.map((key) =>
    planFields(spec)
      .filter((f) => f.section === key)
      .flatMap((f) => f.entries.map((e) => e.text + (e.due ? ` (bis ${formatDate(e.due)})` : ''))),
  );
}

/** What the sidebar panel shows (read in its document). */
interface PanelView {
  status: string;
  headings: string[];
  plan: string[][];
  findings: number;
  /** Findings about the plan as a whole (no field in the page to put a badge on). */
  planLevelFindings: number;
}

// Runs inside the sidebar's extension page (a frame script): plain DOM, no closures over test code.
function readPanel(doc: Document): PanelView {
  const sections = [...doc.querySelectorAll('details.page-plan .plan-section')];
  const planWide = [...doc.querySelectorAll('section.finding-group')].find((g) => (g.textContent ?? '').includes('Plan insgesamt'));
  return {
    status: doc.querySelector('p.page-status')?.textContent ?? '',
    headings: sections.map((s) => s.querySelector('h3')?.textContent ?? ''),
    plan: sections.map((s) => [...s.querySelectorAll('li')].map((li) => li.textContent ?? '')),
    findings: doc.querySelectorAll('section[aria-labelledby="ergebnis-heading"] li.finding').length,
    planLevelFindings: planWide ? planWide.querySelectorAll('li.finding').length : 0,
  };
}

// ── Vorlesen in the sidebar. These run inside the sidebar's page (frame scripts): plain DOM, no closures. ──

/** What the read-aloud section shows. */
function readAloudView(doc: Document) {
  const name = (el: Element) => {
    const c = el.cloneNode(true) as Element;
    c.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    return (c.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const s = doc.querySelector('section.read-aloud');
  const text = (sel: string) => s?.querySelector(sel)?.textContent ?? null;
  return {
    voices: [...(s?.querySelectorAll('.voice-settings select')[0]?.querySelectorAll('option') ?? [])].map((o) => o.textContent ?? ''),
    advice: text('.voice-advice'),
    note: text('.no-voice strong'),
    notes: s?.querySelectorAll('.no-voice').length ?? 0,
    problems: s?.querySelectorAll('.speech-problem, .error').length ?? 0,
    where: text('.reading-where'),
    phase: text('.reading-phase'),
    live: text('.reading-live'),
    enabled: Object.fromEntries([...(s?.querySelectorAll('.reading button') ?? [])].map((b) => [name(b), !(b as HTMLButtonElement).disabled])),
    statuses: [...(s?.querySelectorAll('.summary-status') ?? [])].map((e) => e.textContent ?? ''),
    histories: [...(s?.querySelectorAll('.summary-history') ?? [])].map((e) => e.textContent ?? ''),
    translationSetting: !!s?.querySelector('.translation-setting'),
    translatorApi: typeof (doc.defaultView as unknown as { Translator?: unknown } | null)?.Translator,
  };
}
/** Clicks the read-aloud button with this accessible name (its key hint is aria-hidden); false when there is none. */
function pressReadAloud(doc: Document, label: string): boolean {
  const name = (el: Element) => {
    const c = el.cloneNode(true) as Element;
    c.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    return (c.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const b = [...doc.querySelectorAll('section.read-aloud button')].find((x) => name(x) === label) as HTMLButtonElement | undefined;
  if (!b || b.disabled) return false;
  b.click();
  return true;
}
/** Firefox's own voices as the sidebar page sees them. */
function firefoxVoices(doc: Document) {
  return (doc.defaultView?.speechSynthesis?.getVoices() ?? []).map((v) => ({ name: v.name, lang: v.lang, localService: v.localService }));
}
/** What the fake speechSynthesis was asked to say (see FAKE_SPEECH). */
function fakeSpeechLog(doc: Document) {
  const log = (doc.defaultView as unknown as { wrappedJSObject?: { __fakeSpeech?: { log: Array<{ text: string; lang: string; voice: string | null }> } } }).wrappedJSObject?.__fakeSpeech?.log;
  return log ? Array.from(log, (u) => ({ text: String(u.text), lang: String(u.lang), voice: u.voice === null ? null : String(u.voice) })) : null;
}

/**
 * A fake speechSynthesis with one German voice on this machine, run in the sidebar page before its scripts: it
 * records every utterance and ends it after 15 ms (cancel ends it as "interrupted", as Firefox does).
 */
const FAKE_SPEECH = `(() => {
  const log = [];
  const voice = { name: 'Klarplan Testsprache', lang: 'de-DE', localService: true, default: true, voiceURI: 'urn:klarplan:test' };
  let current = null;
  const synth = {
    speaking: false, pending: false, paused: false,
    getVoices() { return [voice]; },
    speak(u) {
      log.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice ? u.voice.name : null });
      synth.speaking = true;
      const timer = setTimeout(() => { current = null; synth.speaking = false; if (u.onend) u.onend({}); }, 15);
      current = { u, timer };
    },
    cancel() {
      if (current) { clearTimeout(current.timer); const u = current.u; current = null; if (u.onerror) u.onerror({ error: 'interrupted' }); }
      synth.speaking = false;
    },
    pause() {}, resume() {},
    addEventListener() {}, removeEventListener() {},
  };
  class Utterance { constructor(text) { this.text = text; this.lang = ''; this.rate = 1; this.voice = null; this.onend = null; this.onerror = null; } }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  window.__fakeSpeech = { log };
})();`;

// Runs inside the page's tab with privileged access: the badges in Klarplan's closed shadow root.
function readBadges(doc: Document): string[] {
  return [...doc.querySelectorAll('[data-klarplan-ui=markers]')].flatMap((host) =>
    // the markers in the overlay's closed shadow root, each with its count (entrypoints/page-actions/overlay.ts)
    [...((host as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot?.querySelectorAll('[data-count]') ?? [])].map((b) => b.getAttribute('data-count') ?? ''),
  );
}

describe.runIf(E2E_ENABLED)('Firefox ESR (WebDriver BiDi)', () => {
  let browser: Browser;
  let chrome: FirefoxChrome;
  let server: TestServer;
  let addonOrigin = '';

  beforeAll(async () => {
    if (!existsSync(firefoxPath())) throw new Error(`Firefox not found at ${firefoxPath()}: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
    if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('No Firefox build: run `npm run build:firefox`.');
    server = await startServer(inject('klarplanPagesDir'));
    const started = Date.now();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      // Privileged contexts over WebDriver BiDi: the test clicks in the browser window and reads the sidebar.
      args: ['--remote-allow-system-access'],
      // (the optional host permission a user grants in Firefox's question is granted without it: the test cannot
      // answer the question; the user's click that asks is still a real click)
      extraPrefsFirefox: { 'intl.locale.requested': 'de-DE', 'network.dns.disableIPv6': true, 'extensions.webextOptionalPermissionPrompts': false },
    });
    // The recorders start before the add-on is installed: its first requests and errors are seen too.
    chrome = await FirefoxChrome.attach(browser);
    console.log(`[firefox] ${await browser.version()} started in ${Date.now() - started} ms`);
  });
  afterAll(async () => {
    // For the record: what Firefox itself asked for (remote settings and the like), not Klarplan.
    const own = browser?.connected ? (await chrome?.requests().catch(() => []))?.filter((r) => r.triggeredBy === '[System Principal]' && !r.url.startsWith(`${server.origin}/`)) : [];
    if (own?.length) console.log(`[firefox] Firefox's own requests (not counted): ${[...new Set(own.map((r) => new URL(r.url).host))].join(', ')}`);
    await browser?.close();
    await server?.close();
  });

  /**
   * Requests from the pages or the add-on to anywhere but the test server (Firefox's own are not counted). The test
   * server answers under 127.0.0.1 and localhost (two origins, for the portal's frame): both are the test server.
   */
  async function externalRequests(): Promise<FirefoxRequest[]> {
    const port = new URL(server.origin).port;
    const local = [`http://127.0.0.1:${port}/`, `http://localhost:${port}/`];
    return (await chrome.requests()).filter((r) => r.triggeredBy !== '[System Principal]' && !local.some((o) => r.url.startsWith(o)));
  }
  // Each test is answerable for the console errors since it began (one test's error does not fail the next).
  let problemsBefore = 0;
  beforeEach(async () => {
    problemsBefore = chrome ? (await chrome.problems()).length : 0;
  });
  /** Console errors of the fixture pages and the add-on (its background, sidebar and content script) since this test began. */
  async function ourProblems(): Promise<FirefoxProblem[]> {
    const ours = (s: string) => s.startsWith(`${server.origin}/`) || (addonOrigin !== '' && s.startsWith(`${addonOrigin}/`));
    return (await chrome.problems()).slice(problemsBefore).filter((p) => ours(p.source) || p.text.includes(server.origin) || (addonOrigin !== '' && p.text.includes(addonOrigin)));
  }

  async function openFixture(name: FixturePageName): Promise<{ spec: FixturePage; page: Page; url: string }> {
    const spec = fixturePage(name);
    const url = server.url(spec.path);
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.klarplanFixture?.ready === true, { timeout: 20_000 });
    await page.bringToFront(); // the page is the selected tab when the button is clicked
    return { spec, page, url };
  }

  it('installs the Firefox build as a temporary add-on, with its sidebar', async () => {
    const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    expect(id).toBe(ADDON_ID);
    addonOrigin = await chrome.addonOrigin(ADDON_ID);
    // Firefox opens a new add-on's sidebar once, at install: it shows Klarplan's panel page.
    await expect.poll(() => chrome.sidebar(), { timeout: 10_000 }).toEqual({ open: true, id: 'klarplan_example_org-sidebar-action', url: `${addonOrigin}/sidepanel.html` });
  });

  it('loads a fixture page, fields filled, and Klarplan stays out of it until asked', async () => {
    const { spec, page, url } = await openFixture('textarea');
    expect(await page.title()).toBe(spec.title);
    const values = await page.evaluate(() => window.klarplanFixture!.values());
    for (const field of spec.fields) expect(toPoints(values[field.key] ?? ''), field.key).toEqual(toPoints(field.text));
    // No host permission, no click: no agent in the page, nothing in the panel.
    expect(await chrome.inTab(url, readBadges)).toEqual([]);
    expect((await chrome.inSidebar(readPanel))?.status).toBe('Noch kein Plan geprüft.');
    await page.close();
  });

  for (const name of ['textarea', 'ckeditor5'] as const) {
    it(`${name}: a click on Klarplan's button opens the sidebar, which reads, maps and checks the page; badges in the page`, async () => {
      const { spec, page, url } = await openFixture(name);
      await chrome.closeSidebar(); // the user closed it: the click has to open it
      const clicked = Date.now();
      await chrome.clickToolbarButton(ADDON_ID);

      // sidebarAction.open() in the click handler (a user gesture) worked, and the panel checked the page.
      await expect.poll(() => chrome.sidebar(), { timeout: 10_000 }).toEqual({ open: true, id: 'klarplan_example_org-sidebar-action', url: `${addonOrigin}/sidepanel.html` });
      await expect.poll(async () => (await chrome.inSidebar(readPanel))?.status ?? '', { timeout: 30_000 }).toMatch(CHECKED);
      console.log(`[firefox] ${name}: click → panel shows the checked plan in ${Date.now() - clicked} ms`);

      // Mapping: every plan field under its heading, every point in page order.
      const panel = (await chrome.inSidebar(readPanel))!;
      expect(panel.headings).toEqual(SECTION_KEYS.map((k) => SECTION_HEADINGS[k]));
      expect(panel.plan).toEqual(expectedPlan(spec));
      // Checked: findings listed, and the badges in the page add up to the panel's count.
      const total = Number(CHECKED.exec(panel.status)?.[1]);
      expect(total).toBeGreaterThan(0);
      expect(panel.findings).toBe(total);
      await expect
        .poll(async () => ((await chrome.inTab(url, readBadges)) ?? []).reduce((sum, t) => sum + Number(t), 0), { timeout: 5_000 })
        .toBe(total - panel.planLevelFindings);
      expect(((await chrome.inTab(url, readBadges)) ?? []).length).toBeGreaterThan(0);

      expect(await ourProblems()).toEqual([]);
      expect(await externalRequests()).toEqual([]);
      await page.close();
    });
  }

  it('a tab closed while Klarplan is at work in it (the markers still loading) leaves no error in the console', async () => {
    // The case worker closes the plan the moment the panel shows its check: the page agent is then asking the
    // background for the page actions. An answer still under way when the page goes must not be an error.
    for (let i = 0; i < 4; i++) {
      const { page } = await openFixture('textarea');
      await chrome.clickToolbarButton(ADDON_ID);
      await expect.poll(async () => (await chrome.inSidebar(readPanel))?.status ?? '', { timeout: 30_000 }).toMatch(CHECKED);
      await page.close();
    }
    await new Promise((r) => setTimeout(r, 500)); // the console gets a late rejection a moment after
    expect(await ourProblems()).toEqual([]);
  });

  it('contact form (no plan): the panel says so, no badges', async () => {
    const { page, url } = await openFixture('contact');
    await chrome.clickToolbarButton(ADDON_ID);
    await expect.poll(async () => (await chrome.inSidebar(readPanel))?.status ?? '', { timeout: 30_000 }).toMatch(/kein Kooperationsplan/);
    expect((await chrome.inSidebar(readPanel))?.findings).toBe(0);
    expect(await chrome.inTab(url, readBadges)).toEqual([]);
    expect(await ourProblems()).toEqual([]);
    expect(await externalRequests()).toEqual([]);
    await page.close();
  });

  it('a plan in a frame from another origin: named with its switch; after "Auf … einschalten" the frame\'s plan is read', async () => {
    // the portal is on the test server's host, the case-management frame on the other of 127.0.0.1 / localhost
    const url = server.url('/portal.html');
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    const frameHost = `${new URL(url).hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${new URL(url).port}`;
    await chrome.clickToolbarButton(ADDON_ID);
    const text = async () => (await chrome.inSidebar((doc) => doc.querySelector('main')?.textContent ?? '')) ?? '';
    await expect.poll(text, { timeout: 30_000 }).toContain(`Ein Teil dieser Seite kommt von ${frameHost} – Klarplan darf ihn nicht lesen.`);
    expect(await text()).not.toContain('Ich möchte als Busfahrerin arbeiten.');

    await chrome.clickInSidebar(`Auf ${frameHost} einschalten`);
    await expect.poll(text, { timeout: 10_000 }).toContain(`Klarplan ist auf ${frameHost} eingeschaltet.`);
    // the frame's agent reads its plan; the panel shows and checks it, and the frame is no longer named as unread
    await expect.poll(async () => (await chrome.inSidebar(readPanel))?.status ?? '', { timeout: 30_000 }).toMatch(CHECKED);
    const panel = (await chrome.inSidebar(readPanel))!;
    expect(panel.plan.flat()).toEqual(['Ich möchte als Busfahrerin arbeiten.', 'Das Jobcenter übernimmt die Kosten für den Führerschein.']);
    expect(await text()).not.toContain('Klarplan darf ihn nicht lesen');
    expect(await ourProblems()).toEqual([]);
    expect(await externalRequests()).toEqual([]);
    await page.close();
  });

  describe('Vorlesen in the sidebar', () => {
    const view = async () => (await chrome.inSidebar(readAloudView))!;
    const press = async (label: string) => expect(await chrome.inSidebar(pressReadAloud, label)).toBe(true);
    let page: Page;

    beforeAll(async () => {
      // the case worker's path: the plan page, the toolbar click, the sidebar reads it
      const opened = await openFixture('textarea');
      page = opened.page;
      await chrome.clickToolbarButton(ADDON_ID);
      // (a plain loop: expect.poll is not allowed in hooks)
      for (const end = Date.now() + 30_000; !CHECKED.test((await chrome.inSidebar(readPanel))?.status ?? ''); await new Promise((r) => setTimeout(r, 100))) {
        if (Date.now() > end) throw new Error('the sidebar did not check the page');
      }
    });
    afterAll(async () => {
      await page?.close();
    });

    it('Firefox\'s own speech has no voice here: said once at the start, then point by point with the same controls, no error per point', async () => {
      const voices = await chrome.inSidebar(firefoxVoices);
      console.log(`[firefox] speechSynthesis voices in the sidebar: ${JSON.stringify(voices)}`);
      expect(voices).toEqual([]); // no speech-dispatcher here; a machine with a German voice would read aloud
      await expect.poll(async () => (await view()).voices, { timeout: 10_000 }).toEqual(['Keine deutsche Stimme auf diesem Computer']);
      // Firefox has no on-device Translator API: the client's-language switch is not offered
      expect(await view()).toMatchObject({ translationSetting: false, translatorApi: 'undefined' });
      expect((await view()).advice).toMatch(/^Keine deutsche Stimme auf diesem Computer – bitte lesen Sie selbst vor\..*speech-dispatcher/s);
      await press('Vorlesen');
      await expect.poll(async () => (await view()).note, { timeout: 10_000 }).toBe('Keine deutsche Stimme auf diesem Computer – bitte lesen Sie selbst vor.');
      for (let i = 1; i <= 3; i++) {
        await expect.poll(async () => (await view()).where ?? '', { timeout: 10_000 }).toMatch(new RegExp(`^Punkt ${i} von \\d+ · `));
        const v = await view();
        expect(v.phase).toBe('Bitte lesen Sie den Punkt vor. Passt er so? Klarplan wartet.');
        expect(v).toMatchObject({ notes: 1, problems: 0 });
        expect(v.enabled).toMatchObject({ 'Passt so': true, Ändern: true, 'Als offen markieren': true, Nochmal: true, Weiter: true });
        if (i === 1) await press('Passt so');
        await press('Weiter');
      }
      await press('Beenden');
      await expect.poll(async () => (await view()).statuses.slice(0, 3)).toEqual(['bestätigt', 'nicht besprochen', 'nicht besprochen']);
      expect(await ourProblems()).toEqual([]);
    });

    it('with speechSynthesis faked in the sidebar page: the voice named in every utterance, explicit answers, "Weiter" records nothing', async () => {
      await chrome.reloadSidebarWith(FAKE_SPEECH);
      // the reloaded panel asks the page for its plan again
      await chrome.clickToolbarButton(ADDON_ID);
      await expect.poll(async () => (await chrome.inSidebar(readPanel))?.status ?? '', { timeout: 30_000 }).toMatch(CHECKED);
      await expect.poll(async () => (await view()).voices, { timeout: 10_000 }).toEqual(['Automatisch: deutsche Stimme auf diesem Computer', 'Klarplan Testsprache (de-DE)']);
      expect(await chrome.inSidebar(fakeSpeechLog)).toEqual([]);
      await press('Vorlesen');
      const said = async () => (await chrome.inSidebar(fakeSpeechLog)) ?? [];
      // point 1: heading and point, then the round waits; "Passt so"
      await expect.poll(async () => (await view()).phase ?? '', { timeout: 10_000 }).toMatch(/Passt der Punkt so\? Klarplan wartet\./);
      const first = await said();
      expect(first[0]!.text).toBe('Mein Ziel ist:');
      expect(first.length).toBeGreaterThanOrEqual(2);
      await new Promise((r) => setTimeout(r, 300));
      expect((await said()).length).toBe(first.length); // it waits: nothing more is said
      await press('Passt so');
      await expect.poll(async () => (await view()).live).toMatch(/: bestätigt\.$/);
      // point 2: "Weiter" without an answer; point 3: "Nochmal", then "Als offen markieren"
      await press('Weiter');
      await expect.poll(async () => (await view()).where ?? '').toMatch(/^Punkt 2 von /);
      await expect.poll(async () => (await view()).phase ?? '', { timeout: 10_000 }).toMatch(/Klarplan wartet/);
      await press('Weiter');
      await expect.poll(async () => (await view()).where ?? '').toMatch(/^Punkt 3 von /);
      await expect.poll(async () => (await view()).phase ?? '', { timeout: 10_000 }).toMatch(/Klarplan wartet/);
      const before = (await said()).length;
      await press('Nochmal');
      await expect.poll(async () => (await said()).length, { timeout: 10_000 }).toBeGreaterThan(before);
      await expect.poll(async () => (await view()).phase ?? '', { timeout: 10_000 }).toMatch(/Klarplan wartet/);
      await press('Als offen markieren');
      await press('Beenden');
      await expect.poll(async () => (await view()).statuses.slice(0, 4)).toEqual(['bestätigt', 'nicht besprochen', 'offen', 'nicht besprochen']);
      const v = await view();
      expect(v.histories[0]).toMatch(/^\(„Passt so“ um \d\d:\d\d\)$/);
      expect(v.histories[1]).toBe('(vorgelesen, ohne Antwort)');
      const all = await said();
      expect(all.length).toBeGreaterThanOrEqual(5);
      expect(new Set(all.map((u) => u.voice))).toEqual(new Set(['Klarplan Testsprache']));
      expect(new Set(all.map((u) => u.lang))).toEqual(new Set(['de-DE']));
      expect(all.filter((u) => /\d/.test(u.text))).toEqual([]); // prepared for the ear
      expect(await ourProblems()).toEqual([]);
      expect(await externalRequests()).toEqual([]);
    });
  });
});
