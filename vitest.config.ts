import { configDefaults, defineConfig } from 'vitest/config';

// Unit tests run in Node (no browser, no DOM): the checker and the layers below it are pure TypeScript,
// and the UI pieces in components/ are tested with react-dom/server.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: [...configDefaults.exclude, '.output/**', '.wxt/**', 'tests/e2e/**'], // E2E: vitest.e2e.config.ts
    setupFiles: ['tests/setup.ts'],
  },
});
