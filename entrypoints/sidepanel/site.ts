/**
 * The side panel's view of the page next to it: which site it is, whether Klarplan may read it, and the two
 * ways to let it — once (a click on the toolbar button on that page: the browser's temporary `activeTab`
 * grant, nothing stored; see the background) or always for that site (an optional host permission the
 * browser asks for, plus the site in the list the background registers the content script for). An administrator can list sites through managed storage; the browser
 * still asks the user once before Klarplan reads them.
 */
import { extensionApi } from '../../browser/extension-api';
import type { ToBackground } from '../../messages/index';
import { sitePattern } from '../../messages/index';

type Api = typeof import('wxt/browser').browser;

const SITES_KEY = 'klarplan.sites';

const api = () => extensionApi<Api>();

export interface SiteStatus {
  tabId?: number;
  /** "fachverfahren.example" — for messages; never the page's path or query. */
  host?: string;
  /** The match pattern of the site, or null where Klarplan cannot run (browser pages, the panel itself). */
  pattern: string | null;
  /** The user switched the site on. */
  own: boolean;
  /** An administrator listed the site (managed storage, key "sites"). */
  managed: boolean;
  /** The browser has granted the site's host permission. */
  granted: boolean;
}

/** The page in the active tab of the panel's window, and what Klarplan may do there. */
export async function currentSite(): Promise<SiteStatus> {
  const b = api();
  if (!b?.tabs) return { pattern: null, own: false, managed: false, granted: false };
  const [tab] = await b.tabs.query({ active: true, currentWindow: true });
  const pattern = tab?.url ? sitePattern(tab.url) : null;
  const status: SiteStatus = { pattern, own: false, managed: false, granted: false, ...(tab?.id !== undefined ? { tabId: tab.id } : {}) };
  if (!pattern || !tab?.url) return status;
  status.host = new URL(tab.url).hostname;
  const own = (await b.storage.local.get(SITES_KEY))[SITES_KEY];
  status.own = Array.isArray(own) && own.includes(pattern);
  try {
    const managed = (await b.storage.managed.get('sites')).sites;
    status.managed = Array.isArray(managed) && managed.includes(pattern);
  } catch {
    // no policy, or a browser without managed storage
  }
  status.granted = await b.permissions.contains({ origins: [pattern] }).catch(() => false);
  return status;
}

/**
 * Switches Klarplan on for the site for good: the browser asks the user (must run in the click handler,
 * before any other await), then the background registers the content script there and starts it in the tab.
 */
export async function alwaysOn(site: SiteStatus): Promise<boolean> {
  const b = api();
  if (!b?.permissions || !site.pattern) return false;
  const granted = await b.permissions.request({ origins: [site.pattern] }).catch(() => false);
  if (!granted) return false;
  const message: ToBackground = { type: 'klarplan/enable-site', pattern: site.pattern, ...(site.tabId !== undefined ? { tabId: site.tabId } : {}) };
  await b.runtime.sendMessage(message);
  return true;
}

/** Switches Klarplan off for the site: the permission is given back, the site leaves the list. */
export async function turnOff(site: SiteStatus): Promise<void> {
  const b = api();
  if (!b?.runtime || !site.pattern) return;
  const message: ToBackground = { type: 'klarplan/disable-site', pattern: site.pattern };
  await b.runtime.sendMessage(message);
}

export function openDemo(): void {
  const b = api();
  void b?.tabs?.create({ url: b.runtime.getURL('/demo.html') });
}
