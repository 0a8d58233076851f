/**
 * A worker thread of `klarplan audit` (cli/audit-pool.ts): loads the language data once, audits batches into an
 * Audit of its own, and at the end sends what it added up.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Audit } from '../audit/audit';
import { loadLanguage } from '../checker/checker';
import { auditBatch, type AuditItem, type BatchOptions } from './audit-batch';

const port = parentPort!;
const options = workerData as BatchOptions;
const audit = new Audit(options.check);
await loadLanguage();
port.on('message', (m: { id: number; items: AuditItem[] } | { final: true }) => {
  if ('final' in m) port.postMessage({ state: audit.state() });
  else port.postMessage({ id: m.id, result: auditBatch(m.items, options, audit) });
});
port.postMessage({ ready: true });
