/**
 * npm run bench (last part): Klarplan on heavy pages like legacy case-management screens, in Debian's
 * Chromium with the built extension. Prints a table (bench/page-run.ts says what is measured) and the
 * targets each page missed. Builds the extension first (KLARPLAN_SKIP_BUILD=1 to use .output as it is).
 *
 *   npx tsx bench/page.bench.ts [page names…]   # e.g. heavy-3000-clock
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_EXTENSION_DIR, chromiumPath, launchExtension, REPO_ROOT } from '../tests/e2e/harness';
import { HEAVY_PAGES, heavyPageHtml } from './heavy-pages';
import { heavyTable, measureHeavyPage, missedTargets, type HeavyResult } from './page-run';

async function main(): Promise<void> {
  if (!existsSync(chromiumPath())) {
    console.log(`page bench skipped: no Chromium at ${chromiumPath()} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    return;
  }
  if (process.env.KLARPLAN_SKIP_BUILD !== '1') {
    const run = spawnSync(join(REPO_ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error('wxt build failed');
  }
  if (!existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json'))) throw new Error(`no build in ${CHROME_EXTENSION_DIR}`);
  const wanted = process.argv.slice(2);
  const pages = HEAVY_PAGES.filter((p) => !wanted.length || wanted.includes(p.name));
  const dir = await mkdtemp(join(tmpdir(), 'klarplan-bench-pages-'));
  for (const p of pages) await writeFile(join(dir, `${p.name}.html`), heavyPageHtml(p));
  const h = await launchExtension({ pagesDir: dir });
  const results: HeavyResult[] = [];
  try {
    let tab = 0;
    for (const p of pages) {
      const r = await measureHeavyPage(h, p, ++tab);
      results.push(r);
      console.error(`${p.name}: done (click → plan ${r.clickToPlanMs} ms)`);
    }
  } finally {
    await h.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log('\nKlarplan on heavy pages (Chromium, headless; the machine may be shared: timings vary with its load)\n');
  console.log(heavyTable(results));
  console.log('\nAgent: full reads / namings / text reads / updates / ignored mutation records / plan messages');
  for (const r of results) console.log(`  ${r.page}: ${r.agent.fullReads} / ${r.agent.namings} / ${r.agent.textReads} / ${r.agent.updates} / ${r.agent.ignored} / ${r.agent.sent}`);
  console.log('\nTargets (issue 11): click → plan ≤ 2 s on 3,000 fields, no frame over 200 ms meanwhile; afterwards frames ≥ 90 %, longest ≤ 100 ms; edit → panel ≤ 500 ms');
  for (const r of results) {
    const missed = missedTargets(r);
    console.log(`  ${r.page}: ${missed.length ? `missed: ${missed.join('; ')}` : 'all met'}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
