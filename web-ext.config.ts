import { defineWebExtConfig } from 'wxt';

// `wxt` (dev mode) would start a browser with the extension loaded. This machine has no display,
// so that crashes: keep the browser runner off. Load .output/chrome-mv3-dev by hand instead,
// or set a personal override in web-ext.config.local.ts / ~/.wxtrc.
export default defineWebExtConfig({
  disabled: true,
});
