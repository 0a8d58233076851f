/**
 * The audit over a folder of plans (tests/fixtures/audit): counts worked out by hand from the fixture,
 * skipped files named, CSV and SVG well-formed, exit codes of `klarplan audit`.
 *
 * The fixture: gut.json, schwach.json, unterordner/ohne-ziel.json (three plans); plaene.jsonl (two plans and an
 * empty line); unterordner/fehler.jsonl (plan, broken line 2, plan); kaputt.json (broken JSON); notizen.txt
 * (not a plan file). So 7 plans are read and 2 sources skipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quantile, quartiles, ScoreHistogram, type AuditedPlan, type AuditSummary } from '../audit/audit';
import { auditFolder } from '../cli/audit';
import { csvCell, formatCategoriesCsv, formatPlansCsv, PLAN_CSV_CATEGORIES } from '../audit/csv';
import { formatMarkdown, MAX_SKIPPED_ROWS } from '../audit/markdown';
import { formatChartSvg } from '../audit/svg';
import { parseCsv } from './helpers/csv';

const DIR = 'tests/fixtures/audit';

function klarplan(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/klarplan.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let summary: AuditSummary;
const rows: AuditedPlan[] = [];
const skippedLive: string[] = [];
beforeAll(async () => {
  summary = await auditFolder(DIR, { onSkip: (s, reason) => skippedLive.push(`${s.file}:${s.line ?? '-'}:${reason}`), onRow: (r) => { rows.push(r); } });
});

describe('audit of the fixture folder', () => {
  it('reads json and jsonl recursively, skips broken sources and goes on', () => {
    expect(summary.plans).toBe(7);
    expect(rows.map((r) => r.id)).toEqual(['gut', 'Plan "Berger", März', 'j2', 'schwach', 'f1', 'f3', 'ohne-ziel']);
    expect(rows.find((r) => r.id === 'f3')!.source).toEqual({ file: 'unterordner/fehler.jsonl', line: 3 });
    expect(summary.skippedCount).toBe(2);
    expect(summary.skipped.map((s) => s.source)).toEqual([{ file: 'kaputt.json' }, { file: 'unterordner/fehler.jsonl', line: 2 }]);
    expect(summary.skipped.every((s) => /kein gültiges JSON/.test(s.reason) && !/\n/.test(s.reason))).toBe(true);
    expect(skippedLive).toHaveLength(2);
  });

  it('counts plans per finding category', () => {
    const plans = Object.fromEntries(summary.categories.map((c) => [c.id, c.plans]));
    expect(plans['legal-threat']).toBe(2); // schwach (Leistungsminderung), j2 (Sanktion)
    expect(plans['missing-goal']).toBe(1); // ohne-ziel
    expect(plans['missing-counterpart']).toBe(3); // schwach (das Jobcenter), j2 (das JC), ohne-ziel (wir)
    expect(plans['missing-deadline']).toBe(2); // schwach, j2
    expect(plans['jargon']).toBe(1); // j2 (JC)
    expect(summary.categories.find((c) => c.id === 'legal-threat')!.share).toBeCloseTo(2 / 7);
    const shares = summary.categories.map((c) => c.plans);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares); // most frequent first
  });

  it('counts dates and named persons in the job centre commitments and the client steps', () => {
    // jobcenter entries: gut 2 (2 dated, 2 named), schwach 1 (0, 0), ohne-ziel 2 (2, 1), Berger 1 (1, 1), j2 1 (0, 0), f1 1 (1, 1)
    expect(summary.jobcenter).toEqual({ plansWithEntries: 6, entries: 8, withTime: 6, withPerson: 5 });
    // steps: gut 2 (2 dated, 0 named), schwach 1 (0, 0), ohne-ziel 1 (1, 1), Berger 1 (1, 1), f3 1 (1, 0)
    expect(summary.schritte).toEqual({ plansWithEntries: 5, entries: 6, withTime: 5, withPerson: 2 });
  });

  it('summarises whole-plan readability as quartiles and bands', () => {
    const r = summary.readability;
    expect(r.scored + r.unscored).toBe(7);
    for (const q of [r.fleschAmstad!, r.wiener!]) {
      expect(q.min).toBeLessThanOrEqual(q.q1);
      expect(q.q1).toBeLessThanOrEqual(q.median);
      expect(q.median).toBeLessThanOrEqual(q.q3);
      expect(q.q3).toBeLessThanOrEqual(q.max);
    }
    expect(r.fleschAmstad!.min).toBeGreaterThanOrEqual(0);
    expect(r.fleschAmstad!.max).toBeLessThanOrEqual(100);
    for (const b of Object.values(r.bands)) expect(b.leicht + b.mittel + b.schwer).toBe(r.scored);
    // the officialese plan reads harder than the plain, concrete one
    const fa = (id: string) => rows.find((x) => x.id === id)!.readability!.fleschAmstad;
    expect(fa('gut')).toBeGreaterThan(fa('schwach'));
  });
});

describe('quantiles', () => {
  it('interpolates between ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quartiles([4, 1, 3, 2, 5])).toEqual({ min: 1, q1: 2, median: 3, q3: 4, max: 5 });
    expect(quartiles([])).toBeNull();
    expect(quantile([], 0.5)).toBeNull();
  });

  it('the audit\'s histogram gives the same quartiles as the sorted list (scores in steps of 0.001), in any order', () => {
    const values = Array.from({ length: 1001 }, (_, i) => Math.round(((i * 7919) % 1000) * 0.1 * 1000) / 1000);
    const h = new ScoreHistogram(), back = new ScoreHistogram();
    for (const v of values) h.add(v);
    for (const v of [...values].reverse()) back.add(v);
    const exact = quartiles(values)!;
    for (const k of ['min', 'q1', 'median', 'q3', 'max'] as const) expect(h.quartiles()![k]).toBeCloseTo(exact[k], 9);
    expect(back.quartiles()).toEqual(h.quartiles());
    expect(new ScoreHistogram().quartiles()).toBeNull();
  });
});

describe('Markdown report', () => {
  it('has German tables in the IAB style and names what was not read', () => {
    const md = formatMarkdown(summary, { folder: DIR });
    for (const h of ['## Tabelle 1: Hinweise nach Art', '## Tabelle 2: Termine und Personen', '## Tabelle 3: Lesbarkeit der Pläne', '## Tabelle 4: Lesbarkeit nach Stufen', '## Nicht gelesen']) {
      expect(md).toContain(h);
    }
    expect(md).toMatch(/\| Drohung mit Rechtsfolgen \| `legal-threat` \| Wichtig \| 2 \| 28,6 % \|/);
    expect(md).toMatch(/\| davon mit Termin \| 6 \(75,0 %\) \| 5 \(83,3 %\) \|/);
    expect(md).toContain('Anmerkung: Ausgewertete Pläne = 7;');
    const notRead = md.slice(md.indexOf('## Nicht gelesen'));
    expect(notRead).toMatch(/\| `kaputt\.json` \| – \| kein gültiges JSON/);
    expect(notRead).toMatch(/\| `unterordner\/fehler\.jsonl` \| 2 \| kein gültiges JSON/);
    expect(notRead).not.toContain('notizen.txt');
  });

  it('lists at most MAX_SKIPPED_ROWS skipped sources and says how many more there are', () => {
    const many = Array.from({ length: MAX_SKIPPED_ROWS + 5 }, (_, i) => ({ source: { file: 'gross.jsonl', line: i + 1 }, reason: 'kein gültiges JSON' }));
    const md = formatMarkdown({ ...summary, skipped: many.slice(0, MAX_SKIPPED_ROWS), skippedCount: many.length }, { folder: DIR });
    expect(md.match(/^\| `gross\.jsonl` \|/gm)).toHaveLength(MAX_SKIPPED_ROWS);
    expect(md).toContain('… und 5 weitere.');
  });
});

describe('CSV', () => {
  it('writes numbers German style and defuses formulas in text', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(61.04)).toBe('61');
    expect(csvCell(14.25)).toBe('14,3');
    expect(csvCell(null)).toBe('');
    expect(csvCell('einfach')).toBe('einfach');
    expect(csvCell('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(csvCell('@SUMME(A1)')).toBe("'@SUMME(A1)");
  });

  it('writes one well-formed row per plan and one per category', () => {
    const plans = parseCsv(formatPlansCsv(rows));
    const header = plans[0]!;
    expect(plans).toHaveLength(1 + 7);
    expect(plans.every((r) => r.length === header.length)).toBe(true);
    expect(header).toEqual(expect.arrayContaining([...PLAN_CSV_CATEGORIES]));
    const berger = plans.find((r) => r[header.indexOf('id')] === 'Plan "Berger", März')!;
    expect(berger[header.indexOf('datei')]).toBe('plaene.jsonl');
    expect(berger[header.indexOf('zeile')]).toBe('1');
    const schwach = plans.find((r) => r[header.indexOf('id')] === 'schwach')!;
    expect(schwach[header.indexOf('legal-threat')]).toBe('1');
    expect(schwach[header.indexOf('zusagen')]).toBe('1');
    expect(schwach[header.indexOf('zusagen_mit_termin')]).toBe('0');
    expect(schwach[header.indexOf('flesch_amstad')]).toMatch(/^\d+(,\d)?$/);

    const cats = parseCsv(formatCategoriesCsv(summary));
    expect(cats[0]).toEqual(['kategorie', 'titel', 'gewicht', 'plaene', 'anteil_prozent']);
    expect(cats.every((r) => r.length === 5)).toBe(true);
    expect(cats.find((r) => r[0] === 'missing-goal')!.slice(3)).toEqual(['1', '14,3']);
  });
});

describe('SVG chart', () => {
  it('is well-formed XML with a title, a description and text labels, and nothing external', () => {
    const svg = formatChartSvg(summary);
    const doc = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('role')).toBe('img');
    const title = root.querySelector('title')!, desc = root.querySelector('desc')!;
    expect(title.textContent).toMatch(/Auswertung/);
    expect(root.getAttribute('aria-labelledby')!.split(' ')).toEqual([title.id, desc.id]);
    expect(desc.textContent).toContain('Drohung mit Rechtsfolgen 28,6 % (2)');
    const labels = [...root.querySelectorAll('text')].map((t) => t.textContent);
    for (const c of summary.categories) expect(labels).toContain(c.title);
    expect(labels).toContain('Zusagen des Jobcenters mit Termin');
    expect(svg).not.toMatch(/<script|href=|@import|url\(/i);
  });

  it('escapes text that would break the XML', () => {
    const odd: AuditSummary = { ...summary, categories: [{ id: 'x', title: 'A & B <c> "d"', severity: null, plans: 1, share: 0.5 }] };
    const doc = new new JSDOM('').window.DOMParser().parseFromString(formatChartSvg(odd), 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toContain('A & B <c> "d"');
  });
});

describe('klarplan audit', () => {
  let out: string;
  beforeAll(() => { out = mkdtempSync(join(tmpdir(), 'klarplan-audit-')); });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('prints the report, names skipped sources on stderr and exits 0', () => {
    const { code, out: stdout, err } = klarplan(['audit', DIR]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Klarplan – Auswertung der Kooperationspläne/);
    expect(stdout).toContain('Ausgewertet: 7 Pläne. Nicht gelesen: 2');
    expect(err).toMatch(/nicht gelesen.*kaputt\.json/);
    expect(err).toMatch(/nicht gelesen.*unterordner\/fehler\.jsonl, Zeile 2/);
    expect(err.trim().split('\n')).toHaveLength(2);
  }, 30_000);

  it('writes bericht.md, kategorien.csv, plaene.csv and diagramm.svg with --out', () => {
    const { code, out: stdout } = klarplan(['audit', DIR, '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/7 Pläne ausgewertet, 2 nicht gelesen/);
    expect(readFileSync(join(out, 'bericht.md'), 'utf8')).toContain('](diagramm.svg)');
    expect(parseCsv(readFileSync(join(out, 'plaene.csv'), 'utf8'))).toHaveLength(8);
    expect(readFileSync(join(out, 'kategorien.csv'), 'utf8')).toMatch(/^\uFEFFkategorie;titel;/);
    expect(readdirSync(out).sort()).toEqual(['bericht.md', 'diagramm.svg', 'kategorien.csv', 'plaene.csv']);
    expect(readFileSync(join(out, 'diagramm.svg'), 'utf8')).toMatch(/<svg /);
  }, 30_000);

  it('exits 2 on usage errors', () => {
    const file = join(out, 'kein-ordner.json');
    writeFileSync(file, '{}');
    for (const args of [['audit'], ['audit', 'tests/fixtures/gibt-es-nicht'], ['audit', file], ['audit', DIR, '--out'], ['audit', DIR, '--schnell'], ['audit', DIR, DIR]]) {
      const r = klarplan(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/Verwendung/);
    }
  }, 120_000);
});
