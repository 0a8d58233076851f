/**
 * The audit on all cores gives the same report as on one: the same folder of generated plans (bench/plans.ts;
 * JSON files in subfolders, JSONL files, broken lines) is audited with one thread and with worker threads, and
 * every output file must be byte for byte the same. And the progress line: on stderr when asked, quiet when not.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan } from '../bench/plans';

let tmp: string, dir: string;
const klarplan = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/klarplan.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'klarplan-audit-workers-'));
  dir = join(tmp, 'plaene');
  for (let i = 0; i < 120; i++) {
    const sub = join(dir, `jobcenter-${i % 3}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `plan-${String(i).padStart(4, '0')}.json`), JSON.stringify(plan(i), null, 2));
  }
  for (let f = 0; f < 3; f++) {
    const lines = Array.from({ length: 360 }, (_, k) => JSON.stringify(plan(120 + f * 360 + k)));
    lines.splice(100 * (f + 1), 0, '{"id": "kaputt", "sections": {', JSON.stringify({ ...plan(0), id: 'tippfehler', date: '2026-02-30' }));
    writeFileSync(join(dir, `export-${f + 1}.jsonl`), lines.join('\n') + '\n');
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('audit with worker threads', () => {
  it('writes the same four files, byte for byte, with one thread, with two and with three', () => {
    const outputs = ['1', '2', '3'].map((n) => {
      const out = join(tmp, `bericht-${n}`);
      const r = klarplan(['audit', dir, '--out', out, '--workers', n]);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/1\.203 Pläne ausgewertet, 3 nicht gelesen/);
      return Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f))]));
    });
    expect(Object.keys(outputs[0]!)).toEqual(['bericht.md', 'diagramm.svg', 'kategorien.csv', 'plaene.csv']);
    for (const other of outputs.slice(1)) {
      for (const [name, bytes] of Object.entries(outputs[0]!)) expect(other[name]!.equals(bytes), name).toBe(true);
    }
    const csvLines = outputs[0]!['plaene.csv']!.toString('utf8').trim().split('\r\n');
    expect(csvLines).toHaveLength(1 + 1203);
    expect(csvLines[1]).toMatch(/^export-1\.jsonl;1;synth-00120;/); // input order: export-*.jsonl before jobcenter-*/
    expect(outputs[0]!['bericht.md']!.toString('utf8')).toMatch(/\| Datum des Plans gibt es nicht \| `impossible-plan-date` \| Wichtig \| 3 \|/);
  }, 300_000);

  it('shows progress on stderr with --progress (plans done, rate, time left), and is quiet without it when stderr is no terminal', () => {
    // (a short interval: on a fast or busy machine the whole audit may take less than one tick of a longer one)
    const withProgress = klarplan(['audit', dir, '--workers', '2', '--progress'], { KLARPLAN_PROGRESS_INTERVAL_MS: '20' });
    expect(withProgress.code).toBe(0);
    const lines = withProgress.err.split('\n').filter((l) => /geprüft/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((l) => /^Klarplan: [\d.]+ Pläne? geprüft \([\d.]+ je Sekunde\), \d+ % gelesen, noch etwa \d+:\d\d min$/.test(l)), lines.join('\n')).toBe(true);
    expect(withProgress.err).toMatch(/Klarplan: fertig, 1\.203 Pläne in \d+:\d\d min/);
    const quiet = klarplan(['audit', dir, '--workers', '2'], { KLARPLAN_PROGRESS_INTERVAL_MS: '300' });
    expect(quiet.err.split('\n').filter((l) => /geprüft|fertig/.test(l))).toEqual([]);
    expect(quiet.out).toBe(withProgress.out);
  }, 300_000);
});
