/**
 * The audit's threads: the main thread and worker threads, each with the language data loaded once, audit batches
 * of plans. A batch goes to the worker with the least work waiting; when every worker has two batches waiting,
 * the main thread audits it itself (so N threads use N cores, and there is one copy of the language data fewer
 * than with N workers beside an idle main thread). Each thread adds up its own rows (an Audit of its own); only
 * small results cross threads, and at the end each worker sends what it added up, to be merged.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Audit, AuditState } from '../audit/audit';
import { auditBatch, type AuditItem, type BatchOptions, type BatchResult } from './audit-batch';

export interface BatchRunner {
  run(items: AuditItem[]): Promise<BatchResult>;
  /** Ends the threads; returns what the workers added up (the calling thread's rows are in its own Audit already). */
  close(): Promise<AuditState[]>;
}

/** One core: batches run in the calling thread, into `audit` (the caller has loaded the language data). */
export function inProcess(options: BatchOptions, audit: Audit): BatchRunner {
  return { run: async (items) => auditBatch(items, options, audit), close: async () => [] };
}

interface Slot {
  worker: Worker;
  waiting: Map<number, { resolve: (r: BatchResult) => void; reject: (e: Error) => void }>;
  final?: (s: AuditState) => void;
}

// The worker is TypeScript. It is bundled once per run into one JavaScript file (esbuild, which tsx runs on too;
// the packages stay outside and load from node_modules), so a worker thread needs no TypeScript loader of its own:
// tsx's loader would start a loader thread per worker, about 60 MB and a second of start-up each. Where that fails,
// the worker's plain entry registers tsx in the thread instead.
const WORKER_ENTRY = new URL('./audit-worker.ts', import.meta.url);
const TSX_WORKER_URL = new URL('./audit-worker.mjs', import.meta.url);
const BUNDLE_DIR = new URL('../node_modules/.cache/klarplan/', import.meta.url);

/** The worker as one JavaScript file, and how to remove it; the tsx entry where bundling is not possible. */
async function workerScript(): Promise<{ url: URL; remove: () => Promise<void> }> {
  try {
    const { build } = await import('esbuild');
    await mkdir(BUNDLE_DIR, { recursive: true });
    const url = new URL(`audit-worker-${process.pid}-${randomUUID()}.mjs`, BUNDLE_DIR);
    await build({ entryPoints: [fileURLToPath(WORKER_ENTRY)], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: fileURLToPath(url), logLevel: 'silent' });
    return { url, remove: () => rm(url, { force: true }) };
  } catch {
    return { url: TSX_WORKER_URL, remove: async () => undefined };
  }
}

/**
 * `count` worker threads, started and ready (language data loaded). With `main`, the calling thread audits
 * batches too, into that Audit, when the workers are busy (it must have loaded the language data).
 */
export async function workerPool(count: number, options: BatchOptions, main?: Audit): Promise<BatchRunner> {
  let nextId = 0;
  let failed: Error | null = null;
  let closing = false;
  const slots: Slot[] = [];
  const script = await workerScript();
  const fail = (e: Error) => {
    failed ??= e;
    for (const s of slots) for (const w of s.waiting.values()) w.reject(e);
  };
  const started = Promise.all(
    Array.from({ length: count }, () =>
      new Promise<void>((ready, reject) => {
        const worker = new Worker(script.url, { workerData: options });
        const slot: Slot = { worker, waiting: new Map() };
        slots.push(slot);
        worker.on('message', (m: { ready?: true; id?: number; result?: BatchResult; state?: AuditState }) => {
          if (m.ready) return ready();
          if (m.state) return slot.final?.(m.state);
          const w = slot.waiting.get(m.id!);
          slot.waiting.delete(m.id!);
          w?.resolve(m.result!);
        });
        worker.on('error', (e) => { reject(e); fail(e); });
        worker.on('exit', (code) => {
          if (!closing) fail(new Error(`Auswertungs-Thread unerwartet beendet, Code ${code} (worker exited)`));
        });
      }),
    ),
  );
  // once every worker has loaded it (or failed to), the bundle is not needed any more
  await started.finally(script.remove);
  const here = main && inProcess(options, main);
  return {
    run(items) {
      if (failed) return Promise.reject(failed);
      const slot = slots.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      if (here && slot.waiting.size >= 2) return here.run(items);
      const id = nextId++;
      return new Promise<BatchResult>((resolve, reject) => {
        slot.waiting.set(id, { resolve, reject });
        slot.worker.postMessage({ id, items });
      });
    },
    async close() {
      const states = failed
        ? []
        : await Promise.all(slots.map((s) => new Promise<AuditState>((resolve) => { s.final = resolve; s.worker.postMessage({ final: true }); })));
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
      return states;
    },
  };
}
