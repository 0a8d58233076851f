/**
 * Firefox's own window — toolbar, Extensions panel, sidebar — driven from a test over WebDriver BiDi.
 *
 * Firefox started with `--remote-allow-system-access` (Firefox ≥ 138) lets WebDriver BiDi evaluate script in
 * privileged ("chrome") contexts: `browsingContext.getTree` with `"moz:scope": "chrome"` lists the browser
 * window (chrome://browser/content/browser.xhtml), and `script.evaluate` runs there. puppeteer-core has no API
 * for that, but its BiDi connection sends raw commands (`browser.connection.send`). From the browser window:
 *
 * - **A click on the toolbar button** is a mouse click synthesized in the browser window
 *   (`window.synthesizeMouseEvent`, what Firefox's own browser tests use): first on the Extensions button
 *   ("puzzle piece"), then on Klarplan's entry in the Extensions panel — where Firefox puts a new add-on's
 *   button. Firefox then does what it does for a user's click: it grants `activeTab` for the tab and fires
 *   `browserAction.onClicked`, as user input. (BiDi's `input.performActions` refuses chrome contexts.)
 * - **The sidebar** (`sidebar_action`) shows the extension page in a remote `<browser>` that WebDriver BiDi
 *   does not expose (only tabs and their frames are navigables). Its document is read with a frame script
 *   loaded into that `<browser>` (a `data:` URL; it runs in the extension's process and only reads the DOM).
 *   The same way reads Klarplan's count badges in a page: they sit in a closed shadow root, which privileged
 *   code can open (`openOrClosedShadowRoot`).
 * - **Requests** of the whole browser are recorded in the parent process (`http-on-opening-request`: every
 *   HTTP(S)/WebSocket request of every process, with the principal that triggered it); **console errors** too
 *   (script errors, CSP reports and `console.error` of every process, via the console service and a process
 *   script listening to the console API).
 *
 * Nothing here changes what Klarplan or Firefox does; it only clicks like a user and reads.
 */
import type { Browser } from 'puppeteer-core';

/** One HTTP(S) or WebSocket request, seen in Firefox's parent process. */
export interface FirefoxRequest {
  url: string;
  method: string;
  /** Origin of the principal that triggered it: the page, `moz-extension://<uuid>`, an expanded principal
   *  (content scripts: `[Expanded Principal [...]]`), or `[System Principal]` (Firefox itself, and navigations
   *  started by the test). */
  triggeredBy: string;
  time: number;
}

/** A console error anywhere in Firefox (all processes). */
export interface FirefoxProblem {
  kind: 'script-error' | 'console-error';
  text: string;
  /** The file or page it came from. */
  source: string;
  /** Firefox's category of a script error (e.g. `content javascript`, `CSP_CSPEvalScriptViolation`). */
  category?: string;
}

