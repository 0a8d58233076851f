/**
 * The E2E tests' page server: serves the built fixture pages (build-pages.ts) on 127.0.0.1 at a free port,
 * with `/__log` for the pages to report events (ready, framework change notifications, errors).
 * Plain node:http, no dependencies.
 *
 *   POST /__log   body: one JSON object → appended to the log (204)
 *   GET  /__log   → the log as a JSON array
 *   DELETE /__log → clears the log (204)
 *
 *   npx tsx tests/e2e/server.ts <dir>   # serves a built folder until Ctrl+C (for looking at the pages)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LogEntry {
  page?: string;
  type?: string;
  [key: string]: unknown;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  /** The absolute URL of a path on the server (`url('/textarea.html')`). */
  url(path: string): string;
  /** Everything the pages posted to /__log, oldest first (a copy). */
  log(): LogEntry[];
  clearLog(): void;
  /** Every path the server was asked for, oldest first. */
  served(): string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function startServer(root: string): Promise<TestServer> {
  const base = resolve(root);
  const entries: LogEntry[] = [];
  const served: string[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    served.push(url.pathname);
    res.setHeader('cache-control', 'no-store');
    if (url.pathname === '/__log') {
      if (req.method === 'POST') {
        const body = await readBody(req);
        try {
          const parsed: unknown = JSON.parse(body);
          entries.push(parsed && typeof parsed === 'object' ? (parsed as LogEntry) : { value: parsed });
        } catch {
          entries.push({ type: 'unparsed', body });
        }
        res.writeHead(204).end();
      } else if (req.method === 'DELETE') {
        entries.length = 0;
        res.writeHead(204).end();
      } else {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(entries));
      }
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const path = normalize(join(base, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${url.pathname}`);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => new URL(path, origin).href,
    log: () => entries.map((e) => ({ ...e })),
    clearLog: () => void (entries.length = 0),
    served: () => [...served],
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: tsx tests/e2e/server.ts <built pages dir>  (see build-pages.ts)');
    process.exit(2);
  }
  const server = await startServer(dir);
  console.log(`serving ${dir} at ${server.origin}/`);
}
