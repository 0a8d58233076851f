/**
 * The audit as CSV for German spreadsheets (Excel, LibreOffice): one row per finding category, one row per plan.
 * Written with csv-stringify (its sync API, pure JavaScript): `;` as the separator and `,` as the decimal mark,
 * as German Excel opens a .csv file by double-click; UTF-8 with a byte-order mark, so umlauts come out right;
 * CRLF line ends. Fields with `;`, quotes or line breaks are quoted by csv-stringify.
 *
 * No cell can run as a formula. Plan ids and file names come from the exported data, so every text cell is
 * neutralised with a leading `'` wherever a spreadsheet could start a cell: at its start, after leading white
 * space, and after each `,` `;` or line break in it (a file opened with `,` as the separator, or split by hand),
 * in front of `=`, `+`, `-`, `@` (also their full-width forms). csv-stringify's own `escape_formulas` catches a
 * leading tab or carriage return as well.
 */
import { stringify } from 'csv-stringify/sync';
import type { AuditedPlan, AuditSummary } from './audit';
import { SEVERITY_LABELS } from '../core/plan';
import { RULES } from '../rules/index';

export const CSV_SEPARATOR = ';';

/** The per-category columns of plaene.csv: every rule in rule order, then failures of a rule. Fixed, so rows can be written as they come. */
export const PLAN_CSV_CATEGORIES: readonly string[] = [...RULES.map((r) => r.id), 'checker-error'];

const FORMULA_AFTER = /(^|[,;\r\n])([\s"']*)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

/** A text cell as a spreadsheet may see it, with every place where a formula could start neutralised. */
export function defuse(text: string): string {
  return text.replace(FORMULA_AFTER, "$1$2'");
}

type Cell = string | number | null | undefined;

/** A cell's text before quoting: numbers German style with one decimal (61.04 → "61", 14.25 → "14,3"), text defused. */
export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(Math.round(v * 10) / 10).replace('.', ',');
  return defuse(v);
}

const OPTIONS = { delimiter: CSV_SEPARATOR, record_delimiter: 'windows', escape_formulas: true, quoted_match: /^\s|\s$|[\r\n]/ } as const;

function lines(rows: Cell[][], bom: boolean): string {
  return stringify(rows.map((r) => r.map(csvCell)), { ...OPTIONS, bom });
}

export function formatCategoriesCsv(s: AuditSummary): string {
  return lines(
    [['kategorie', 'titel', 'gewicht', 'plaene', 'anteil_prozent'], ...s.categories.map((c) => [c.id, c.title, c.severity ? SEVERITY_LABELS[c.severity] : '', c.plans, c.share * 100])],
    true,
  );
}

/** The first line of plaene.csv, with the byte-order mark. */
export function plansCsvHeader(): string {
  return lines(
    [[
      'datei', 'zeile', 'id', 'datum', 'hinweise', ...PLAN_CSV_CATEGORIES,
      'schritte', 'schritte_mit_termin', 'schritte_mit_person', 'zusagen', 'zusagen_mit_termin', 'zusagen_mit_person',
      'flesch_amstad', 'wiener_sachtextformel', 'lesbarkeit',
    ]],
    true,
  );
}

function planCells(r: AuditedPlan): Cell[] {
  const b = r.balance;
  return [
    r.source.file, r.source.line, r.id === null ? null : String(r.id), r.date, r.findings, ...PLAN_CSV_CATEGORIES.map((c) => r.categories[c] ?? 0),
    b.client.entries, b.client.withTime, b.client.withPerson, b.jobcenter.entries, b.jobcenter.withTime, b.jobcenter.withPerson,
    r.readability?.fleschAmstad, r.readability?.wiener, r.readability?.band ?? 'zu wenig Text',
  ];
}

/** The lines of plaene.csv for some plans, in order (the command line writes them batch by batch as the audit goes). */
export function plansCsvRows(rows: readonly AuditedPlan[]): string {
  return rows.length ? lines(rows.map(planCells), false) : '';
}

/** plaene.csv for a list of rows. */
export function formatPlansCsv(rows: readonly AuditedPlan[]): string {
  return plansCsvHeader() + plansCsvRows(rows);
}
