/**
 * The layers of the code, as the folders show them, and which way they may depend (README, "Where things live").
 * Every import of the project's own code is checked against this table, and the checker's folders against the purity
 * rule: no DOM, no browser API, no Node API, so the extension, the command line and the tests run the same code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Folder → the folders of ours it may import from (besides itself). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  language: [],
  core: ['language'],
  rules: ['core', 'language'],
  checker: ['rules', 'core', 'language'],
  audit: ['checker', 'rules', 'core', 'language'],
  messages: ['core'],
  speech: ['messages', 'core', 'language'],
  translation: ['checker', 'rules', 'core', 'language'],
  examples: ['core'],
  fields: ['core', 'language'],
  browser: ['fields', 'messages', 'speech', 'translation', 'checker', 'rules', 'core', 'language'],
  components: ['browser', 'fields', 'messages', 'speech', 'translation', 'audit', 'checker', 'rules', 'core', 'language', 'examples'],
  entrypoints: ['components', 'browser', 'fields', 'messages', 'speech', 'translation', 'audit', 'checker', 'rules', 'core', 'language', 'examples'],
  cli: ['audit', 'checker', 'rules', 'core', 'language', 'examples'],
};

/** The checker and what is built on it without a browser: pure TypeScript. */
const PURE = ['language', 'core', 'rules', 'checker', 'audit', 'messages', 'speech', 'translation', 'examples'];
const NOT_IN_PURE_CODE = /\b(?:document|window|navigator|localStorage|sessionStorage|chrome|browser)\s*[.[]/;
const PURE_PACKAGES = new Set(['zod', 'chrono-node', 'de-compromise']);
/** More that one pure layer may use: the audit's CSV writer, csv-stringify's sync API (pure JavaScript, no Node API). */
const PURE_EXTRA: Record<string, readonly string[]> = { audit: ['csv-stringify/sync'] };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const withoutComments = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const specifiers = (src: string) => [...src.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

const FILES = Object.keys(MAY_IMPORT).flatMap((layer) => sources(layer).map((file) => ({ layer, file })));

describe('layers: each folder imports only from the folders below it', () => {
  it('covers every folder with code (a new top-level folder needs a line in the table)', () => {
    const top = readdirSync('.').filter((d) => statSync(d).isDirectory() && !d.startsWith('.') && !['node_modules', 'tests', 'bench', 'scripts', 'public', 'docs'].includes(d));
    expect(top.sort()).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it.each(FILES)('$file', ({ layer, file }) => {
    const src = withoutComments(readFileSync(file, 'utf8'));
    const wrong: string[] = [];
    for (const spec of specifiers(src)) {
      if (spec.startsWith('.')) {
        const target = normalize(join(dirname(file), spec));
        const targetLayer = relative('.', target).split(/[\\/]/)[0]!;
        if (targetLayer !== layer && !MAY_IMPORT[layer]!.includes(targetLayer)) wrong.push(`${spec} (${targetLayer})`);
      } else if (PURE.includes(layer) && !PURE_PACKAGES.has(spec.split('/')[0]!) && !PURE_EXTRA[layer]?.includes(spec)) {
        wrong.push(`${spec} (a package the pure layers do not use)`);
      }
    }
    if (PURE.includes(layer) && NOT_IN_PURE_CODE.test(src)) wrong.push(`browser or DOM API: ${NOT_IN_PURE_CODE.exec(src)![0]}`);
    expect(wrong).toEqual([]);
  });
});

describe('no file of the project’s own code is over 500 lines', () => {
  it.each(FILES)('$file', ({ file }) => {
    expect(readFileSync(file, 'utf8').split('\n').length).toBeLessThanOrEqual(500);
  });
});
