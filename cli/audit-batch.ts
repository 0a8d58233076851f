/**
 * One batch of plan texts through the audit: the same function in a worker thread (cli/audit-worker.ts) and,
 * for a one-core run, in the main thread. No I/O here: texts in, rows (and their CSV lines) out.
 */
import { auditText, type AuditedPlan, type AuditSource } from '../audit/audit';
import { plansCsvRows } from '../audit/csv';
import type { CheckOptions } from '../checker/checker';

/** A plan as read from disk, or why it could not be read; `bytes` for the progress line. */
export type AuditItem = { source: AuditSource; bytes: number; text: string; error?: undefined } | { source: AuditSource; bytes: number; error: string; text?: undefined };

/** What the audit made of an item: its row, or the reason it was skipped. */
export type ItemResult = { row: AuditedPlan; skip?: undefined } | { skip: string; row?: undefined };

/** A batch's results in item order, and the lines of plaene.csv for its rows when asked for. */
export interface BatchResult {
  results: ItemResult[];
  csv?: string;
}

export interface BatchOptions {
  check?: CheckOptions;
  /** Also format the rows as lines of plaene.csv (done where the rows are made, off the main thread). */
  csv?: boolean;
}

export function auditBatch(items: readonly AuditItem[], options: BatchOptions): BatchResult {
  const results = items.map((item): ItemResult => {
    if (item.error !== undefined) return { skip: item.error };
    const r = auditText(item.text, item.source, options.check);
    return r.skip !== undefined ? { skip: r.skip } : { row: r.row };
  });
  if (!options.csv) return { results };
  return { results, csv: plansCsvRows(results.flatMap((r) => (r.row ? [r.row] : []))) };
}
