import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineConfig, type UserManifest } from 'wxt';

const ICONS = {
  16: 'icon/16.png',
  32: 'icon/32.png',
  48: 'icon/48.png',
  128: 'icon/128.png',
} as const;

const NAME = 'Klarplan';
// The public half of a key pair (the private half is not kept anywhere): it fixes the Chrome extension id to
// jgbbocnjaanhphdikpdhmpinihipfmkp, so administrators can name Klarplan in policies (managed storage) and
// `npm start` can open the demo page of an unpacked build.
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2G/FazsDUm6u/vZ8QnPZW0YiiFsmNvXswWx0B81ix4u/G5i4bBPd2S+iiiRlfsgJKMT6FXJtdQJTT15KQBRNccgrDXnSmtDJQ8F18XA7nFjbQ0hYaidCTZX1t9/UC8JynbzUYNWBJ0AH6+Tny6JKnE+CmUf4biWn6+VRfzTrXg8H1T4KhT0diaxpN5EOjXIIC/cDvEGurf07fQWdKGnwIwGaJfwQQJXzUXxrCZvl04k+CeL/m387hidhyvl6b/35lZZesV9pBqQ13VhIlDMtY0XCQYPmDyLVvP+IuRBN+0cI1kt+00ZF7N75kAKsVYvDJ/PowLolBsuSqySt1mCF/wIDAQAB';
const DESCRIPTION =
  'Hilft Jobcenter-Fachkräften, den Kooperationsplan klar, konkret und aus Sicht der Kundin oder des Kunden zu schreiben.';

// Each permission is explained in the README:
// - storage: the list of sites the user switched Klarplan on for (never any plan text);
// - scripting: to run the content script on exactly those sites;
// - activeTab: to read the address of the tab the side panel was opened on, so the user can switch that site on.
const PERMISSIONS = ['storage', 'scripting', 'activeTab'];
// Asked for one site at a time, when the user switches Klarplan on there.
const SITE_ORIGINS = ['https://*/*', 'http://*/*'];
// The read-aloud mode ("Vorlesen") from the keyboard, in both browsers: opens the panel and starts reading.
const COMMANDS = {
  'read-aloud': { suggested_key: { default: 'Alt+Shift+V' }, description: 'Plan Punkt für Punkt vorlesen' },
};

// What is injected into case-management pages (the page agent on every page Klarplan reads, the page actions on the
// first fix or marker) is minified once more with terser, which packs it smaller than Vite's esbuild (issue 11: the
// agent stays under 20 KB gzipped; tests/e2e/build-size.e2e.test.ts holds it there). The extension's own pages keep
// Vite's minifier: they are not injected anywhere, and terser on their language data would slow every build.
const INJECTED = new Set(['page-agent.js', 'page-actions.js']);
function minifyInjected(): Plugin {
  return {
    name: 'klarplan:minify-injected',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !INJECTED.has(chunk.fileName)) continue;
        const out = await minify(chunk.code, { ecma: 2020, compress: { passes: 3 }, mangle: true, format: { comments: false } });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [minifyInjected()] }),
  // KLARPLAN_OUT_DIR lets two builds (e.g. two E2E runs) live side by side; the E2E harness reads the same variable.
  outDir: process.env.KLARPLAN_OUT_DIR ?? '.output',
  // The manifest depends on the target browser: WXT turns the sidepanel entrypoint into
  // Chrome's `side_panel` or Firefox's `sidebar_action` by itself, but it would copy
  // Chrome-only permissions such as `sidePanel` into the Firefox manifest unchanged.
  manifest: ({ browser }): UserManifest => {
    const common: UserManifest = {
      name: NAME,
      description: DESCRIPTION,
      icons: ICONS,
      // MV3 `action`; WXT writes it as `browser_action` for Firefox MV2.
      action: { default_title: 'Klarplan öffnen', default_icon: ICONS },
      commands: COMMANDS,
      // No host permissions and no content scripts yet.
    };
    if (browser === 'firefox') {
      return {
        ...common,
        permissions: PERMISSIONS,
        // MV2 keeps optional host permissions among optional_permissions (WXT's type lists API names only)
        optional_permissions: SITE_ORIGINS as unknown as NonNullable<UserManifest['optional_permissions']>,
        browser_specific_settings: {
          gecko: {
            id: 'klarplan@example.org',
            strict_min_version: '140.0',
            // Firefox asks extensions to declare data collection; Klarplan sends nothing anywhere.
            // (Typed loosely: WXT's manifest type predates this key.)
            ...({ data_collection_permissions: { required: ['none'] } } as object),
          },
          // Firefox for Android knows data_collection_permissions from 142 on.
          gecko_android: { strict_min_version: '142.0' },
        },
      };
    }
    return {
      ...common,
      key: CHROME_KEY,
      minimum_chrome_version: '116', // chrome.sidePanel.open
      // tts: chrome.tts for the read-aloud mode (Firefox has no chrome.tts: it speaks with speechSynthesis).
      permissions: [...PERMISSIONS, 'sidePanel', 'tts'],
      optional_host_permissions: SITE_ORIGINS,
      storage: { managed_schema: 'managed-schema.json' },
      side_panel: { default_path: 'sidepanel.html' },
    };
  },
});
