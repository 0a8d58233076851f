/**
 * `klarplan audit DIR [--out OUTDIR] [--workers N] [--progress|--no-progress]`: reads every plan under DIR
 * (cli/audit-sources.ts), checks them on all cores (worker threads, cli/audit-pool.ts), adds them up in input
 * order (audit/audit.ts) and writes the report. Without --out the Markdown report goes to stdout; with --out,
 * bericht.md, kategorien.csv, plaene.csv (written row by row as the audit goes) and diagramm.svg go into OUTDIR.
 * A file or line that is not a valid plan is named on stderr and in the report, and skipped. Memory stays flat
 * however many plans there are: batches in flight are bounded and no row is kept. Exit 0 when the audit ran,
 * 2 on usage errors or when the output cannot be written.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Audit, type AuditedPlan, type AuditSource, type AuditState, type AuditSummary } from '../audit/audit';
import { formatCategoriesCsv, plansCsvHeader } from '../audit/csv';
import { deInt, sourceLabel } from '../audit/format';
import { formatMarkdown } from '../audit/markdown';
import { formatChartSvg } from '../audit/svg';
import { loadLanguage, type CheckOptions } from '../checker/checker';
import type { AuditItem, BatchResult } from './audit-batch';
import { inProcess, workerPool, type BatchRunner } from './audit-pool';
import { atMostBytes, auditItems, nodeFs, planBytes, type AuditFs } from './audit-sources';
import { writeErr, writeOut } from './io';
import { Progress, PROGRESS_INTERVAL_MS } from './progress';

export const AUDIT_USAGE = `  npm run --silent klarplan -- audit ORDNER [--out ZIELORDNER] [--workers N] [--progress|--no-progress]
                                                                wertet alle Pläne im Ordner aus (*.json, *.jsonl)`;

export const OUTPUT_FILES = { report: 'bericht.md', categories: 'kategorien.csv', plans: 'plaene.csv', chart: 'diagramm.svg' } as const;

/** Up to this many bytes of plans the audit runs in one thread by default: threads would take longer to start. */
export const SMALL_FOLDER_BYTES = 1024 * 1024;

export interface AuditRunOptions {
  check?: CheckOptions;
  /** Threads that check plans: the calling thread and workers-1 worker threads. Default: the machine's cores (one thread for a small folder). */
  workers?: number;
  /** Called once per skipped file or line, in input order. */
  onSkip?: (source: AuditSource, reason: string) => void;
  /** Called once per plan with its row, in input order (the rows are not kept). */
  onRow?: (row: AuditedPlan) => void;
  /** Called with the lines of plaene.csv, batch by batch in input order (formatted where the rows are made). */
  onCsv?: (lines: string) => Promise<void>;
  /** The progress line, if wanted. */
  progress?: Progress;
  /** The file system seam (tests make calls fail through it). */
  fs?: AuditFs;
}

/** Reads every plan under dir into an audit. dir must exist. */
export async function auditFolder(dir: string, options: AuditRunOptions = {}): Promise<AuditSummary> {
  const fs = options.fs ?? nodeFs;
  const workers = Math.max(1, Math.floor(options.workers ?? ((await atMostBytes(dir, SMALL_FOLDER_BYTES, fs)) ? 1 : availableParallelism())));
  const audit = new Audit(options.check);
  const batchOptions = { check: options.check, csv: !!options.onCsv, rows: !!options.onRow };
  // N threads: the main thread and N - 1 workers (the language data loads in all of them at once)
  const [, pool] = await Promise.all([loadLanguage(), workers > 1 ? workerPool(workers - 1, batchOptions, audit) : null]);
  const runner: BatchRunner = pool ?? inProcess(batchOptions, audit);
  const progress = options.progress;
  if (progress) void planBytes(dir, fs).then((n) => { progress.totalBytes = n; }, () => {});

  // Batches in flight, oldest first: results are taken in input order, so the skipped list, the rows and the
  // lines of plaene.csv come in the same order however many threads there are (and the sums do not depend on the
  // order); at most about two batches wait per thread (flat memory).
  const inFlight: Array<{ items: AuditItem[]; result: Promise<BatchResult> }> = [];
  const consume = async () => {
    const { items, result } = inFlight.shift()!;
    const r = await result;
    for (const [i, reason] of r.skips) {
      audit.skip(items[i]!.source, reason);
      options.onSkip?.(items[i]!.source, reason);
    }
    for (const row of r.rows ?? []) options.onRow?.(row);
    if (r.csv) await options.onCsv?.(r.csv);
    progress?.done(r.plans, items.reduce((n, it) => n + it.bytes, 0));
  };
  let states: AuditState[] = [];
  try {
    for await (const items of auditItems(dir, fs)) {
      const result = runner.run(items);
      result.catch(() => {}); // awaited in order below; keep Node from calling a rejection unhandled meanwhile
      inFlight.push({ items, result });
      while (inFlight.length > 2 * workers) await consume();
    }
    while (inFlight.length) await consume();
  } finally {
    states = await runner.close();
  }
  for (const st of states) audit.merge(st);
  return audit.summary();
}

