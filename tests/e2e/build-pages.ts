/**
 * Builds the E2E fixture pages (tests/e2e/pages) into a folder outside the repository: each page's TS/TSX
 * entry bundled by esbuild (browser, iife, not minified), the HTML next to it, and the editors' own CSS and
 * skins copied from node_modules under /vendor. Everything the pages load is local: no CDN.
 *
 *   npx tsx tests/e2e/build-pages.ts [outDir]   # builds and prints the folder
 */
import { build } from 'esbuild';
import { cp, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const E2E_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(E2E_DIR, '../..');
export const PAGES_SRC = join(E2E_DIR, 'pages');
const NODE_MODULES = join(REPO_ROOT, 'node_modules');

/** Files copied from node_modules: [source, destination under the output folder]. */
const VENDOR: Array<[string, string]> = [
  ['ckeditor5/dist/ckeditor5.css', 'vendor/ckeditor5/ckeditor5.css'],
  ['quill/dist/quill.snow.css', 'vendor/quill/quill.snow.css'],
  ['tinymce/skins', 'vendor/tinymce/skins'],
];

/** The page entries: every .ts/.tsx directly in pages/ except the shared data module index.ts. */
export async function pageEntries(): Promise<string[]> {
  const names = await readdir(PAGES_SRC);
  return names.filter((n) => /\.tsx?$/.test(n) && !/^index\.tsx?$/.test(n) && !n.endsWith('.d.ts')).sort();
}

/**
 * Builds the pages into `outDir` (default: a new folder under the system's temp dir) and returns the folder.
 */
export async function buildPages(outDir?: string): Promise<string> {
  const out = outDir ?? (await mkdtemp(join(tmpdir(), 'klarplan-e2e-pages-')));
  await mkdir(out, { recursive: true });
  const entries = await pageEntries();
  const result = await build({
    entryPoints: entries.map((n) => join(PAGES_SRC, n)),
    outdir: out,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: false,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
    absWorkingDir: REPO_ROOT,
  });
  if (result.errors.length > 0) throw new Error(`fixture pages: ${result.errors.map((e) => e.text).join('; ')}`);

  const html = (await readdir(PAGES_SRC)).filter((n) => n.endsWith('.html'));
  await Promise.all([
    ...html.map((n) => cp(join(PAGES_SRC, n), join(out, n))),
    cp(join(PAGES_SRC, 'lib/fixture.css'), join(out, 'fixture.css')),
    ...VENDOR.map(([from, to]) => cp(join(NODE_MODULES, from), join(out, to), { recursive: true })),
  ]);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = await buildPages(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(dir);
}
