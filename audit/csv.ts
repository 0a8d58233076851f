/** The audit as CSV: one row per finding category, one row per plan. */
import type { AuditSummary } from './audit';
import { SEVERITY_LABELS } from '../core/plan';

// ---------- CSV (RFC 4180: comma-separated, fields with comma, quote or line break in double quotes) ----------

export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  // A text cell that starts like a formula (=, +, -, @, tab, CR) gets a leading ' so a spreadsheet shows it as
  // text instead of running it (plan ids and file names come from the exported data).
  const s = typeof v === 'number' ? String(Math.round(v * 10) / 10) : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csvLine = (fields: Array<string | number | null | undefined>) => fields.map(csvField).join(',') + '\r\n';

export function formatCategoriesCsv(s: AuditSummary): string {
  let out = csvLine(['kategorie', 'titel', 'gewicht', 'plaene', 'anteil_prozent']);
  for (const c of s.categories) out += csvLine([c.id, c.title, c.severity ? SEVERITY_LABELS[c.severity] : '', c.plans, c.share * 100]);
  return out;
}

export function formatPlansCsv(s: AuditSummary): string {
  const cats = s.categories.map((c) => c.id);
  const parts: string[] = [
    csvLine([
      'datei', 'zeile', 'id', 'datum', 'hinweise', ...cats,
      'schritte', 'schritte_mit_termin', 'schritte_mit_person', 'zusagen', 'zusagen_mit_termin', 'zusagen_mit_person',
      'flesch_amstad', 'wiener_sachtextformel', 'lesbarkeit',
    ]),
  ];
  for (const r of s.rows) {
    const b = r.balance;
    parts.push(
      csvLine([
        r.source.file, r.source.line, r.id === null ? null : String(r.id), r.date, r.findings, ...cats.map((c) => r.categories[c] ?? 0),
        b.client.entries, b.client.withTime, b.client.withPerson, b.jobcenter.entries, b.jobcenter.withTime, b.jobcenter.withPerson,
        r.readability?.fleschAmstad, r.readability?.wiener, r.readability?.band ?? 'zu wenig Text',
      ]),
    );
  }
  return parts.join('');
}
