/** A worker thread of `klarplan audit` (cli/audit-pool.ts): loads the language data once, then audits batches. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadLanguage } from '../checker/checker';
import { auditBatch, type AuditItem, type BatchOptions } from './audit-batch';

const port = parentPort!;
const options = workerData as BatchOptions;
await loadLanguage();
port.on('message', (m: { id: number; items: AuditItem[] }) => {
  port.postMessage({ id: m.id, result: auditBatch(m.items, options) });
});
port.postMessage({ ready: true });
