/**
 * The audit on hostile and awkward input, as a job centre's export folder can be: cells a spreadsheet would run as
 * formulas, file names that are Markdown or HTML, links, FIFOs, unreadable files and folders, oversized lines,
 * impossible dates. Nothing runs, nothing renders, nothing aborts, everything not read is named.
 *
 * Unreadable files: as root, chmod 000 does not stop reading. The CLI is then run with the two capabilities that
 * let root read anything dropped (setpriv), so the kernel refuses as it would for a case worker's account; the
 * same is also tested in-process by making the file system calls fail at the audit's I/O seam (cli/audit-sources.ts).
 */
import { spawnSync } from 'node:child_process';
import type { Dirent } from 'node:fs';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFolder } from '../cli/audit';
import { nodeFs, type AuditFs } from '../cli/audit-sources';
import { parseCsv } from './helpers/csv';

const GOOD = JSON.parse(readFileSync('tests/fixtures/cli/good.json', 'utf8'));
const asRoot = process.getuid?.() === 0;
let tmp: string;

/** The CLI as a user without the right to read everything: as root, with CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped. */
function klarplan(args: string[], unprivileged = false) {
  const cmd = [process.execPath, '--import', 'tsx', 'cli/klarplan.ts', ...args];
  const [exe, ...rest] = unprivileged && asRoot
    ? ['setpriv', '--inh-caps=-dac_override,-dac_read_search', '--bounding-set=-dac_override,-dac_read_search', '--', ...cmd]
    : cmd;
  const r = spawnSync(exe!, rest, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => { tmp = mkdtempSync(join(tmpdir(), 'klarplan-audit-safety-')); });
afterAll(() => {
  spawnSync('chmod', ['-R', 'u+rwx', tmp]);
  rmSync(tmp, { recursive: true, force: true });
});

describe('CSV: no cell a spreadsheet could run as a formula', () => {
  const IDS = [`A1;=cmd|' /C calc'!A0`, ' =1+1', '\t+1+2', 'x,=2+3', '@SUMME(A1:A9)', '-2+3', '＝1+1', 'gut', 'a; "=4"', 'Zeile\n=5'];
  let dir: string, out: string;
  beforeAll(() => {
    dir = join(tmp, 'formeln');
    out = join(tmp, 'formeln-bericht');
    mkdirSync(dir);
    writeFileSync(join(dir, 'export.jsonl'), IDS.map((id) => JSON.stringify({ ...GOOD, id })).join('\n') + '\n');
    writeFileSync(join(dir, '=HYPERLINK("https;x").json'), JSON.stringify(GOOD));
    writeFileSync(join(dir, '+1.json'), JSON.stringify(GOOD));
    expect(klarplan(['audit', dir, '--out', out]).code).toBe(0);
  }, 60_000);

  // a cell is a formula when it starts (after white space, or a stray quote of a quote-blind split) with one of
  // these; a leading ' makes it text
  const FORMULA = /^[\s"]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

  it('split the German way (;), the English way (,), or by hand without quotes: every piece starts harmlessly', () => {
    for (const name of ['plaene.csv', 'kategorien.csv']) {
      const text = readFileSync(join(out, name), 'utf8');
      const pieces = [
        ...parseCsv(text, ';').flat(),
        ...parseCsv(text.replace(/^\uFEFF/, '').split(/\r\n/).map((l) => l.replace(/"/g, '')).join('\r\n'), ',').flat(),
        ...text.split(/[;,\r\n]/),
      ];
      expect(pieces.length).toBeGreaterThan(50);
      for (const p of pieces) expect(FORMULA.test(p), `${name}: ${JSON.stringify(p)}`).toBe(false);
    }
  });

  it('keeps every row whole and every id readable', () => {
    const rows = parseCsv(readFileSync(join(out, 'plaene.csv'), 'utf8'));
    const header = rows[0]!;
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const ids = rows.slice(1).map((r) => r[header.indexOf('id')]!);
    expect(ids).toHaveLength(IDS.length + 2);
    expect(ids).toContain("A1;'=cmd|' /C calc'!A0");
    expect(ids).toContain(" '=1+1");
    expect(ids).toContain('gut');
    expect(rows.slice(1).map((r) => r[header.indexOf('datei')])).toContain(`'=HYPERLINK("https;x").json`);
  });

  it('is UTF-8 with a byte-order mark, CRLF and ; (as German Excel opens it)', () => {
    const bytes = readFileSync(join(out, 'kategorien.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFkategorie;titel;gewicht;plaene;anteil_prozent');
    expect(text).toMatch(/\r\nmissing-deadline;Zusage ohne Termin;Empfehlung;\d+;\d+(,\d)?\r\n/);
  });
});

describe('Markdown: names from the input are shown as text', () => {
  it('folder and file names that are image, link or HTML syntax render as text in a Markdown viewer', () => {
    const root = join(tmp, '![x](https:evil.example%2Fordner.png)');
    const evil = ['![x](https:evil.example%2Fx.png)', '<img src=x onerror=alert(1)>', '[klick](javascript:alert(1))', 'a|b`c'];
    for (const name of evil) {
      mkdirSync(join(root, name), { recursive: true });
      writeFileSync(join(root, name, `${name}.json`), '{"sections": <script>alert(1)</script>');
    }
    writeFileSync(join(root, 'gut.json'), JSON.stringify(GOOD));
    const r = klarplan(['audit', root]);
    expect(r.code).toBe(0);
    // a viewer that lets raw HTML through, the most dangerous kind
    const html = micromark(r.out, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true, allowDangerousProtocol: true });
    expect(html).not.toMatch(/<img|<a\s|<script|<[^>]*onerror/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('![x](https:evil.example%2Fx.png)');
    const table = html.slice(html.indexOf('<h2>Nicht gelesen</h2>'));
    const cells = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => (m[1]!.match(/<t[dh]/g) ?? []).length);
    expect(cells).toEqual([3, 3, 3, 3, 3]); // the header and the four broken files, each row whole
    expect(table).toContain('<code>a|b`c/a|b`c.json</code>');
  }, 60_000);
});

describe('"Nicht gelesen": every file the audit could not read, with the reason; never an abort', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(tmp, 'sonderfaelle');
    mkdirSync(join(dir, 'gesperrt'), { recursive: true });
    writeFileSync(join(dir, 'a-gut.json'), JSON.stringify({ ...GOOD, id: 'a' }));
    writeFileSync(join(dir, 'gesperrt', 'drin.json'), JSON.stringify(GOOD));
    writeFileSync(join(dir, 'geheim.json'), JSON.stringify(GOOD));
    writeFileSync(join(dir, 'z-gut.jsonl'), JSON.stringify({ ...GOOD, id: 'z' }) + '\n');
    symlinkSync(join(dir, 'a-gut.json'), join(dir, 'link.json'));
    symlinkSync(join(dir, 'gesperrt'), join(dir, 'link-ordner'));
    expect(spawnSync('mkfifo', [join(dir, 'pipe.jsonl')]).status).toBe(0);
    chmodSync(join(dir, 'gesperrt'), 0o000);
    chmodSync(join(dir, 'geheim.json'), 0o000);
  });

  it('links, a FIFO, an unreadable file and an unreadable folder (the CLI without the right to read everything)', () => {
    const r = klarplan(['audit', dir], true);
    expect(r.err).not.toMatch(/interner Fehler/);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Ausgewertet: 2 Pläne. Nicht gelesen: 5');
    const notRead = r.out.slice(r.out.indexOf('## Nicht gelesen'));
    expect(notRead).toMatch(/\| `geheim\.json` \| – \| lässt sich nicht lesen \\\(cannot read\\\): .*EACCES/);
    expect(notRead).toMatch(/\| `gesperrt\/` \| – \| Ordner lässt sich nicht lesen \\\(cannot read folder\\\): keine Leseberechtigung/);
    expect(notRead).toMatch(/\| `link\.json` \| – \| symbolische Verknüpfung, ihr folgt die Auswertung nicht/);
    expect(notRead).toMatch(/\| `link-ordner` \| – \| symbolische Verknüpfung/);
    expect(notRead).toMatch(/\| `pipe\.jsonl` \| – \| benannte Pipe \\\(FIFO\\\), keine gewöhnliche Datei/);
    expect(r.err.trim().split('\n')).toHaveLength(5);
  }, 60_000);

  it('the same through the I/O seam: a folder, a file and a JSONL stream whose calls fail', async () => {
    const denied = (path: string) => Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
    const fs: AuditFs = {
      ...nodeFs,
      readdir: async (path) => (path.endsWith('gesperrt') ? Promise.reject(denied(path)) : nodeFs.readdir(path)) as Promise<Dirent[]>,
      readFile: async (path, max) => (path.endsWith('geheim.json') ? { error: `lässt sich nicht lesen (cannot read): ${denied(path).message}` } : nodeFs.readFile(path, max)),
      lines: (path, max) =>
        path.endsWith('z-gut.jsonl')
          ? (async function* () {
              yield* nodeFs.lines(path, max);
              throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
            })()
          : nodeFs.lines(path, max),
    };
    chmodSync(join(dir, 'gesperrt'), 0o755);
    chmodSync(join(dir, 'geheim.json'), 0o644);
    try {
      const s = await auditFolder(dir, { fs, workers: 1 });
      expect(s.plans).toBe(2);
      expect(s.skipped.map((k) => `${k.source.file}: ${k.reason}`)).toEqual([
        expect.stringMatching(/^geheim\.json: lässt sich nicht lesen \(cannot read\): EACCES/),
        'gesperrt/: Ordner lässt sich nicht lesen (cannot read folder): keine Leseberechtigung (permission denied)',
        'link-ordner: symbolische Verknüpfung, ihr folgt die Auswertung nicht (symbolic link, not followed)',
        'link.json: symbolische Verknüpfung, ihr folgt die Auswertung nicht (symbolic link, not followed)',
        'pipe.jsonl: benannte Pipe (FIFO), keine gewöhnliche Datei (not a regular file)',
        'z-gut.jsonl: lässt sich nicht lesen (cannot read): Lesefehler des Datenträgers (I/O error)',
      ]);
    } finally {
      chmodSync(join(dir, 'gesperrt'), 0o000);
      chmodSync(join(dir, 'geheim.json'), 0o000);
    }
  }, 60_000);
});

describe('size limit and impossible dates in the audit', () => {
  it('a 50 MB line and a 2 MB plan file are named as too large; memory stays low; a `due` of 2026-02-30 is counted', () => {
    const dir = join(tmp, 'gross');
    mkdirSync(dir);
    const huge = JSON.stringify({ id: 'riesig', sections: { ziel: ['Ich möchte arbeiten. '.repeat(2_500_000)] } });
    writeFileSync(join(dir, 'export.jsonl'), [JSON.stringify({ ...GOOD, id: 'vorher' }), huge, JSON.stringify({ ...GOOD, id: 'nachher' })].join('\n') + '\n');
    writeFileSync(join(dir, 'gross.json'), JSON.stringify({ sections: { ziel: ['x'.repeat(2 * 1024 * 1024)] } }));
    writeFileSync(join(dir, 'tippfehler.json'), JSON.stringify({ ...GOOD, id: 'tippfehler', sections: { ...GOOD.sections, jobcenter: [{ text: 'Frau Lindner ruft mich an.', due: '2026-02-30' }] } }));
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', './tests/helpers/report-rss.mjs', 'cli/klarplan.ts', 'audit', dir, '--workers', '1'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Ausgewertet: 3 Pläne. Nicht gelesen: 2');
    expect(r.stdout).toMatch(/\| `export\.jsonl` \| 2 \| zu groß \\\(too large\\\): [\d.]+ Bytes; ein Plan darf höchstens 1\.048\.576 Bytes haben/);
    expect(r.stdout).toMatch(/\| `gross\.json` \| – \| zu groß \\\(too large\\\): 2\.097\.1\d\d Bytes; ein Plan darf höchstens 1\.048\.576 Bytes haben/);
    expect(r.stdout).toMatch(/\| Datum gibt es nicht \| `impossible-date` \| Wichtig \| 1 \|/);
    expect(Number(/maxrss-kb=(\d+)/.exec(r.stderr)![1]) / 1024).toBeLessThan(400);
  }, 60_000);
});
