/**
 * One batch of plan texts through the audit: the same function in a worker thread (cli/audit-worker.ts) and,
 * for a one-core run, in the main thread. No I/O here: texts in, rows (and their CSV lines) out.
 */
import { auditText, type Audit, type AuditedPlan, type AuditSource } from '../audit/audit';
import { plansCsvRows } from '../audit/csv';
import type { CheckOptions } from '../checker/checker';

/** A plan as read from disk, or why it could not be read; `bytes` for the progress line. */
export type AuditItem = { source: AuditSource; bytes: number; text: string; error?: undefined } | { source: AuditSource; bytes: number; error: string; text?: undefined };

/**
 * A batch's outcome, small enough to cross threads cheaply: the rows themselves stay where they were made and are
 * added up there (an Audit per thread, merged at the end); what comes back is in item order: the skipped items
 * with their reasons, the number of plans, the lines of plaene.csv when asked for, the rows only when asked for.
 */
export interface BatchResult {
  /** [index in the batch, reason] of every skipped item. */
  skips: Array<[number, string]>;
  plans: number;
  csv?: string;
  rows?: AuditedPlan[];
}

export interface BatchOptions {
  check?: CheckOptions;
  /** Also format the rows as lines of plaene.csv (done where the rows are made, off the main thread). */
  csv?: boolean;
  /** Also send the rows back (for a caller that wants each row; costs memory in the receiving thread). */
  rows?: boolean;
}

/** Audits a batch and adds its rows to `audit` (the calling thread's own). */
export function auditBatch(items: readonly AuditItem[], options: BatchOptions, audit: Audit): BatchResult {
  const skips: Array<[number, string]> = [];
  const rows: AuditedPlan[] = [];
  items.forEach((item, i) => {
    if (item.error !== undefined) return void skips.push([i, item.error]);
    const r = auditText(item.text, item.source, options.check);
    if (r.skip !== undefined) return void skips.push([i, r.skip]);
    audit.addRow(r.row);
    rows.push(r.row);
  });
  return {
    skips,
    plans: rows.length,
    ...(options.csv ? { csv: plansCsvRows(rows) } : {}),
    ...(options.rows ? { rows } : {}),
  };
}
