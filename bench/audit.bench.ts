/**
 * npm run bench (second part) — how fast `klarplan audit` is on 10,000 plans. Generates synthetic plans from
 * templates (good and weak phrasings, dates relative to the plan's date, `due` columns) into a temporary folder:
 * 4,000 as single JSON files in subfolders and 6,000 as lines of six JSONL files, plus a few broken lines.
 * Then runs the command line end to end (process start, language data, reading, checking, writing the report)
 * and prints total seconds and plans per second. Target: 10,000 plans in under 60 s.
 * KLARPLAN_BENCH_KEEP=1 keeps the generated folder and the report.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plan } from './plans';

const PLANS = 10_000, AS_JSON = 4_000, JSONL_FILES = 6, BROKEN_LINES = 10;

const root = mkdtempSync(join(tmpdir(), 'klarplan-audit-bench-'));
const dir = join(root, 'plaene'), out = join(root, 'bericht');
try {
  const t0 = performance.now();
  let chars = 0;
  for (let i = 0; i < AS_JSON; i++) {
    const sub = join(dir, `jobcenter-${Math.floor(i / 500) + 1}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const text = JSON.stringify(plan(i), null, 2);
    chars += text.length;
    writeFileSync(join(sub, `plan-${i}.json`), text);
  }
  const perFile = (PLANS - AS_JSON) / JSONL_FILES;
  for (let f = 0; f < JSONL_FILES; f++) {
    const lines: string[] = [];
    for (let k = 0; k < perFile; k++) lines.push(JSON.stringify(plan(AS_JSON + f * perFile + k)));
    if (f === 0) for (let b = 0; b < BROKEN_LINES; b++) lines.splice(100 * (b + 1), 0, '{"id": "kaputt", "sections": {');
    const text = lines.join('\n') + '\n';
    chars += text.length;
    writeFileSync(join(dir, `export-${f + 1}.jsonl`), text);
  }
  const tGen = performance.now();
  console.log(`Klarplan audit benchmark (node ${process.version}, ${process.arch})`);
  console.log(`generated ${PLANS.toLocaleString('en')} plans (${AS_JSON.toLocaleString('en')} JSON files, ${JSONL_FILES} JSONL files, ${BROKEN_LINES} broken lines), ${(chars / 1e6).toFixed(1)} MB, in ${((tGen - t0) / 1000).toFixed(1)} s`);

  const cli = fileURLToPath(new URL('../cli/klarplan.ts', import.meta.url));
  const t1 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, 'audit', dir, '--out', out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const secs = (performance.now() - t1) / 1000;
  if (r.status !== 0) throw new Error(`klarplan audit exited ${r.status}: ${r.stderr}`);
  const counted = /([\d.]+) Pläne ausgewertet, ([\d.]+) nicht gelesen/.exec(r.stdout);
  const plans = counted ? Number(counted[1]!.replace(/\./g, '')) : NaN;
  const skipped = counted ? Number(counted[2]!.replace(/\./g, '')) : NaN;
  if (plans !== PLANS || skipped !== BROKEN_LINES) throw new Error(`expected ${PLANS} plans and ${BROKEN_LINES} skipped, got: ${r.stdout}`);
  const report = readFileSync(join(out, 'bericht.md'), 'utf8');
  const median = /\| Median \| ([\d,]+) \| ([\d,]+) \|/.exec(report);
  console.log(`klarplan audit, end to end (process start, language data, read, check, write): ${secs.toFixed(1)} s, ${Math.round(plans / secs)} plans/s`);
  console.log(`  counted ${plans} plans, ${skipped} skipped lines; median Flesch-Amstad ${median?.[1] ?? '?'}, Wiener Sachtextformel ${median?.[2] ?? '?'}`);
  console.log(`target: ${PLANS.toLocaleString('en')} plans < 60 s — ${secs < 60 ? 'met' : 'MISSED'}`);
} finally {
  if (process.env.KLARPLAN_BENCH_KEEP) console.log(`kept: ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
