import { defineConfig } from 'vitest/config';

// End-to-end tests (npm run test:e2e): Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core over
// WebDriver BiDi) with the built extension. The global setup builds the extension once (skip with
// KLARPLAN_SKIP_BUILD=1) and the fixture pages; see tests/e2e/harness.ts.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser at a time: the machine has two cores, and the tests measure timings.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    env: { KLARPLAN_E2E: '1' },
    reporters: ['default'],
  },
});
