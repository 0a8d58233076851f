/**
 * The command line's I/O seam: writing to stdout so that nothing is lost in a pipe, and reading plan text as
 * editors and exports save it — byte by byte, so that a byte-order mark, CRLF line ends, invalid UTF-8 and
 * oversized lines are each handled per line instead of failing (or filling memory) for the whole input.
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';

/**
 * The largest plan Klarplan reads: one JSONL line or one JSON file. A one-page Kooperationsplan is a few KB;
 * the project's largest test plan (50,000 characters, 612 entries) is about 60 KB. A longer line gets an error
 * result of its own and is never held in memory whole.
 */
export const MAX_PLAN_BYTES = 1024 * 1024;

/** Raised by `writeOut` when the reader of stdout has gone away (EPIPE): nothing more can be delivered. */
export class StdoutClosed extends Error {
  constructor() {
    super('stdout closed');
  }
}

let stdoutClosed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') stdoutClosed = true;
  else throw e;
});

/**
 * Writes to stdout and waits while the pipe is full, so a slow reader gets every byte and memory stays flat.
 * Exit codes are set with `process.exitCode`, never `process.exit()`, so Node flushes what is still queued.
 */
export async function writeOut(text: string): Promise<void> {
  if (stdoutClosed) throw new StdoutClosed();
  if (!text) return;
  if (process.stdout.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      process.stdout.off('drain', done);
      process.stdout.off('close', done);
      process.stdout.off('error', done);
      resolve();
    };
    process.stdout.on('drain', done);
    process.stdout.on('close', done);
    process.stdout.on('error', done);
  });
  if (stdoutClosed) throw new StdoutClosed();
}

let stderrClosed = false;
process.stderr.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') stderrClosed = true;
  else throw e;
});

/** Messages and progress on stderr; when its reader has gone away, they are dropped and the run goes on. */
export function writeErr(text: string): void {
  if (!stderrClosed) process.stderr.write(text);
}

/** One line of input: its text, or why it cannot be read. */
export type InputLine = { no: number; bytes: number; text: string; error?: undefined } | { no: number; bytes: number; text?: undefined; error: string };

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** 1-based byte position of the first byte that is not valid UTF-8 (overlong forms and surrogates included). */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i + 1;
    if (i + need >= b.length + (need ? 0 : 1)) return i + 1;
    for (let k = 1; k <= need; k++) {
      const x = b[i + k]!;
      let lo = 0x80, hi = 0xbf;
      if (k === 1 && c === 0xe0) lo = 0xa0;
      if (k === 1 && c === 0xed) hi = 0x9f;
      if (k === 1 && c === 0xf0) lo = 0x90;
      if (k === 1 && c === 0xf4) hi = 0x8f;
      if (x < lo || x > hi) return i + 1;
    }
    i += need + 1;
  }
  return 0;
}

const deInt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Decodes one line or file: BOM dropped, strict UTF-8. */
export function decodePlanText(buf: Uint8Array): { text: string } | { error: string } {
  let b = buf;
  if (b.length >= 3 && b[0] === BOM[0] && b[1] === BOM[1] && b[2] === BOM[2]) b = b.subarray(3);
  try {
    return { text: utf8.decode(b) };
  } catch {
    return { error: `kein gültiges UTF-8 (invalid UTF-8) an Byte ${deInt(firstInvalidUtf8(b))}; bitte als UTF-8 speichern` };
  }
}

export function tooLarge(bytes: number, max = MAX_PLAN_BYTES): string {
  return `zu groß (too large): ${deInt(bytes)} Bytes; ein Plan darf höchstens ${deInt(max)} Bytes haben – nicht geprüft`;
}

/**
 * The lines of a byte stream (LF or CRLF; a BOM at the start of any line is dropped), each decoded strictly as
 * UTF-8. A line longer than `max` bytes is not kept: its bytes are counted and dropped, and it comes out as an
 * error. Blank lines are passed on too (with their number), so callers count lines as a text editor does.
 */
export async function* readLines(input: Readable, max = MAX_PLAN_BYTES): AsyncGenerator<InputLine> {
  for await (const batch of readLineBatches(input, max)) yield* batch;
}

/** As `readLines`, but the lines that each chunk of input completes come as one batch (for one write per chunk). */
export async function* readLineBatches(input: Readable, max = MAX_PLAN_BYTES): AsyncGenerator<InputLine[]> {
  let parts: Buffer[] = [];
  let held = 0; // bytes in parts
  let length = 0; // bytes of the current line, also those dropped
  let no = 0;
  const finish = (): InputLine => {
    no++;
    const bytes = length;
    if (length > max) {
      parts = [];
      held = length = 0;
      return { no, bytes, error: tooLarge(bytes, max) };
    }
    let line = parts.length === 1 ? parts[0]! : Buffer.concat(parts, held);
    parts = [];
    held = length = 0;
    if (line.length && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    const d = decodePlanText(line);
    return 'text' in d ? { no, bytes, text: d.text } : { no, bytes, error: d.error };
  };
  const keep = (b: Buffer) => {
    length += b.length;
    if (length > max) {
      parts = [];
      held = 0;
    } else if (b.length) {
      parts.push(b);
      held += b.length;
    }
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    const batch: InputLine[] = [];
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      keep(buf.subarray(from, nl));
      batch.push(finish());
      from = nl + 1;
    }
    // copy the rest: a subarray would keep the whole chunk alive
    if (from < buf.length) keep(from === 0 ? buf : Buffer.from(buf.subarray(from)));
    if (batch.length) yield batch;
  }
  if (length > 0) yield [finish()];
}

/**
 * A whole plan file, at most `max` bytes, decoded strictly; the error names what is wrong. Read with one buffer of
 * the file's own size (a stream would take 64 KB per file, which adds up over thousands of files).
 */
export async function readPlanFile(path: string, max = MAX_PLAN_BYTES): Promise<{ text: string; bytes: number } | { error: string }> {
  let buf: Buffer;
  try {
    const fh = await open(path, 'r');
    try {
      const info = await fh.stat();
      if (!info.isFile()) return { error: 'keine gewöhnliche Datei (not a regular file)' };
      if (info.size > max) return { error: tooLarge(info.size, max) };
      buf = Buffer.allocUnsafe(info.size);
      let got = 0;
      while (got < buf.length) {
        const { bytesRead } = await fh.read(buf, got, buf.length - got, got);
        if (!bytesRead) break;
        got += bytesRead;
      }
      buf = buf.subarray(0, got);
    } finally {
      await fh.close();
    }
  } catch (e) {
    return { error: `lässt sich nicht lesen (cannot read): ${(e as Error).message}` };
  }
  const d = decodePlanText(buf);
  return 'text' in d ? { text: d.text, bytes: buf.length } : { error: d.error };
}
