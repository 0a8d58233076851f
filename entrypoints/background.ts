import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseFromPage, parseReadAloud, parseToBackground, parseToPage, type FromPage, type ToBackground } from '../messages/index';
import { PAGE_ASK_PORT } from '../messages/ports';
import { badgeFor } from '../browser/badge';
import { ownProfileFor } from '../browser/site-profiles';
import { readPageMarks } from '../browser/page-marks-setting';
import { ACTIONS_FILE, PAGE_MARKS_GLOBAL } from './page-actions/api';

/**
 * Background: wires the toolbar button to the side panel, and runs the content script only on the sites the
 * user switched on (stored as match patterns, never any page content) or an administrator listed through
 * managed storage. No network, no telemetry.
 *
 * - Chrome (MV3): a click on the toolbar button opens the side panel (`sidePanel.open`) and starts the page
 *   agent in that tab.
 * - Firefox (MV2): there is no `sidePanel`; the panel is a `sidebar_action`, opened the same way
 *   (`sidebarAction.open()` must run synchronously in the click handler).
 */

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

interface CommandEvent {
  addListener(callback: (command: string, tab?: { id?: number; windowId?: number; url?: string }) => void): void;
}

interface ClickEvent {
  addListener(callback: (tab: { id?: number; windowId?: number; url?: string }) => void): void;
}

const SITES_KEY = 'klarplan.sites';
const SCRIPT_ID = 'klarplan-content';
const SCRIPT_FILE = '/page-agent.js';

