/** The command line as a user runs it: exit codes, JSONL contract, readable report, clear errors. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function klarplan(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/klarplan.ts', ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

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
