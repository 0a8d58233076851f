/**
 * The fixes "Alle übernehmen" would write for a blind rewrite corpus, and the counts reported in the README.
 *   npx tsx scripts/blind-fixes.mts tests/fixtures/blind-10-rewrites.jsonl [out.jsonl]
 * Each entry is checked alone (plan date 2026-11-16); every fix of the entry is applied. Prints
 * { entries, needs, flagged, fixed, unsafeFixed, noneFixed } and writes {id, section, before, after} per fixed entry
 * (to read blind, without the code).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkPlan, loadLanguage } from '../checker/checker';

interface Case { id: string; section: string; text: string; needsRewrite: boolean; reference: string | null }

const [input, output] = process.argv.slice(2);
if (!input) {
  console.error('Aufruf: npx tsx scripts/blind-fixes.mts <korpus.jsonl> [fixes.jsonl]');
  process.exit(2);
}
await loadLanguage();
const cases: Case[] = readFileSync(input, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const out: string[] = [];
const n = { entries: cases.length, needs: 0, flagged: 0, fixed: 0, unsafeFixed: 0, noneFixed: 0 };
for (const c of cases) {
  const findings = checkPlan({ date: '2026-11-16', sections: { [c.section]: [c.text] } }).findings;
  const person = findings.filter((f) => f.category === 'not-first-person');
  const personFixed = person.some((f) => f.fix);
  let text = c.text;
  let last = Infinity;
  for (const f of findings.filter((x) => x.fix).sort((a, b) => b.fix!.start - a.fix!.start)) {
    if (f.fix!.end > last) continue;
    text = text.slice(0, f.fix!.start) + f.fix!.text + text.slice(f.fix!.end);
    last = f.fix!.start;
  }
  if (c.needsRewrite && c.reference !== null) {
    n.needs++;
    if (person.length) n.flagged++;
    if (personFixed) n.fixed++;
  }
  if (c.needsRewrite && c.reference === null && personFixed) n.unsafeFixed++;
  if (!c.needsRewrite && personFixed) n.noneFixed++;
  if (text !== c.text) out.push(JSON.stringify({ id: c.id, section: c.section, before: c.text, after: text }));
}
if (output) writeFileSync(output, out.join('\n') + '\n');
console.log(JSON.stringify(n));
