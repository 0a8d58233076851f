import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
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
    startAgent(document, {
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
