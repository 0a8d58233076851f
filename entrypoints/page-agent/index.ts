import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { OWN_PROFILES_KEY } from '../../browser/own-profiles';
import type { SiteProfile } from '../../fields/profiles';
import type { ToBackground } from '../../messages/index';
import { PAGE_ASK_PORT } from '../../messages/ports';
import { loadedActions } from '../page-actions/api';
import { startAgent } from './agent';

/** One question to the background, over a port of its own (see PAGE_ASK_PORT); a closed port answers with an error. */
function askBackground(message: ToBackground): Promise<unknown> {
  return new Promise((resolve) => {
    const port = browser.runtime.connect({ name: PAGE_ASK_PORT });
    port.onMessage.addListener((answer: unknown) => {
      resolve(answer);
      port.disconnect();
    });
    port.onDisconnect.addListener(() => resolve({ error: 'Keine Antwort' }));
    port.postMessage(message);
  });
}

/**
 * The page agent's content script, registered at run time only, for the sites the user switched on or an
 * administrator listed, and injected by the toolbar click (see the background script): Klarplan does not run
 * on every website. A plain script (WXT's unlisted script), not WXT's content-script wrapper: nothing of
 * Klarplan's is posted into the page's window.
 */
export default defineUnlistedScript(() => {
  // Injected again (the panel's "Diese Seite prüfen" on a page where it already runs): one agent per page.
  const flag = globalThis as { klarplanAgent?: boolean };
  if (flag.klarplanAgent) return;
  flag.klarplanAgent = true;
  // The user's own site profile for this page (fields assigned in the panel: field identity → section, no plan text),
  // matched by the background; asked for again when the profiles change.
  let profile: SiteProfile | null = null;
  const listeners = new Set<() => void>();
  const use = (answer: unknown) => {
    const next = answer && typeof answer === 'object' && Array.isArray((answer as SiteProfile).fields) ? (answer as SiteProfile) : null;
    if (JSON.stringify(next) === JSON.stringify(profile)) return;
    profile = next;
    listeners.forEach((l) => l());
  };
  // Only where the user has assigned fields at all is the background asked (most users have no profile).
  const askProfile = () => {
    void browser.storage.local.get(OWN_PROFILES_KEY).then((got) => {
      const stored = got[OWN_PROFILES_KEY];
      if (!Array.isArray(stored) || !stored.length) return use(null);
      return askBackground({ type: 'klarplan/profile' }).then(use);
    }).catch(() => undefined);
  };
  askProfile();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[OWN_PROFILES_KEY]) askProfile();
  });
  startAgent(document, {
    profile: {
      current: () => profile,
      subscribe(onChange) {
        listeners.add(onChange);
        return () => listeners.delete(onChange);
      },
    },
    send: (message) => void browser.runtime.sendMessage(message).catch(() => undefined), // no panel open: nothing to do
    // the background injects the actions' script into this frame; it leaves its entry point on our global object
    async actions() {
      const answer: unknown = loadedActions() ? null : await askBackground({ type: 'klarplan/load-actions' });
      const start = loadedActions();
      if (!start) throw new Error((answer as { error?: string } | null)?.error ?? 'nicht geladen');
      return start;
    },
    listen(handler) {
      const listener = (raw: unknown) => {
        handler(raw);
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  });
});
