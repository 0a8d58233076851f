/**
 * What is injected into a case-management page stays small (issue 11): the page agent, which every page Klarplan
 * reads gets, at most 20 KB gzipped; the page actions, which only a page with a fix or a marker gets, at most 12 KB.
 * Measured on the build the E2E run made (both browsers), printed for the README.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_DIR, E2E_ENABLED, FIREFOX_EXTENSION_DIR } from './harness';

const LIMITS = { 'page-agent.js': 20_000, 'page-actions.js': 12_000 } as const;

describe.runIf(E2E_ENABLED)('what is injected into the page', () => {
  for (const [browser, dir] of [['Chromium', CHROME_EXTENSION_DIR], ['Firefox', FIREFOX_EXTENSION_DIR]] as const) {
    it(`${browser}: the page agent ≤ 20 KB gzipped, the page actions ≤ 12 KB`, () => {
      for (const [file, limit] of Object.entries(LIMITS)) {
        const code = readFileSync(join(dir, file));
        const gz = gzipSync(code).length;
        console.log(`${browser} ${file}: ${(code.length / 1000).toFixed(1)} KB, ${(gz / 1000).toFixed(2)} KB gzipped (limit ${limit / 1000} KB)`);
        expect(gz).toBeLessThanOrEqual(limit);
      }
    });
  }
});
