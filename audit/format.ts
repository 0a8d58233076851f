/**
 * What the audit's writers share: numbers and percentages German style, and where a plan came from. The writers:
 * markdown.ts (the German report, tables in the style of the IAB report 2/2026), csv.ts (two CSV files), svg.ts (an
 * accessible bar chart). Pure string building; cli/audit.ts writes the files.
 */
import type { AuditSource } from './audit';

// ---------- numbers, German style ----------

/** 10000 → "10.000". */
export function deInt(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
/** 0.125 → "12,5 %". */
export function dePercent(share: number): string {
  return `${(share * 100).toFixed(1).replace('.', ',')} %`;
}
export const de1 = (n: number) => n.toFixed(1).replace('.', ',');
export const countShare = (k: number, of: number) => (of ? `${deInt(k)} (${dePercent(k / of)})` : deInt(k));

export function sourceLabel(s: AuditSource): string {
  return s.line === undefined ? s.file : `${s.file}, Zeile ${s.line}`;
}
