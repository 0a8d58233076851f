/**
 * The example gallery (examples/gallery.ts, examples/plans/): every plan is valid, the checker finds in each weak
 * plan what a trainer expects, each improved plan has no error and clearly fewer findings, its job-centre
 * commitments are dated and name a person, and it keeps every fact of the weak plan.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planBalance } from '../checker/balance';
import { checkPlan, parsePlan } from '../checker/checker';
import { CATEGORIES, SECTION_KEYS, entryDue, entryText, type Plan } from '../core/plan';
import { SEED } from '../core/rule';
import { GALLERY, type GalleryExample } from '../examples/gallery';

const today = new Date(Date.UTC(2026, 2, 2));
const PLAN_DIR = 'examples/plans';
const fileOf = (g: GalleryExample, v: 'schwach' | 'besser') => `${PLAN_DIR}/${g.nr}-${g.slug}-${v}.json`;
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const texts = (p: Plan): string[] => SECTION_KEYS.flatMap((k) => (p.sections[k] ?? []).map(entryText));
const dues = (p: Plan): string[] => SECTION_KEYS.flatMap((k) => (p.sections[k] ?? []).map(entryDue)).filter((d): d is string => !!d);

// Facts: dates (as ISO days, from the text or a `due`), other numbers (digits, and number words), names of people.
const DATE_RE = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g;
const NUMBER_RE = /\d+[a-z]?/g;
const NUMBER_WORD_RE = /(?<![\p{L}])(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?![\p{L}])/giu;
const NAME_RE = /(?<![\p{L}])(?:Frau|Herrn?)\s+(\p{Lu}[\p{L}-]+)/gu;

function facts(p: Plan) {
  const all = texts(p);
  const dates = new Set(dues(p));
  const numbers = new Set<string>();
  const names = new Set<string>();
  for (const t of all) {
    for (const m of t.matchAll(DATE_RE)) dates.add(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
    for (const n of t.replace(DATE_RE, ' ').match(NUMBER_RE) ?? []) numbers.add(n);
    for (const m of t.matchAll(NUMBER_WORD_RE)) numbers.add(m[1]!.toLowerCase());
    for (const m of t.matchAll(NAME_RE)) names.add(m[1]!);
  }
  return { dates, numbers, names, text: all.join('\n') };
}

const categories = (p: Plan) => new Set(checkPlan(p, { today }).findings.map((f) => f.category));

describe('example gallery', () => {
  it('has at least eight scenarios, numbered in order, each a weak and an improved plan on disk', () => {
    expect(GALLERY.length).toBeGreaterThanOrEqual(8);
    expect(GALLERY.map((g) => g.nr)).toEqual(GALLERY.map((_, i) => String(i + 1).padStart(2, '0')));
    const onDisk = readdirSync(PLAN_DIR).filter((f) => f.endsWith('.json')).sort();
    const listed = GALLERY.flatMap((g) => [fileOf(g, 'schwach'), fileOf(g, 'besser')].map((f) => f.slice(PLAN_DIR.length + 1))).sort();
    expect(onDisk).toEqual(listed);
  });

  it('the facts check itself sees dates (text or due), numbers, number words and names', () => {
    const f = facts({ sections: { schritte: ['Ich rufe bis zum 3.4.2026 Herrn Lindner an und schreibe fünf Bewerbungen, 10 Stunden, § 16a.'], jobcenter: [{ text: 'x', due: '2026-03-13' }] } });
    expect([...f.dates].sort()).toEqual(['2026-03-13', '2026-04-03']);
    expect([...f.numbers].sort()).toEqual(['10', '16a', 'fünf']);
    expect([...f.names]).toEqual(['Lindner']);
  });

  for (const g of GALLERY) {
    describe(`${g.nr} ${g.title}`, () => {
      it('both files are contract-shaped plans (parsePlan), with id, date and all six sections, equal to the imported data', () => {
        for (const [v, imported] of [['schwach', g.weak], ['besser', g.improved]] as const) {
          const raw = readJson(fileOf(g, v));
          const r = parsePlan(raw);
          expect(r.ok, r.ok ? '' : r.error).toBe(true);
          if (!r.ok) continue;
          expect(r.plan.id).toBe(`${g.nr}-${g.slug}-${v}`);
          expect(r.plan.date).toMatch(/^2026-\d\d-\d\d$/);
          expect(Object.keys(r.plan.sections).sort()).toEqual([...SECTION_KEYS].sort());
          expect(raw).toEqual(imported);
        }
        expect(g.improved.date).toBe(g.weak.date);
      });

      it('documents itself: German title, one-sentence pattern, seed sources, valid expected categories', () => {
        expect(g.title.length).toBeGreaterThan(5);
        expect(g.pattern.length).toBeGreaterThan(40);
        expect(g.sources.length).toBeGreaterThan(0);
        // the project's own list of seed documents (core/rule.ts); the seeds themselves live beside the project
        const seeds = Object.values(SEED);
        for (const s of g.sources) {
          expect(seeds).toContain(s.seed);
          expect(s.passage.length).toBeGreaterThan(5);
        }
        for (const c of [...g.expect, ...(g.expectAbsent ?? [])]) expect(CATEGORIES).toContain(c);
        // checker gaps are documented, not asserted: each quotes a sentence of the weak plan exactly
        for (const gap of g.checkerGaps ?? []) {
          expect(CATEGORIES).toContain(gap.category);
          expect(texts(g.weak)).toContain(gap.sentence);
        }
      });

      it('the checker finds in the weak plan what a trainer expects', () => {
        const found = categories(g.weak);
        expect([...found].filter((c) => g.expect.includes(c as never)).sort()).toEqual([...g.expect].sort());
        for (const c of g.expectAbsent ?? []) expect(found.has(c), `unexpected ${c}`).toBe(false);
      });

      it('the improved plan has no error and clearly fewer findings (at most half)', () => {
        const weak = checkPlan(g.weak, { today }).findings;
        const better = checkPlan(g.improved, { today }).findings;
        expect(better.filter((f) => f.severity === 'error')).toEqual([]);
        expect(better.length * 2).toBeLessThanOrEqual(weak.length);
      });

      it('in the improved plan every job-centre commitment has a time and a named person', () => {
        const b = planBalance(g.improved, today);
        expect(b.jobcenter.entries).toBeGreaterThan(0);
        expect(b.jobcenter.withTime).toBe(b.jobcenter.entries);
        expect(b.jobcenter.withPerson).toBe(b.jobcenter.entries);
        const w = planBalance(g.weak, today);
        if (g.nr !== '08') expect(w.jobcenter.withTime + w.jobcenter.withPerson).toBeLessThan(b.jobcenter.withTime + b.jobcenter.withPerson);
      });

      it('the improved plan keeps every fact of the weak plan: dates, numbers, names, key words', () => {
        const weak = facts(g.weak), better = facts(g.improved);
        const dropped = new Set((g.notFacts ?? []).map((n) => n.text));
        for (const d of weak.dates) expect(better.dates, `date ${d}`).toContain(d);
        for (const n of weak.numbers) if (!dropped.has(n)) expect(better.numbers, `number ${n}`).toContain(n);
        for (const n of weak.names) expect(better.names, `name ${n}`).toContain(n);
        for (const k of g.keyFacts) {
          expect(weak.text.toLowerCase(), `key fact „${k}“ in the weak plan`).toContain(k.toLowerCase());
          expect(better.text.toLowerCase(), `key fact „${k}“ in the improved plan`).toContain(k.toLowerCase());
        }
        for (const n of dropped) expect(weak.numbers, `notFacts ${n} occurs in the weak plan`).toContain(n);
      });
    });
  }
});