/** The sites Klarplan runs on: the user's, then the administrator's (managed storage, key "sites"). */
async function sitePatterns(): Promise<string[]> {
  const own = (await browser.storage.local.get(SITES_KEY))[SITES_KEY];
  let managed: unknown = [];
  try {
    managed = (await browser.storage.managed.get('sites')).sites ?? [];
  } catch {
    // no policy, or a browser without managed storage
  }
  const all = [...(Array.isArray(own) ? own : []), ...(Array.isArray(managed) ? managed : [])];
  return [...new Set(all.filter((p): p is string => typeof p === 'string' && /^https?:\/\/[^/*]+\/\*$/.test(p)))];
}

async function registerContentScript(): Promise<void> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting) return;
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const matches = (await sitePatterns()).filter((p) => granted.includes(p) || granted.includes('<all_urls>'));
  await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
  if (matches.length) {
    await scripting.registerContentScripts([{ id: SCRIPT_ID, matches, js: [SCRIPT_FILE], runAt: 'document_idle', allFrames: true }]);
  }
}

async function enableSite(pattern: string, tabId?: number): Promise<void> {
  const own = (await browser.storage.local.get(SITES_KEY))[SITES_KEY];
  const list = Array.isArray(own) ? (own as string[]) : [];
  if (!list.includes(pattern)) await browser.storage.local.set({ [SITES_KEY]: [...list, pattern] });
  await registerContentScript();
  // the page that is open now gets the script at once
  if (tabId !== undefined) await startAgentIn(tabId);
}

/**
 * Runs the page agent in a tab now (it starts once per page; a second start does nothing). Right after the
 * toolbar click, Chrome now and then refuses the page for a moment although the click's access is granted
 * (measured in the E2E runs: about one click in twenty, longer on a busy machine), or answers that it ran the
 * script in no frame at all (about one click in ten on the TinyMCE page). Either is tried again for a few seconds;
 * then the panel is told, so it can say so instead of waiting for a plan that never comes.
 */
async function startAgentIn(tabId: number): Promise<void> {
  for (const wait of [0, 100, 250, 500, 1000, 1500, 2500]) {
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
    // some frame must have run it (not always the page's own: on a page of another origin only the frame that
    // Klarplan was switched on for may be entered)
    const ok = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [SCRIPT_FILE] }).then(
      (results) => results.length > 0,
      () => false,
    );
    if (!ok) continue;
    // The panel asks the agent for the plan once more: its first report may have come before the panel was listening.
    const started: FromPage = { type: 'klarplan/agent-started', tabId };
    await browser.runtime.sendMessage(started).catch(() => undefined);
    return;
  }
  const refused: FromPage = { type: 'klarplan/agent-refused', tabId };
  await browser.runtime.sendMessage(refused).catch(() => undefined);
}

/**
 * The page actions (write a fix, show a finding, draw markers) into the one frame whose agent asks for them: the
 * first time the panel has something to write or show there. A refusal (the page is no longer open to Klarplan) reaches the agent,
 * which says so once in the panel.
 */
interface MessageSender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

async function loadActions(sender: MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('Keine Seite');
  const target = { tabId, frameIds: [sender.frameId ?? 0] };
  // the setting "Markierungen im Formular" goes with them: the actions need no storage read of their own
  const marks = await readPageMarks(browser as Parameters<typeof readPageMarks>[0]);
  await browser.scripting.executeScript({ target, func: (key: string, on: boolean) => void ((globalThis as Record<string, unknown>)[key] = on), args: [PAGE_MARKS_GLOBAL, marks] });
  await browser.scripting.executeScript({ target, files: [ACTIONS_FILE] });
}

async function disableSite(pattern: string): Promise<void> {
  const own = (await browser.storage.local.get(SITES_KEY))[SITES_KEY];
  const list = Array.isArray(own) ? (own as string[]) : [];
  await browser.storage.local.set({ [SITES_KEY]: list.filter((p) => p !== pattern) });
  await browser.permissions.remove({ origins: [pattern] }).catch(() => undefined);
  await registerContentScript();
}

export default defineBackground(() => {
  const api = browser as unknown as {
    sidePanel?: typeof browser.sidePanel;
    sidebarAction?: FirefoxSidebarAction;
    action?: { onClicked: ClickEvent };
    browserAction?: { onClicked: ClickEvent };
    commands?: { onCommand: CommandEvent };
  };

  /** Opens the panel; must run in the user's click or key press itself, before anything is awaited. */
  const openPanel = (windowId: number | undefined) => {
    if (api.sidePanel?.open && windowId !== undefined) {
      api.sidePanel.open({ windowId }).catch((error: unknown) => console.error('Klarplan: Seitenleiste nicht geöffnet', error));
    } else if (api.sidebarAction) {
      api.sidebarAction.open().catch((error: unknown) => console.error('Klarplan: Seitenleiste nicht geöffnet', error));
    }
  };

  void registerContentScript();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void registerContentScript();
  });
  browser.permissions.onRemoved?.addListener(() => void registerContentScript());
  // What the panel and the page agent ask of the background.
  const work = (msg: ToBackground, sender: MessageSender): Promise<unknown> => {
    switch (msg.type) {
      case 'klarplan/load-actions':
        return loadActions(sender);
      case 'klarplan/profile':
        // the page's own address as the browser knows it (a frame's for a frame), not as the page says
        return sender.url ? ownProfileFor(browser.storage.local, sender.url) : Promise.resolve(null);
      case 'klarplan/enable-site':
        return enableSite(msg.pattern, msg.tabId);
      case 'klarplan/disable-site':
        return disableSite(msg.pattern);
    }
  };
  const answerOf = (msg: ToBackground, sender: MessageSender): Promise<unknown> =>
    work(msg, sender).then(
      (answer) => answer ?? null,
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    );
  // Answered with sendResponse (and `true` to keep the channel open), as Chrome documents it: a promise returned from
  // the listener is understood by Firefox and only by recent Chrome versions (Klarplan supports Chrome from 116 on).
  browser.runtime.onMessage.addListener(((raw: unknown, sender: MessageSender, sendResponse: (answer: unknown) => void) => {
    const msg = parseToBackground(raw);
    if (!msg) return undefined;
    void answerOf(msg, sender).then(sendResponse);
    return true;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  // The page agent asks over a port (see PAGE_ASK_PORT): a page that goes while the answer is under way just
  // closes its port; an answer for a closed port is dropped.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_ASK_PORT) return;
    let open = true;
    port.onDisconnect.addListener(() => (open = false));
    port.onMessage.addListener((raw: unknown) => {
      const msg = parseToBackground(raw);
      void (msg ? answerOf(msg, port.sender ?? {}) : Promise.resolve({ error: 'unbekannte Anfrage' })).then((answer) => {
        if (!open) return;
        try {
          port.postMessage(answer);
        } catch {
          // closed in the meantime
        }
      });
    });
  });

  // A click on the toolbar button opens the panel and lets Klarplan read that one page: the click grants the
  // browser's temporary `activeTab` access to it (gone when the tab navigates away), nothing is stored.
  const toolbarButton = api.action ?? api.browserAction;
  toolbarButton?.onClicked.addListener((tab) => {
    // Opening the panel must happen in the click itself (a user gesture), before anything is awaited.
    openPanel(tab.windowId);
    // No test of tab.url here: the event's tab may come without it; the browser refuses pages the agent may not enter.
    if (tab.id !== undefined) void startAgentIn(tab.id);
  });
  // The keyboard command "read-aloud" (Alt+Shift+V): like the toolbar button (the panel opens, Klarplan may read
  // the page: a command grants activeTab too), and the panel starts reading. An open panel gets the message at once;
  // a panel that is only opening now asks on start ("klarplan/panel-ready") and is told to read for a few seconds.
  let readAloudAskedAt = 0;
  let readAloudOnPage = false;
  api.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'read-aloud') return;
    openPanel(tab?.windowId);
    readAloudOnPage = tab?.id !== undefined && !!tab.url && /^https?:/.test(tab.url);
    if (readAloudOnPage) void startAgentIn(tab!.id!);
    readAloudAskedAt = Date.now();
    void browser.runtime
      .sendMessage({ type: 'klarplan/read-aloud', page: readAloudOnPage })
      .then((answer: unknown) => {
        if ((answer as { ok?: unknown } | undefined)?.ok === true) readAloudAskedAt = 0;
      })
      .catch(() => undefined);
  });
  // A click on a marker in the page ('klarplan/focus', from the page agent): the panel opens (the click is the
  // user gesture; nothing may be awaited before) and is told which entry to show. An open panel hears the page's
  // message itself; a panel that is only opening now gets it again once it is ready ("klarplan/panel-ready").
  let pendingFocus: { message: FromPage; at: number } | null = null;
  browser.runtime.onMessage.addListener(((raw: unknown, sender: { tab?: { id?: number; windowId?: number } }) => {
    const msg = parseFromPage(raw);
    if (msg?.type !== 'klarplan/focus' || !sender.tab) return undefined;
    openPanel(sender.tab.windowId);
    pendingFocus = { message: msg, at: Date.now() };
    return undefined;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

  // The count on the toolbar icon, per tab: the panel's 'klarplan/markers' for a tab carries the plan's total and
  // worst severity (the panel sends it with the tab's id through runtime messaging, see the side panel's toPage).
  const action = (api as { action?: typeof browser.action; browserAction?: typeof browser.action }).action ?? (api as { browserAction?: typeof browser.action }).browserAction;
  // A tab that navigated shows no count until its new page has reported a plan: a late message about the old
  // page (a check still running in the panel) does not put the old count back.
  const navigated = new Set<number>();
  browser.runtime.onMessage.addListener(((raw: unknown, sender: { tab?: { id?: number } }) => {
    if (sender.tab?.id !== undefined && parseFromPage(raw)?.type === 'klarplan/plan') navigated.delete(sender.tab.id);
    return undefined;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const tabId = (raw as { tabId?: unknown } | null)?.tabId;
    const msg = typeof tabId === 'number' && !navigated.has(tabId) ? parseToPage(raw) : null;
    if (msg?.type !== 'klarplan/markers' || !action) return undefined;
    const badge = badgeFor(msg.total, msg.worst);
    void action.setBadgeText({ tabId: tabId as number, text: badge.text }).catch(() => undefined);
    if (badge.color) void action.setBadgeBackgroundColor({ tabId: tabId as number, color: badge.color }).catch(() => undefined);
    if (badge.color && 'setBadgeTextColor' in action) void action.setBadgeTextColor({ tabId: tabId as number, color: badge.textColor }).catch(() => undefined);
    return undefined;
  });
  // A new page in the tab: its count is not known yet.
  browser.tabs?.onUpdated?.addListener((tabId, info) => {
    if (info.status !== 'loading') return;
    navigated.add(tabId);
    if (action) void action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener(((raw: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    if (parseReadAloud(raw)?.type !== 'klarplan/panel-ready') return undefined;
    if (pendingFocus && Date.now() - pendingFocus.at < 10_000) {
      const focus = pendingFocus.message;
      // After the answer: by then the panel's listeners are set up.
      setTimeout(() => void browser.runtime.sendMessage(focus).catch(() => undefined), 300);
    }
    pendingFocus = null;
    sendResponse({ readAloud: readAloudAskedAt > 0 && Date.now() - readAloudAskedAt < 10_000, page: readAloudOnPage });
    readAloudAskedAt = 0;
    return undefined;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

  // The panel opens from the click handler above (Chrome keeps this setting across updates: switch it off).
  api.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
});
