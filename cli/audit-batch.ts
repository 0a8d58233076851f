/**
 * One batch of plan texts through the audit: the same function in a worker thread (cli/audit-worker.ts) and,
 * for a one-core run, in the main thread. No I/O here: texts in, rows (and their CSV lines) out.
 */
import { auditText, type AuditedPlan, type AuditSource } from '../audit/audit';
import { plansCsvRow } from '../audit/csv';
import type { CheckOptions } from '../checker/checker';

/** A plan as read from disk, or why it could not be read; `bytes` for the progress line. */
export type AuditItem = { source: AuditSource; bytes: number; text: string; error?: undefined } | { source: AuditSource; bytes: number; error: string; text?: undefined };

/** What the audit made of an item: a row (with its line of plaene.csv when asked for) or the reason it was skipped. */
export type ItemResult = { row: AuditedPlan; csv?: string; skip?: undefined } | { skip: string; row?: undefined; csv?: undefined };

export interface BatchOptions {
  check?: CheckOptions;
  /** Also format each row as its line of plaene.csv (done where the row is made, off the main thread). */
  csv?: boolean;
}

export function auditBatch(items: readonly AuditItem[], options: BatchOptions): ItemResult[] {
  return items.map((item): ItemResult => {
    if (item.error !== undefined) return { skip: item.error };
    const r = auditText(item.text, item.source, options.check);
    if (r.skip !== undefined) return { skip: r.skip };
    return options.csv ? { row: r.row, csv: plansCsvRow(r.row) } : { row: r.row };
  });
}
