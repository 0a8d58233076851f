/**
 * "Ignorieren" in the panel: the findings the user chose to hide, for this browser session. Kept in memory and in
 * storage.session (cleared when the browser closes) only as hashes of entry text + rule id (checker/cards.ts
 * `dismissKey`) — never any plan text.
 */
import { extensionApi } from './extension-api';

type Api = typeof import('wxt/browser').browser;

export const DISMISSED_KEY = 'klarplan.dismissed';
const HASH = /^[0-9a-f]{1,16}$/;
const MAX = 5000;

/** The hashes stored in this session (an empty set outside the extension or when session storage is missing). */
export async function loadDismissed(): Promise<Set<string>> {
  const area = extensionApi<Api>()?.storage?.session;
  if (!area) return new Set();
  const raw = ((await area.get(DISMISSED_KEY).catch(() => ({}))) as Record<string, unknown>)[DISMISSED_KEY];
  return new Set(Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string' && HASH.test(k)) : []);
}

/** Stores the set (hashes only; the newest MAX). */
export async function saveDismissed(keys: ReadonlySet<string>): Promise<void> {
  const area = extensionApi<Api>()?.storage?.session;
  if (!area) return;
  const list = [...keys].filter((k) => HASH.test(k)).slice(-MAX);
  await area.set({ [DISMISSED_KEY]: list }).catch(() => undefined);
}
