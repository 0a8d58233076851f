import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { parseToBackground } from '../lib/messages';

/**
 * Background: wires the toolbar button to the side panel, and runs the content script only on the sites the
 * user switched on (stored as match patterns, never any page content) or an administrator listed through
 * managed storage. No network, no telemetry.
 *
 * - Chrome (MV3): `sidePanel.setPanelBehavior` makes a click on the toolbar button open the panel.
 * - Firefox (MV2): there is no `sidePanel`; the panel is a `sidebar_action`, and a click on the
 *   toolbar button toggles it. `sidebarAction.toggle()` must run synchronously in the click handler.
 */

interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

interface ClickEvent {
  addListener(callback: () => void): void;
}

const SITES_KEY = 'klarplan.sites';
const SCRIPT_ID = 'klarplan-content';
const SCRIPT_FILE = '/content-scripts/content.js';

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
  if (tabId !== undefined) {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [SCRIPT_FILE] }).catch(() => undefined);
  }
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
  };

  void registerContentScript();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void registerContentScript();
  });
  browser.permissions.onRemoved?.addListener(() => void registerContentScript());
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const msg = parseToBackground(raw);
    if (!msg) return undefined;
    return msg.type === 'klarplan/enable-site' ? enableSite(msg.pattern, msg.tabId) : disableSite(msg.pattern);
  });

  if (api.sidePanel?.setPanelBehavior) {
    api.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error: unknown) => console.error('Klarplan: Seitenleiste nicht verknüpft', error));
    return;
  }

  const sidebar = api.sidebarAction;
  const toolbarButton = api.action ?? api.browserAction;
  if (sidebar && toolbarButton) {
    toolbarButton.onClicked.addListener(() => {
      sidebar.toggle().catch((error: unknown) => console.error('Klarplan: Seitenleiste nicht geöffnet', error));
    });
  }
});
