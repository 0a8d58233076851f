/**
 * Nothing written to stdout is lost, whatever the reader: every command runs once into a file and once into a
 * slow pipe reader (`| (sleep 1; cat)`), and the bytes and exit codes must be the same. The outputs are made
 * larger than a pipe's buffer (64 KB), where an early `process.exit()` would cut them off.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve('.');
let tmp: string;

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs `cmd` (a shell command line) twice, into a file and into a slow reader; returns both outputs and codes. */
function both(cmd: string, env: Record<string, string> = {}) {
  const file = join(tmp, 'out.file'), pipe = join(tmp, 'out.pipe'), c1 = join(tmp, 'code.file'), c2 = join(tmp, 'code.pipe');
  const run = (script: string) => {
    const r = spawnSync('bash', ['-c', script], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  };
  run(`${cmd} > ${q(file)} 2>/dev/null; echo $? > ${q(c1)}`);
  run(`(${cmd} 2>/dev/null; echo $? > ${q(c2)}) | (sleep 1; cat) > ${q(pipe)}`);
  return {
    file: readFileSync(file), pipe: readFileSync(pipe),
    fileCode: readFileSync(c1, 'utf8').trim(), pipeCode: readFileSync(c2, 'utf8').trim(),
  };
}
const klarplan = (args: string) => `node --import tsx cli/klarplan.ts ${args}`;

function expectSame(r: ReturnType<typeof both>, minBytes: number) {
  expect(r.file.length).toBeGreaterThanOrEqual(minBytes);
  expect(r.pipe.length).toBe(r.file.length);
  expect(r.pipe.equals(r.file)).toBe(true);
  expect(r.pipeCode).toBe(r.fileCode);
}

const PLANS = readdirSync('examples/plans').filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join('examples/plans', f), 'utf8')));

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'klarplan-pipe-'));
  // 3,000 plans for check --jsonl
  const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ ...PLANS[i % PLANS.length], id: `p${i}` }));
  writeFileSync(join(tmp, 'plans.jsonl'), lines.join('\n') + '\n');
  // one long plan: every weak entry of the gallery, many times over (its result is far more than 64 KB)
  const weak = PLANS.filter((p) => String(p.id).endsWith('schwach'));
  const sections: Record<string, unknown[]> = {};
  for (let k = 0; k < 8; k++) for (const p of weak) for (const [key, list] of Object.entries(p.sections as Record<string, unknown[]>)) (sections[key] ??= []).push(...list);
  writeFileSync(join(tmp, 'big.json'), JSON.stringify({ id: 'gross', date: '2026-03-02', sections }));
  // a folder whose report is more than 64 KB: 220 broken plan files with long names under "Nicht gelesen"
  const dir = join(tmp, 'audit');
  mkdirSync(dir);
  for (let i = 0; i < 220; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}-${'kaputter-export-'.repeat(14)}.json`), '{"sections": ');
  for (let i = 0; i < 20; i++) writeFileSync(join(dir, `plan-${i}.json`), JSON.stringify(PLANS[i % PLANS.length]));
  // npm start without building: a stand-in npx and a prepared build folder (KLARPLAN_OUT_DIR)
  mkdirSync(join(tmp, 'bin'));
  writeFileSync(join(tmp, 'bin', 'npx'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(tmp, 'bin', 'npx'), 0o755);
  mkdirSync(join(tmp, 'build', 'chrome-mv3'), { recursive: true });
  writeFileSync(join(tmp, 'build', 'chrome-mv3', 'manifest.json'), JSON.stringify({ key: Buffer.from('klarplan-test-key').toString('base64') }));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('stdout into a slow pipe reader: the same bytes as into a file', () => {
  it('check --jsonl (3,000 plans)', () => {
    const r = both(`${klarplan('check --jsonl')} < ${q(join(tmp, 'plans.jsonl'))}`);
    expectSame(r, 1_000_000);
    expect(r.file.toString('utf8').trim().split('\n')).toHaveLength(3000);
    expect(r.fileCode).toBe('0');
  }, 120_000);

  it('a reader that stops early (| head -1): the run ends quietly, exit 0, no internal error', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; ${klarplan('check --jsonl')} < ${q(join(tmp, 'plans.jsonl'))} 2> ${q(join(tmp, 'err'))} | head -1`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('p0');
    expect(readFileSync(join(tmp, 'err'), 'utf8')).toBe('');
  }, 120_000);

  it('check PLAN.json --json and the German report', () => {
    const json = both(klarplan(`check ${q(join(tmp, 'big.json'))} --json`));
    expectSame(json, 256 * 1024);
    expect(JSON.parse(json.file.toString('utf8')).findings.length).toBeGreaterThan(100);
    expect(json.fileCode).toBe('1');
    const report = both(klarplan(`check ${q(join(tmp, 'big.json'))}`));
    expectSame(report, 128 * 1024);
    expect(report.file.toString('utf8')).toContain('Mein Jobcenter unterstützt mich durch:');
  }, 120_000);

  it('check --example', () => {
    const r = both(klarplan('check --example'));
    expectSame(r, 500);
    expect(r.fileCode).toBe('1');
  }, 60_000);

  it('audit DIR (the Markdown report on stdout) and audit DIR --out', () => {
    const md = both(klarplan(`audit ${q(join(tmp, 'audit'))}`));
    expectSame(md, 64 * 1024);
    expect(md.file.toString('utf8')).toMatch(/## Nicht gelesen/);
    expect(md.fileCode).toBe('0');
    const out = both(klarplan(`audit ${q(join(tmp, 'audit'))} --out ${q(join(tmp, 'bericht'))}`));
    expectSame(out, 100);
    expect(out.file.toString('utf8')).toMatch(/20 Pläne ausgewertet, 220 nicht gelesen/);
  }, 120_000);

  it('npm start where there is no display (scripts/start.mjs)', () => {
    const r = both('node scripts/start.mjs', { PATH: `${join(tmp, 'bin')}:${process.env.PATH}`, KLARPLAN_OUT_DIR: join(tmp, 'build'), CI: 'true' });
    expectSame(r, 300);
    expect(r.file.toString('utf8')).toContain('So laden Sie Klarplan von Hand');
    expect(r.fileCode).toBe('0');
  }, 60_000);

  it('no process.exit() in the command line and the scripts: exit codes go through process.exitCode', () => {
    const files = ['cli', 'scripts', 'bench'].flatMap((d) => readdirSync(d).map((f) => join(d, f))).filter((f) => /\.(ts|mjs|js)$/.test(f));
    expect(files.length).toBeGreaterThan(4);
    for (const f of files) expect(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''), f).not.toMatch(/process\.exit\s*\(/);
  });
});
