/**
 * npm run bench (second part) — how fast `klarplan audit` is, on one core and on all of them, against
 * `klarplan check --jsonl` on the same plans in one process. Generates synthetic plans (bench/plans.ts) into a
 * temporary folder: 10 % as single JSON files in subfolders, the rest as lines of JSONL files, plus a few broken
 * lines; the same plans, in the same order, as one JSONL stream for `check --jsonl`. Every run is the command
 * line end to end (process start, language data, reading, checking, writing the output files), and prints wall
 * time, plans per second and peak memory (the process's maximum resident set, worker threads included).
 * Then the all-cores audit once more on a tenth of the plans: memory must not grow with the number of plans.
 *
 *   KLARPLAN_BENCH_PLANS=100000   how many plans (default 100,000)
 *   KLARPLAN_BENCH_KEEP=1         keep the generated folder and the reports
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plan } from './plans';

const PLANS = Number(process.env.KLARPLAN_BENCH_PLANS) || 100_000;
const AS_JSON = Math.round(PLANS / 10), JSONL_FILES = 9, BROKEN_LINES = 10;
const CORES = availableParallelism();

const root = mkdtempSync(join(tmpdir(), 'klarplan-audit-bench-'));
const dir = join(root, 'plaene'), stream = join(root, 'alle.jsonl');
const cli = fileURLToPath(new URL('../cli/klarplan.ts', import.meta.url));
const rss = fileURLToPath(new URL('../tests/helpers/report-rss.mjs', import.meta.url));

/** One run of the command line: wall seconds, peak memory (MB) and its output. */
function run(label: string, args: string[], input?: string) {
  const shell = `"${process.execPath}" --import tsx --import "${rss}" "${cli}" ${args.map((a) => `"${a}"`).join(' ')}${input ? ` < "${input}" > "${join(root, 'ergebnisse.jsonl')}"` : ''}`;
  const t = performance.now();
  const r = spawnSync('bash', ['-c', shell], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const secs = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${label} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const mb = Number(/maxrss-kb=(\d+)/.exec(r.stderr)?.[1]) / 1024;
  const cpu = Number(/cpu-ms=(\d+)/.exec(r.stderr)?.[1]) / 1000;
  return { secs, mb, cpu, out: r.stdout };
}

function counted(out: string, expected: number) {
  const m = /([\d.]+) Pläne ausgewertet, ([\d.]+) nicht gelesen/.exec(out);
  const plans = m ? Number(m[1]!.replace(/\./g, '')) : NaN, skipped = m ? Number(m[2]!.replace(/\./g, '')) : NaN;
  if (plans !== expected || skipped !== BROKEN_LINES) throw new Error(`expected ${expected} plans and ${BROKEN_LINES} skipped, got: ${out}`);
}

try {
  const t0 = performance.now();
  let bytes = 0;
  const all: string[] = [];
  for (let i = 0; i < AS_JSON; i++) {
    const sub = join(dir, `jobcenter-${Math.floor(i / 1000) + 1}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const p = plan(i);
    const text = JSON.stringify(p, null, 2);
    bytes += text.length;
    writeFileSync(join(sub, `plan-${String(i).padStart(6, '0')}.json`), text);
    all.push(JSON.stringify(p));
  }
  const perFile = Math.ceil((PLANS - AS_JSON) / JSONL_FILES);
  const tenth = join(root, 'zehntel');
  mkdirSync(tenth);
  for (let f = 0, i = AS_JSON; f < JSONL_FILES; f++) {
    const lines: string[] = [];
    for (let k = 0; k < perFile && i < PLANS; k++, i++) lines.push(JSON.stringify(plan(i)));
    if (f === 0) for (let b = 0; b < BROKEN_LINES; b++) lines.splice(100 * (b + 1), 0, '{"id": "kaputt", "sections": {');
    const text = lines.join('\n') + '\n';
    bytes += text.length;
    // "export-…" sorts before "jobcenter-…": the audit reads the JSONL files first, and so does check --jsonl below
    writeFileSync(join(dir, `export-${f + 1}.jsonl`), text);
    if (f === 0) writeFileSync(join(tenth, 'export-1.jsonl'), lines.slice(0, Math.round(PLANS / 10) + BROKEN_LINES).join('\n') + '\n');
  }
  // the stream for check --jsonl: the same lines in the audit's reading order (JSONL files, then the JSON files)
  const jsonl: string[] = [];
  for (let f = 0; f < JSONL_FILES; f++) jsonl.push(readFileSync(join(dir, `export-${f + 1}.jsonl`), 'utf8'));
  writeFileSync(stream, jsonl.join('') + all.join('\n') + '\n');
  const tGen = performance.now();
  console.log(`Klarplan audit benchmark (node ${process.version}, ${process.arch}, ${CORES} cores)`);
  console.log(`generated ${PLANS.toLocaleString('en')} plans (${AS_JSON.toLocaleString('en')} JSON files, ${JSONL_FILES} JSONL files, ${BROKEN_LINES} broken lines), ${(bytes / 1e6).toFixed(1)} MB, in ${((tGen - t0) / 1000).toFixed(1)} s`);

  const check = run('check --jsonl', ['check', '--jsonl'], stream);
  const answered = readFileSync(join(root, 'ergebnisse.jsonl'), 'utf8').trim().split('\n').length;
  if (answered !== PLANS + BROKEN_LINES) throw new Error(`check --jsonl answered ${answered} lines`);
  const many = run('audit (all cores)', ['audit', dir, '--out', join(root, 'bericht-alle'), '--workers', String(CORES)]);
  counted(many.out, PLANS);
  const one = run('audit (one core)', ['audit', dir, '--out', join(root, 'bericht-eins'), '--workers', '1']);
  counted(one.out, PLANS);
  for (const f of ['bericht.md', 'plaene.csv', 'kategorien.csv']) {
    if (!readFileSync(join(root, 'bericht-alle', f)).equals(readFileSync(join(root, 'bericht-eins', f)))) throw new Error(`${f} differs between one and all cores`);
  }
  const small = run('audit (all cores, a tenth)', ['audit', tenth, '--out', join(root, 'bericht-zehntel'), '--workers', String(CORES)]);
  counted(small.out, Math.round(PLANS / 10));

  const rate = (r: { secs: number }) => Math.round(PLANS / r.secs);
  // CPU time (all threads) next to the wall time: on a machine shared with others, cpu/wall shows how much of the
  // cores a run really got (1.00 = one core all the time, 2.00 = two)
  const line = (label: string, r: { secs: number; mb: number; cpu: number }, n = PLANS) =>
    `  ${label.padEnd(42)} ${r.secs.toFixed(1).padStart(6)} s  ${String(Math.round(n / r.secs)).padStart(6)} plans/s  peak ${String(Math.round(r.mb)).padStart(3)} MB  cpu ${r.cpu.toFixed(1)} s (${(r.cpu / r.secs).toFixed(2)} cores)`;
  console.log(`end to end (process start, language data, read, check, write), ${PLANS.toLocaleString('en')} plans:`);
  console.log(line('check --jsonl (one process, one core)', check));
  console.log(line('audit --workers 1 (one core)', one));
  console.log(line(`audit --workers ${CORES} (all cores)`, many));
  console.log(line(`audit --workers ${CORES}, a tenth of the plans`, small, Math.round(PLANS / 10)));
  console.log(`  cpu per plan: check --jsonl ${(1000 * check.cpu / PLANS).toFixed(2)} ms, audit ${(1000 * one.cpu / PLANS).toFixed(2)} ms (one core), ${(1000 * many.cpu / PLANS).toFixed(2)} ms (all cores)`);
  const report = readFileSync(join(root, 'bericht-alle', 'bericht.md'), 'utf8');
  const median = /\| Median \| ([\d,]+) \| ([\d,]+) \|/.exec(report);
  console.log(`  same report on one and on all cores: yes; median Flesch-Amstad ${median?.[1] ?? '?'}, Wiener Sachtextformel ${median?.[2] ?? '?'}`);
  console.log(`plans per second: ${rate(one)} on 1 core, ${rate(many)} on ${CORES} cores (×${(one.secs / many.secs).toFixed(2)})`);
  const ratio = many.secs / check.secs;
  console.log(`audit on all cores / check --jsonl: ${ratio.toFixed(2)} (target ≤ 0.70 — ${ratio <= 0.7 ? 'met' : 'MISSED'}); peak memory ${Math.round(many.mb)} MB (target ≤ 500 MB — ${many.mb <= 500 ? 'met' : 'MISSED'}), ${Math.round(small.mb)} MB on a tenth of the plans`);
} finally {
  if (process.env.KLARPLAN_BENCH_KEEP) console.log(`kept: ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
