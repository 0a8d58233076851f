import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkOwnProfiles, OWN_PROFILES_KEY } from '../../browser/own-profiles';
import type { SiteProfile } from '../../fields/profiles';
import { startAgent } from './agent';

/**
 * Registered at run time only, for the sites the user switched on or an administrator listed (see the
 * background script): Klarplan does not run on every website.
 */
export default defineContentScript({
  registration: 'runtime',
  allFrames: true,
  main() {
    // Injected again (the panel's "Diese Seite prüfen" on a page where it already runs): one agent per page.
    const flag = globalThis as { klarplanAgent?: boolean };
    if (flag.klarplanAgent) return;
    flag.klarplanAgent = true;
    // the user's own site profiles (fields assigned in the panel): field identity → section, no plan text
    let profiles: SiteProfile[] = [];
    const listeners = new Set<() => void>();
    void browser.storage.local.get(OWN_PROFILES_KEY).then((got) => {
      profiles = checkOwnProfiles(got[OWN_PROFILES_KEY]);
      if (profiles.length) listeners.forEach((l) => l());
    }, () => undefined);
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !changes[OWN_PROFILES_KEY]) return;
      profiles = checkOwnProfiles(changes[OWN_PROFILES_KEY].newValue);
      listeners.forEach((l) => l());
    });
    startAgent(document, {
      profiles: {
        current: () => profiles,
        subscribe(onChange) {
          listeners.add(onChange);
          return () => listeners.delete(onChange);
        },
      },
      send: (message) => void browser.runtime.sendMessage(message).catch(() => undefined), // no panel open: nothing to do
      listen(handler) {
        const listener = (raw: unknown) => {
          handler(raw);
          return undefined;
        };
        browser.runtime.onMessage.addListener(listener);
        return () => browser.runtime.onMessage.removeListener(listener);
      },
    });
  },
});
