/** The command line as a user runs it: exit codes, JSONL contract, readable report, clear errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES } from '../cli/io';

function klarplan(args: string[], input?: string | Buffer, nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, '--import', 'tsx', 'cli/klarplan.ts', ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let tmp: string;
beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'klarplan-cli-')); });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const GOOD = readFileSync('tests/fixtures/cli/good.json', 'utf8');

describe('klarplan check --jsonl', () => {
  it('answers every line in order, reports bad lines as errors and goes on', () => {
    const { code, out, err } = klarplan(['check', '--jsonl'], readFileSync('tests/fixtures/cli/mixed.jsonl', 'utf8'));
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ id: 'a', findings: [] });
    expect(lines[1].error).toMatch(/Zeile 2: kein gültiges JSON/);
    expect(lines[2].id).toBe('c');
    expect(lines[2].error).toMatch(/sections/);
    expect(lines[2].error).toMatch(/ziele/);
    expect(lines[3].id).toBe('d');
    expect(lines[3].findings.map((f: { category: string }) => f.category)).toEqual(
      expect.arrayContaining(['missing-deadline', 'missing-counterpart', 'vague-commitment', 'missing-goal']),
    );
  }, 30_000);
});

describe('klarplan check FILE', () => {
  it('exits 0 and says so for a plan without findings', () => {
    const { code, out } = klarplan(['check', 'tests/fixtures/cli/good.json']);
    expect(code).toBe(0);
    expect(out).toMatch(/Keine Hinweise/);
  }, 30_000);

  it('prints a German report grouped by the headings, with before → after, and exits 1', () => {
    const { code, out } = klarplan(['check', 'tests/fixtures/cli/weak.json']);
    expect(code).toBe(1);
    const idx = ['Mein Ziel ist:', 'Meine nächsten Schritte sind:', 'Mein Jobcenter unterstützt mich durch:'].map((h) => out.indexOf(h));
    expect(idx.every((i) => i >= 0)).toBe(true);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    expect(out).toContain('vorher  Der Kunde nimmt an einem Computerkurs teil.');
    expect(out).toContain('nachher Ich nehme an einem Computerkurs teil.');
    expect(out).toContain('nachher Ich möchte eine Tätigkeit als Lagerhelfer aufnehmen.');
  }, 30_000);

  it('prints the result object with --json', () => {
    const { code, out } = klarplan(['check', 'tests/fixtures/cli/weak.json', '--json']);
    expect(code).toBe(1);
    const r = JSON.parse(out);
    expect(r.id).toBe('schwach');
    expect(r.findings.some((f: { fix?: unknown }) => f.fix)).toBe(true);
  }, 30_000);

  it('exits 2 with a clear message naming the field, no stack trace, for an invalid plan', () => {
    const { code, out, err } = klarplan(['check', 'tests/fixtures/cli/invalid.json']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/date/);
    expect(err).toMatch(/sections\.ziel\.0/);
    expect(err).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('exits 2 for a missing file and for unknown options', () => {
    expect(klarplan(['check', 'tests/fixtures/cli/gibt-es-nicht.json']).code).toBe(2);
    expect(klarplan(['check', '--jsonl', '--verbose']).code).toBe(2);
  }, 30_000);

  it('checks the built-in example plan', () => {
    const { code, out } = klarplan(['check', '--example']);
    expect(code).toBe(1);
    expect(out).toMatch(/Mein Jobcenter unterstützt mich durch:/);
  }, 30_000);
});

describe('input as editors and exports save it', () => {
  const line = (o: unknown) => JSON.stringify(o);
  const plan = (id: string) => ({ ...JSON.parse(GOOD), id });

  it('check --jsonl: a BOM, CRLF line ends and invalid UTF-8 (named in that line only)', () => {
    const input = Buffer.concat([
      BOM, Buffer.from(line(plan('a')) + '\r\n'),
      Buffer.from('{"id": "b", "sections": {"ziel": ["Ich m'), Buffer.from([0xf6]), Buffer.from('chte arbeiten."]}}\r\n'), // Latin-1 ö
      Buffer.from('\r\n'),
      BOM, Buffer.from(line(plan('c')) + '\r\n'), // a second file appended with cat, with its own BOM
    ]);
    const { code, out, err } = klarplan(['check', '--jsonl'], input);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c']);
    expect(lines[0].findings).toEqual([]);
    expect(lines[1].error).toMatch(/^Zeile 2: kein gültiges UTF-8 \(invalid UTF-8\) an Byte 41/);
    expect(lines[2].findings).toEqual([]);
  }, 30_000);

  it('check PLAN.json: a BOM and CRLF are fine; invalid UTF-8 is a clear error (exit 2)', () => {
    const withBom = join(tmp, 'bom.json');
    writeFileSync(withBom, Buffer.concat([BOM, Buffer.from(GOOD.replace(/\n/g, '\r\n'))]));
    const ok = klarplan(['check', withBom, '--json']);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).findings).toEqual([]);

    const latin1 = join(tmp, 'latin1.json');
    writeFileSync(latin1, Buffer.from(GOOD.replace('möchte', 'm\u00f6chte'), 'latin1'));
    const bad = klarplan(['check', latin1]);
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toMatch(/latin1\.json: kein gültiges UTF-8 \(invalid UTF-8\) an Byte \d+/);
  }, 30_000);

  it('a line over the size limit gets an error result of its own, without holding it in memory (50 MB line)', () => {
    const big = join(tmp, 'big.jsonl');
    const huge = line({ id: 'riesig', sections: { ziel: ['Ich möchte arbeiten. '.repeat(2_500_000)] } });
    expect(huge.length).toBeGreaterThan(50_000_000);
    writeFileSync(big, [line(plan('vorher')), huge, line(plan('nachher'))].join('\n') + '\n');
    const r = spawnSync('bash', ['-c', `node --import tsx --import ./tests/helpers/report-rss.mjs cli/klarplan.ts check --jsonl < '${big}'`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['vorher', null, 'nachher']);
    expect(lines[1].error).toMatch(new RegExp(`^Zeile 2: zu groß \\(too large\\): [\\d.]+ Bytes; ein Plan darf höchstens ${MAX_PLAN_BYTES.toLocaleString('de-DE')} Bytes haben`));
    const rssMb = Number(/maxrss-kb=(\d+)/.exec(r.stderr)![1]) / 1024;
    expect(rssMb).toBeLessThan(400); // the language data alone is about 250 MB; the 50 MB line adds nothing
  }, 60_000);

  it('check --jsonl: a `due` the calendar does not have is a finding; the plan is checked', () => {
    const p = { id: 'tippfehler', date: '2026-03-02', sections: { ziel: ['Ich möchte als Koch arbeiten.'], jobcenter: [{ text: 'Das Jobcenter unterstützt mich.', due: '2026-02-30' }] } };
    const { code, out } = klarplan(['check', '--jsonl'], line(p) + '\n');
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.error).toBeUndefined();
    expect(r.findings.map((f: { category: string }) => f.category)).toEqual(expect.arrayContaining(['impossible-date', 'missing-counterpart', 'vague-commitment']));
  }, 30_000);

  it('check PLAN.json over the size limit: exit 2 with the limit named', () => {
    const big = join(tmp, 'big.json');
    writeFileSync(big, line({ sections: { ziel: ['x'.repeat(MAX_PLAN_BYTES)] } }));
    const r = klarplan(['check', big]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/big\.json: zu groß \(too large\): [\d.]+ Bytes; ein Plan darf höchstens 1\.048\.576 Bytes haben/);
  }, 30_000);
});