interface BidiConnectionLike {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/** Widget id Firefox gives an add-on's toolbar button (`makeWidgetId(id) + '-browser-action'`). */
export function browserActionWidgetId(addonId: string): string {
  return `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
}

// Code that runs in the browser window (privileged). Plain strings: they never run in Node.

/** Starts the recorders (requests, console). Runs once, before the add-on is installed. */
const START_RECORDERS = `(() => {
  if (globalThis.__klarplanTest) return true;
  const rec = (globalThis.__klarplanTest = { requests: [], problems: [], nextMessage: 0 });
  Services.obs.addObserver({
    observe(subject) {
      const ch = subject.QueryInterface(Ci.nsIHttpChannel);
      let triggeredBy = '';
      try { triggeredBy = ch.loadInfo?.triggeringPrincipal?.origin ?? ''; } catch {}
      rec.requests.push({ url: ch.URI.spec, method: ch.requestMethod, triggeredBy, time: Date.now() });
    },
  }, 'http-on-opening-request');
  Services.console.registerListener({
    observe(message) {
      if (!(message instanceof Ci.nsIScriptError)) return;
      if (message.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) return;
      rec.problems.push({ kind: 'script-error', text: message.errorMessage, source: message.sourceName, category: message.category });
    },
  });
  // console.error in any content or extension process (the console API stays in its process): a process
  // script forwards it here.
  Services.ppmm.addMessageListener('klarplan-test:console', (m) => { rec.problems.push(m.data); });
  const forward = 'Cc["@mozilla.org/consoleAPI-storage;1"].getService(Ci.nsIConsoleAPIStorage).addLogEventListener((e) => {' +
    ' if (e.level !== "error" && e.level !== "assert") return;' +
    ' let text = ""; try { text = (e.arguments || []).map((a) => { try { return String(a); } catch { return "?"; } }).join(" "); } catch {}' +
    ' Services.cpmm.sendAsyncMessage("klarplan-test:console", { kind: "console-error", text, source: String(e.filename || "") });' +
    '}, Services.scriptSecurityManager.getSystemPrincipal());';
  Services.ppmm.loadProcessScript('data:,' + encodeURIComponent(forward), true);
  return true;
})()`;

/**
 * Runs `fn(content.document, ...args)` in the content of a <browser> element (a tab, or the sidebar's
 * extension page) through a frame script, and resolves with its JSON-able result (null when the browser has
 * no content yet). `browserExpr` is an expression for the <browser> in the browser window.
 */
function inBrowserContent(browserExpr: string, fn: string, args: unknown[]): string {
  return `new Promise((resolve, reject) => {
    const browser = ${browserExpr};
    const mm = browser?.messageManager;
    if (!mm) return resolve(null);
    const name = 'klarplan-test:result-' + (globalThis.__klarplanTest.nextMessage++);
    const timer = setTimeout(() => { mm.removeMessageListener(name, listener); reject(new Error('no answer from ' + browser.currentURI?.spec)); }, 10000);
    const listener = (m) => {
      clearTimeout(timer);
      mm.removeMessageListener(name, listener);
      if (m.data.error) reject(new Error(m.data.error)); else resolve(m.data.value === undefined ? null : JSON.parse(m.data.value));
    };
    mm.addMessageListener(name, listener);
    const script = '(async () => { try { const value = await (' + ${JSON.stringify(fn)} + ')(content.document, ...' + ${JSON.stringify(JSON.stringify(args))} +
      '); sendAsyncMessage(' + JSON.stringify(name) + ', { value: JSON.stringify(value ?? null) }); } catch (e) { sendAsyncMessage(' + JSON.stringify(name) + ', { error: String(e) }); } })();';
    mm.loadFrameScript('data:,' + encodeURIComponent(script), false);
  })`;
}

/** The browser window of a Firefox started with `--remote-allow-system-access`, driven over WebDriver BiDi. */
export class FirefoxChrome {
  private context: string | undefined;

  private constructor(private readonly connection: BidiConnectionLike) {}

  /** Connects to the browser window and starts the request and console recorders. */
  static async attach(browser: Browser): Promise<FirefoxChrome> {
    const connection = (browser as unknown as { connection?: BidiConnectionLike }).connection;
    if (!connection?.send) throw new Error('puppeteer-core gave no WebDriver BiDi connection (launch Firefox with protocol "webDriverBiDi").');
    const chrome = new FirefoxChrome(connection);
    try {
      await chrome.windowContext();
    } catch (error) {
      throw new Error(
        `Firefox refused privileged (chrome) contexts over WebDriver BiDi — start it with --remote-allow-system-access (Firefox ≥ 138): ${String(error)}`,
      );
    }
    await chrome.evaluate(START_RECORDERS);
    return chrome;
  }

  private async windowContext(): Promise<string> {
    if (this.context) return this.context;
    const tree = await this.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const contexts = tree.result.contexts as Array<{ context: string; url: string }>;
    const win = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!win) throw new Error(`no browser window among the chrome contexts: ${JSON.stringify(contexts.map((c) => c.url))}`);
    this.context = win.context;
    return win.context;
  }

  /** Evaluates an expression in the browser window (privileged; promises awaited) and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const response = await this.connection.send('script.evaluate', {
      expression: `(async () => JSON.stringify((await (${expression})) ?? null))()`,
      target: { context: await this.windowContext() },
      awaitPromise: true,
    });
    const r = response.result as unknown as EvaluateResult;
    if (r.type === 'exception') throw new Error(`in the browser window: ${r.exceptionDetails?.text ?? 'exception'}`);
    return JSON.parse(String(r.result?.value)) as T;
  }

  /** A user's mouse click on an element of the browser window (its centre); fails if it is not shown. */
  async click(selector: string): Promise<void> {
    await this.evaluate(`(() => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (!el) throw new Error('not in the browser window: ' + ${JSON.stringify(selector)});
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) throw new Error('not shown: ' + ${JSON.stringify(selector)});
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      for (const type of ['mousedown', 'mouseup']) window.synthesizeMouseEvent(type, x, y, { button: 0, clickCount: 1 });
      return true;
    })()`);
  }

  /** Waits (in the browser window) until `condition` is true; fails after `timeout` ms. */
  async waitFor(condition: string, what: string, timeout = 10_000): Promise<void> {
    const ok = await this.evaluate<boolean>(`new Promise((resolve) => {
      const end = Date.now() + ${timeout};
      const check = () => { let v = false; try { v = !!(${condition}); } catch {} if (v) resolve(true); else if (Date.now() > end) resolve(false); else setTimeout(check, 25); };
      check();
    })`);
    if (!ok) throw new Error(`timed out after ${timeout} ms waiting for: ${what}`);
  }

  /**
   * Clicks the add-on's toolbar button the way a user does with a fresh add-on: Firefox puts its button in the
   * Extensions panel, so the Extensions button first, then the add-on's entry there. The current tab must be
   * the page to act on.
   */
  async clickToolbarButton(addonId: string): Promise<void> {
    const item = `#${browserActionWidgetId(addonId)} .unified-extensions-item-action-button`;
    await this.click('#unified-extensions-button');
    await this.waitFor(`gUnifiedExtensions.panel?.state === 'open' && document.querySelector(${JSON.stringify(item)})?.getBoundingClientRect().width > 0`, 'the Extensions panel');
    await this.click(item);
    await this.waitFor(`gUnifiedExtensions.panel?.state === 'closed'`, 'the Extensions panel to close after the click');
  }

  /** Which sidebar is open, and which page it shows. */
  sidebar(): Promise<{ open: boolean; id: string | null; url: string | null }> {
    return this.evaluate(`(() => {
      const inner = SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser');
      return { open: SidebarController.isOpen, id: SidebarController.currentID || null, url: SidebarController.isOpen ? (inner?.currentURI?.spec ?? null) : null };
    })()`);
  }

  /** Closes the sidebar (a user's click on its close button). */
  async closeSidebar(): Promise<void> {
    await this.evaluate(`(() => { SidebarController.hide(); return true; })()`);
    await this.waitFor('!SidebarController.isOpen', 'the sidebar to close');
  }

  /** Runs `fn(document, ...args)` in the extension page the sidebar shows (null if there is none yet). */
  inSidebar<T, A extends unknown[]>(fn: (doc: Document, ...args: A) => T | Promise<T>, ...args: A): Promise<T | null> {
    return this.evaluate(
      inBrowserContent(`SidebarController.isOpen ? SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser') : null`, fn.toString(), args),
    );
  }

  /**
   * Reloads the sidebar's extension page with `script` run in it before any of its own scripts (a test double such
   * as a fake `speechSynthesis`): a frame script waits for the new window (DOMWindowCreated) and evaluates the
   * script in a sandbox over it (`wantXrays: false`, so what it defines is the page's own). Resolves once the
   * reloaded page has a body.
   */
  async reloadSidebarWith(script: string): Promise<void> {
    const frameScript = `(() => {
      const Cu = Components.utils;
      const onCreated = (event) => {
        const win = event.target && event.target.defaultView;
        if (!win || !String(win.location.href).endsWith('/sidepanel.html')) return;
        removeEventListener('DOMWindowCreated', onCreated, true);
        const sandbox = Cu.Sandbox(win, { sandboxPrototype: win, wantXrays: false, sameZoneAs: win });
        Cu.evalInSandbox(${JSON.stringify(script)}, sandbox);
      };
      addEventListener('DOMWindowCreated', onCreated, true);
      content.location.reload();
    })();`;
    await this.evaluate(`(() => {
      const inner = SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser');
      if (!inner?.messageManager) throw new Error('no sidebar page to reload');
      inner.messageManager.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(frameScript)}), false);
      return true;
    })()`);
    await new Promise((r) => setTimeout(r, 300));
    const end = Date.now() + 10_000;
    while (!(await this.inSidebar((doc) => doc.readyState === 'complete' && !!doc.querySelector('section.read-aloud')).catch(() => false))) {
      if (Date.now() > end) throw new Error('the sidebar page did not come back after the reload');
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /**
   * A user's mouse click on the button named `name` in the sidebar's page: its place in the sidebar page, plus where
   * the sidebar and its inner browser sit in the window, clicked there with real mouse events (so the page sees
   * trusted user input, as `permissions.request` requires). Fails if there is no such button.
   */
  async clickInSidebar(name: string): Promise<void> {
    const rect = await this.inSidebar((doc, label: string) => {
      const b = [...doc.querySelectorAll('button')].find((x) => (x.textContent ?? '').replace(/\s+/g, ' ').trim() === label);
      if (!b) return null;
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, name);
    if (!rect) throw new Error(`no button "${name}" in the sidebar`);
    await this.evaluate(`(() => {
      const outer = SidebarController.browser;
      const inner = outer?.contentDocument?.getElementById('webext-panels-browser');
      if (!outer || !inner) throw new Error('no sidebar');
      const o = outer.getBoundingClientRect(), i = inner.getBoundingClientRect();
      const x = o.left + i.left + ${rect.x}, y = o.top + i.top + ${rect.y};
      for (const type of ['mousedown', 'mouseup']) window.synthesizeMouseEvent(type, x, y, { button: 0, clickCount: 1 });
      return true;
    })()`);
  }

  /** Runs `fn(document, ...args)` in the top document of the tab showing `url`, with privileged access. */
  inTab<T, A extends unknown[]>(url: string, fn: (doc: Document, ...args: A) => T | Promise<T>, ...args: A): Promise<T | null> {
    return this.evaluate(inBrowserContent(`gBrowser.browsers.find((b) => b.currentURI.spec === ${JSON.stringify(url)})`, fn.toString(), args));
  }

  /** The add-on's origin, `moz-extension://<uuid>` (the uuid is random per profile). */
  async addonOrigin(addonId: string): Promise<string> {
    const host = await this.evaluate<string | null>(`WebExtensionPolicy.getByID(${JSON.stringify(addonId)})?.mozExtensionHostname ?? null`);
    if (!host) throw new Error(`add-on ${addonId} is not running`);
    return `moz-extension://${host}`;
  }

  /** Every HTTP(S)/WebSocket request of the whole browser since the recorders started. */
  requests(): Promise<FirefoxRequest[]> {
    return this.evaluate('globalThis.__klarplanTest.requests');
  }

  /** Every console error of the whole browser (Firefox's own included) since the recorders started. */
  problems(): Promise<FirefoxProblem[]> {
    return this.evaluate('globalThis.__klarplanTest.problems');
  }
}
