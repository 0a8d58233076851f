/**
 * The readable German report of the command line: findings grouped under the six headings,
 * with each fix shown as before → after.
 */
import { entryText, SECTION_HEADINGS, SECTION_KEYS, SEVERITY_LABELS, type CheckResult, type Finding, type Plan } from '../core/plan';

function applyAll(text: string, findings: Finding[]): string {
  let out = text;
  let lastStart = Infinity;
  for (const f of [...findings].filter((x) => x.fix).sort((a, b) => b.fix!.start - a.fix!.start)) {
    if (f.fix!.end > lastStart) continue;
    out = out.slice(0, f.fix!.start) + f.fix!.text + out.slice(f.fix!.end);
    lastStart = f.fix!.start;
  }
  return out;
}

export function formatReport(plan: Plan, result: CheckResult): string {
  const lines: string[] = [];
  const n = result.findings.length;
  lines.push(`Klarplan – Prüfbericht${plan.id !== undefined ? ` für „${plan.id}“` : ''}${plan.date ? ` (Plan vom ${plan.date.split('-').reverse().join('.')})` : ''}`);
  lines.push(n === 0 ? 'Keine Hinweise. Der Plan ist klar und konkret.' : `${n} ${n === 1 ? 'Hinweis' : 'Hinweise'}.`);
  const planLevel = result.findings.filter((f) => f.section === null);
  if (planLevel.length) {
    lines.push('', 'Der Plan insgesamt');
    for (const f of planLevel) lines.push(`  • ${SEVERITY_LABELS[f.severity]}: ${f.message}`);
  }
  for (const key of SECTION_KEYS) {
    const entries = plan.sections[key] ?? [];
    const fs = result.findings.filter((f) => f.section === key);
    if (!entries.length && !fs.length) continue;
    lines.push('', `${SECTION_HEADINGS[key]}:`);
    entries.forEach((e, i) => {
      const text = entryText(e);
      const mine = fs.filter((f) => f.entry === i);
      lines.push(`  ${i + 1}. ${text.trim() || '(leer)'}`);
      for (const f of mine) {
        const quote = f.end > f.start && f.end - f.start < text.length ? ` [„${text.slice(f.start, f.end)}“]` : '';
        lines.push(`     • ${SEVERITY_LABELS[f.severity]}${quote}: ${f.message}`);
      }
      if (mine.some((f) => f.fix)) {
        lines.push(`     Vorschlag:  vorher  ${text.trim()}`);
        lines.push(`                 nachher ${applyAll(text, mine).trim()}`);
      }
    });
  }
  return lines.join('\n') + '\n';
}
