/**
 * The audit's threads: the main thread and worker threads, each with the language data loaded once, audit batches
 * of plans. A batch goes to the worker with the least work waiting; when every worker has two batches waiting,
 * the main thread audits it itself (so N threads use N cores, and there is one copy of the language data fewer
 * than with N workers beside an idle main thread). Results come back per batch; the caller keeps them in input order.
 */
import { Worker } from 'node:worker_threads';
import { auditBatch, type AuditItem, type BatchOptions, type BatchResult } from './audit-batch';

export interface BatchRunner {
  run(items: AuditItem[]): Promise<BatchResult>;
  close(): Promise<void>;
}

/** One core: batches run in the main thread, one after the other (the caller has loaded the language data). */
export function inProcess(options: BatchOptions): BatchRunner {
  return { run: async (items) => auditBatch(items, options), close: async () => {} };
}

interface Slot {
  worker: Worker;
  waiting: Map<number, { resolve: (r: BatchResult) => void; reject: (e: Error) => void }>;
}

// The worker is TypeScript; its entry (plain JavaScript) registers tsx's loader in the new thread first.
const WORKER_URL = new URL('./audit-worker.mjs', import.meta.url);

/**
 * `count` worker threads, started and ready (language data loaded). With `shareMain` the calling thread audits
 * batches too when the workers are busy (it must have loaded the language data).
 */
export async function workerPool(count: number, options: BatchOptions, shareMain = false): Promise<BatchRunner> {
  let nextId = 0;
  let failed: Error | null = null;
  const slots: Slot[] = [];
  const fail = (e: Error) => {
    failed ??= e;
    for (const s of slots) for (const w of s.waiting.values()) w.reject(e);
  };
  await Promise.all(
    Array.from({ length: count }, () =>
      new Promise<void>((ready, reject) => {
        const worker = new Worker(WORKER_URL, { workerData: options });
        const slot: Slot = { worker, waiting: new Map() };
        slots.push(slot);
        worker.on('message', (m: { ready?: true; id?: number; result?: BatchResult }) => {
          if (m.ready) return ready();
          const w = slot.waiting.get(m.id!);
          slot.waiting.delete(m.id!);
          w?.resolve(m.result!);
        });
        worker.on('error', (e) => { reject(e); fail(e); });
        worker.on('exit', (code) => {
          if (code !== 0) fail(new Error(`Auswertungs-Thread beendet mit Code ${code} (worker exited)`));
        });
      }),
    ),
  );
  const here = inProcess(options);
  return {
    run(items) {
      if (failed) return Promise.reject(failed);
      const slot = slots.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      if (shareMain && slot.waiting.size >= 2) return here.run(items);
      const id = nextId++;
      return new Promise<BatchResult>((resolve, reject) => {
        slot.waiting.set(id, { resolve, reject });
        slot.worker.postMessage({ id, items });
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
