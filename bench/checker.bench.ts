/**
 * npm run bench — how fast the checker is on this machine. Prints, for a typical plan (six sections,
 * about 1,500 characters) and a 50,000-character plan: the first check including the language data
 * load, and warm checks (p50/p99 in ms). Warm checks are measured twice: with the plan unchanged
 * (what a keystroke costs for the entries that did not change) and with every entry edited each time.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { entryText, type Plan } from '../core/plan';

const typical = JSON.parse(readFileSync(fileURLToPath(new URL('../tests/fixtures/plans/typical.json', import.meta.url)), 'utf8')) as Plan;
const size = (p: Plan) => Object.values(p.sections).flat().reduce((n, e) => n + entryText(e!).length, 0);

function edited(p: Plan, i: number): Plan {
  const sections = Object.fromEntries(
    Object.entries(p.sections).map(([k, list]) => [k, (list ?? []).map((e) => (typeof e === 'string' ? `${e} ${i}` : { ...e, text: `${e.text} ${i}` }))]),
  );
  return { ...p, sections } as Plan;
}

function big(target: number): Plan {
  const out: Plan = { id: 'gross', date: typical.date, sections: {} };
  let i = 0;
  while (size(out) < target) {
    for (const [k, list] of Object.entries(typical.sections)) {
      const s = ((out.sections as Record<string, unknown[]>)[k] ??= []);
      for (const e of list ?? []) s.push(typeof e === 'string' ? `${e} (${i})` : { ...e, text: `${e.text} (${i})` });
    }
    i++;
  }
  return out;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 0);

const t0 = performance.now();
const { checkPlan, loadLanguage } = await import('../checker/checker');
const { languageLoadMs } = await import('../language/language');
await loadLanguage();
const tLoaded = performance.now();
checkPlan(typical);
const tFirst = performance.now();
const lang = (await import('../language/language')).languageLoadMs || languageLoadMs;

console.log(`Klarplan checker benchmark (node ${process.version}, ${process.arch})`);
console.log(`typical plan: ${size(typical)} characters, ${Object.values(typical.sections).flat().length} entries`);
console.log(`  first check incl. language data load: ${fmt(tFirst - t0)} ms (module import + de-compromise load ${fmt(tLoaded - t0)} ms, of which lexicon ${fmt(lang)} ms; first check itself ${fmt(tFirst - tLoaded)} ms)`);

function warm(plan: (i: number) => Plan, n: number) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = plan(i);
    const t = performance.now();
    checkPlan(p);
    times.push(performance.now() - t);
  }
  return times;
}
warm((i) => edited(typical, -i), 200); // JIT warm-up
const same = warm(() => typical, 2000);
console.log(`  warm, unchanged plan:       p50 ${fmt(percentile(same, 50))} ms   p99 ${fmt(percentile(same, 99))} ms   (n=${same.length})`);
const changed = warm((i) => edited(typical, i), 2000);
console.log(`  warm, every entry edited:   p50 ${fmt(percentile(changed, 50))} ms   p99 ${fmt(percentile(changed, 99))} ms   (n=${changed.length})`);

const large = big(50_000);
const tl = performance.now();
checkPlan(edited(large, 99_999));
const firstLarge = performance.now() - tl;
const largeTimes = warm((i) => edited(large, 100_000 + i), 30);
console.log(`50,000-character plan: ${size(large)} characters, ${Object.values(large.sections).flat().length} entries`);
console.log(`  first check (language loaded): ${fmt(firstLarge)} ms`);
console.log(`  warm, every entry edited:   p50 ${fmt(percentile(largeTimes, 50))} ms   p99 ${fmt(percentile(largeTimes, 99))} ms   (n=${largeTimes.length})`);
console.log('targets: typical warm p50 ≤ 2 ms, p99 ≤ 10 ms; 50,000 characters ≤ 100 ms');