function usageError(message: string): number {
  writeErr(`Klarplan: ${message}\nVerwendung (usage):\n${AUDIT_USAGE}\n`);
  return 2;
}

/** Writes to a file stream, waiting while its buffer is full. */
async function put(stream: WriteStream, text: string): Promise<void> {
  if (stream.write(text)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (e?: Error) => {
      stream.off('drain', done);
      stream.off('error', done);
      if (e) reject(e);
      else resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}

/** The `audit` subcommand; returns the exit status. */
export async function auditCommand(args: string[]): Promise<number> {
  let out: string | undefined;
  let workers: number | undefined;
  let progressWanted: boolean | undefined;
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--out') {
      out = args[++i];
      if (out === undefined || out.startsWith('--')) return usageError('Nach --out fehlt der Zielordner (missing output folder).');
    } else if (a.startsWith('--out=')) out = a.slice('--out='.length);
    else if (a === '--workers' || a.startsWith('--workers=')) {
      const v = a === '--workers' ? args[++i] : a.slice('--workers='.length);
      if (!v || !/^[1-9]\d{0,2}$/.test(v)) return usageError('Nach --workers fehlt die Zahl der Threads, z. B. --workers 2 (missing number of worker threads).');
      workers = Number(v);
    } else if (a === '--progress') progressWanted = true;
    else if (a === '--no-progress') progressWanted = false;
    else if (a.startsWith('--')) return usageError(`Unbekannte Angabe (unknown option): ${a}`);
    else dirs.push(a);
  }
  if (dirs.length !== 1) return usageError(dirs.length ? `Bitte nur einen Ordner angeben (one folder only): ${dirs.join(' ')}` : 'Welcher Ordner? (missing folder)');
  const dir = dirs[0]!;
  const info = await stat(dir).catch(() => null);
  if (!info) return usageError(`Den Ordner ${dir} gibt es nicht (folder not found).`);
  if (!info.isDirectory()) return usageError(`${dir} ist kein Ordner (not a folder).`);

  // plaene.csv is written row by row into a temporary file, renamed when the audit is complete
  let csv: WriteStream | undefined;
  const csvPath = out === undefined ? '' : join(out, OUTPUT_FILES.plans);
  const cannotWrite = (e: unknown) => {
    writeErr(`Klarplan: In den Zielordner ${out} lässt sich nicht schreiben (cannot write): ${(e as Error).message}\n`);
    return 2;
  };
  if (out !== undefined) {
    try {
      await mkdir(out, { recursive: true });
      csv = createWriteStream(`${csvPath}.tmp`);
      await new Promise<void>((resolve, reject) => { csv!.once('open', () => resolve()); csv!.once('error', reject); });
      await put(csv, plansCsvHeader());
    } catch (e) {
      return cannotWrite(e);
    }
  }

  const interval = Number(process.env.KLARPLAN_PROGRESS_INTERVAL_MS) || PROGRESS_INTERVAL_MS;
  const progress = (progressWanted ?? !!process.stderr.isTTY) ? new Progress(writeErr, interval) : undefined;
  let summary: AuditSummary;
  try {
    summary = await auditFolder(dir, {
      workers,
      progress,
      onSkip: (source, reason) => writeErr(`Klarplan: nicht gelesen (skipped): ${sourceLabel(source)}: ${reason}\n`),
      onCsv: csv ? (lines) => put(csv!, lines) : undefined,
    });
  } catch (e) {
    if (csv) {
      csv.destroy();
      await rm(`${csvPath}.tmp`, { force: true });
    }
    throw e;
  } finally {
    progress?.stop();
  }

  if (out === undefined || !csv) {
    await writeOut(formatMarkdown(summary, { folder: dir }));
    return 0;
  }
  const files: Array<[string, string]> = [
    [OUTPUT_FILES.report, formatMarkdown(summary, { folder: dir, chart: OUTPUT_FILES.chart })],
    [OUTPUT_FILES.categories, formatCategoriesCsv(summary)],
    [OUTPUT_FILES.chart, formatChartSvg(summary)],
  ];
  try {
    await new Promise<void>((resolve, reject) => csv!.end((e?: Error | null) => (e ? reject(e) : resolve())));
    await rename(`${csvPath}.tmp`, csvPath);
    for (const [name, text] of files) await writeFile(join(out, name), text, 'utf8');
  } catch (e) {
    return cannotWrite(e);
  }
  const written = [OUTPUT_FILES.report, OUTPUT_FILES.categories, OUTPUT_FILES.plans, OUTPUT_FILES.chart].map((name) => join(out, name));
  await writeOut(
    `Klarplan-Auswertung: ${deInt(summary.plans)} ${summary.plans === 1 ? 'Plan' : 'Pläne'} ausgewertet` +
      `${summary.skippedCount ? `, ${deInt(summary.skippedCount)} nicht gelesen` : ''}.\n` +
      `Geschrieben: ${written.join(', ')}\n`,
  );
  return 0;
}
