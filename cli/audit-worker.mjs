// The entry of an audit worker thread. The audit is TypeScript: in a worker thread tsx's loader has to be
// registered again (the main thread's loader hooks do not reach it), then the worker proper is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./audit-worker.ts');
