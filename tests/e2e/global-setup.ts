/**
 * Vitest global setup for the E2E run (vitest.e2e.config.ts): builds the extension once (Chrome MV3 and
 * Firefox MV2, via `wxt build`) unless KLARPLAN_SKIP_BUILD=1, builds the fixture pages into a temp folder
 * and hands that folder to the tests (`inject('klarplanPagesDir')`); removes the folder afterwards.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPages, REPO_ROOT } from './build-pages';
import { CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the fixture pages were built into. */
    klarplanPagesDir: string;
  }
}

function wxt(args: string[]): void {
  const bin = join(REPO_ROOT, 'node_modules/.bin/wxt');
  const started = Date.now();
  const run = spawnSync(bin, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) {
    throw new Error(`wxt ${args.join(' ')} failed (status ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  console.log(`[e2e] wxt ${args.join(' ')}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.KLARPLAN_SKIP_BUILD === '1') {
    for (const dir of [CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR]) {
      if (!existsSync(join(dir, 'manifest.json'))) {
        throw new Error(`KLARPLAN_SKIP_BUILD=1 but ${dir} is not built: run \`npm run build && npm run build:firefox\`.`);
      }
    }
  } else {
    wxt(['build']);
    wxt(['build', '-b', 'firefox']);
  }
  const started = Date.now();
  const pagesDir = await buildPages();
  console.log(`[e2e] fixture pages built into ${pagesDir}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('klarplanPagesDir', pagesDir);
  return async () => {
    await rm(pagesDir, { recursive: true, force: true });
  };
}
