/**
 * The plans under a folder, read for the audit: `*.json` one plan per file, `*.jsonl` one plan per line
 * (streamed), recursively, in name order, in batches. Nothing here aborts the audit: a symbolic link (not
 * followed), a FIFO or other special file, a file or folder that cannot be read, a line too long or not UTF-8 —
 * each comes out as an item with its reason, for "Nicht gelesen". Folders starting with a dot (.git) are left
 * out, and so are files that are not plan files (notes, spreadsheets).
 *
 * All file access goes through `AuditFs`, so tests can make any call fail (as root, chmod 000 does not).
 */
import { createReadStream, type Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_PLAN_BYTES, readLineBatches, readPlanFile, type InputLine } from './io';
import type { AuditItem } from './audit-batch';

export interface AuditFs {
  readdir(path: string): Promise<Dirent[]>;
  readFile(path: string, max: number): Promise<{ text: string; bytes: number } | { error: string }>;
  lines(path: string, max: number): AsyncIterable<InputLine[]>;
  size(path: string): Promise<number>;
}

export const nodeFs: AuditFs = {
  readdir: (path) => readdir(path, { withFileTypes: true }),
  readFile: readPlanFile,
  lines: (path, max) => readLineBatches(createReadStream(path, { highWaterMark: 256 * 1024 }), max),
  size: async (path) => (await lstat(path)).size,
};

const PLAN_FILE = /\.jsonl?$/i;

/** Why a file system call failed, plainly. */
export function fsReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    EACCES: 'keine Leseberechtigung (permission denied)',
    EPERM: 'keine Leseberechtigung (permission denied)',
    ENOENT: 'während der Auswertung verschwunden (no longer there)',
    ELOOP: 'zu viele symbolische Verknüpfungen (too many links)',
    EIO: 'Lesefehler des Datenträgers (I/O error)',
  };
  return (err?.code && why[err.code]) ?? err?.message ?? String(e);
}

function special(e: Dirent): string | null {
  if (e.isSymbolicLink()) return 'symbolische Verknüpfung, ihr folgt die Auswertung nicht (symbolic link, not followed)';
  if (e.isFIFO()) return 'benannte Pipe (FIFO), keine gewöhnliche Datei (not a regular file)';
  if (e.isSocket()) return 'Socket, keine gewöhnliche Datei (not a regular file)';
  if (e.isCharacterDevice() || e.isBlockDevice()) return 'Gerätedatei, keine gewöhnliche Datei (not a regular file)';
  return null;
}

type Entry = { kind: 'dir' | 'json' | 'jsonl'; path: string; file: string } | { kind: 'skip'; file: string; reason: string };

/** The folder's entries as the audit sees them, depth first, in name order. */
async function* walk(fs: AuditFs, dir: string, rel: string): AsyncGenerator<Entry> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir);
  } catch (e) {
    yield { kind: 'skip', file: rel ? `${rel}/` : './', reason: `Ordner lässt sich nicht lesen (cannot read folder): ${fsReason(e)}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    const file = rel ? `${rel}/${e.name}` : e.name;
    const odd = special(e);
    if (odd) yield { kind: 'skip', file, reason: odd };
    else if (e.isDirectory()) {
      if (!e.name.startsWith('.')) yield* walk(fs, path, file);
    } else if (e.isFile() && PLAN_FILE.test(e.name)) yield { kind: /l$/i.test(e.name) ? 'jsonl' : 'json', path, file };
  }
}

/** The total size of the plan files under dir (for the progress line's time left); unreadable parts count 0. */
export async function planBytes(dir: string, fs: AuditFs = nodeFs): Promise<number> {
  let total = 0;
  for await (const e of walk(fs, dir, '')) if (e.kind !== 'skip' && e.kind !== 'dir') total += await fs.size(e.path).catch(() => 0);
  return total;
}

/**
 * Whether the plan files under dir add up to at most `limit` bytes. Stops looking as soon as they are more, so
 * it costs little on a big folder. (Below about 1 MB, starting worker threads takes longer than the audit.)
 */
export async function atMostBytes(dir: string, limit: number, fs: AuditFs = nodeFs): Promise<boolean> {
  let total = 0;
  for await (const e of walk(fs, dir, '')) {
    if (e.kind !== 'json' && e.kind !== 'jsonl') continue;
    total += await fs.size(e.path).catch(() => 0);
    if (total > limit) return false;
  }
  return true;
}

const BATCH_ITEMS = 128;
const BATCH_BYTES = 256 * 1024;

/** Every plan under dir as items, in batches of about BATCH_ITEMS plans or BATCH_BYTES. */
export async function* auditItems(dir: string, fs: AuditFs = nodeFs, max = MAX_PLAN_BYTES): AsyncGenerator<AuditItem[]> {
  let batch: AuditItem[] = [];
  let bytes = 0;
  const push = (item: AuditItem) => {
    batch.push(item);
    bytes += item.bytes;
  };
  const full = () => batch.length >= BATCH_ITEMS || bytes >= BATCH_BYTES;
  const take = () => {
    const b = batch;
    batch = [];
    bytes = 0;
    return b;
  };
  for await (const e of walk(fs, dir, '')) {
    if (e.kind === 'skip') push({ source: { file: e.file }, bytes: 0, error: e.reason });
    else if (e.kind === 'json') {
      const r = await fs.readFile(e.path, max);
      push('error' in r ? { source: { file: e.file }, bytes: 0, error: r.error } : { source: { file: e.file }, bytes: r.bytes, text: r.text });
    } else if (e.kind === 'jsonl') {
      try {
        for await (const lines of fs.lines(e.path, max)) {
          for (const l of lines) {
            const source = { file: e.file, line: l.no };
            if (l.error !== undefined) push({ source, bytes: l.bytes + 1, error: l.error });
            else if (l.text.trim()) push({ source, bytes: l.bytes + 1, text: l.text });
          }
          if (full()) yield take();
        }
      } catch (err) {
        push({ source: { file: e.file }, bytes: 0, error: `lässt sich nicht lesen (cannot read): ${fsReason(err)}` });
      }
    }
    if (full()) yield take();
  }
  if (batch.length) yield take();
}
