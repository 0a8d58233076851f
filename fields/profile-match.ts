/**
 * Which site profile applies to a page (fields/profiles.ts validates profiles with zod; matching needs no
 * validation library, so the page agent carries only this).
 */
import type { SiteProfile } from './profiles';

const SCHEMES = new Set(['*', 'http', 'https', 'file', 'ftp']);

/** Parses a WebExtension match pattern into a test on URLs; null when the pattern is not valid. */
export function compileMatchPattern(pattern: string): ((url: URL) => boolean) | null {
  if (pattern === '<all_urls>') return (u) => ['http:', 'https:', 'file:', 'ftp:'].includes(u.protocol);
  const m = /^([a-z*]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return null;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (!SCHEMES.has(scheme)) return null;
  if (scheme !== 'file' && !host) return null;
  if (host !== '*' && host.includes('*') && !(host.startsWith('*.') && !host.slice(2).includes('*'))) return null;
  if (host.includes(':')) return null; // match patterns carry no port
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const pathRe = new RegExp(`^${path.split('*').map(esc).join('.*')}$`);
  const bare = host.startsWith('*.') ? host.slice(2).toLowerCase() : host.toLowerCase();
  return (u) => {
    const proto = u.protocol.slice(0, -1);
    if (scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== scheme) return false;
    const h = u.hostname.toLowerCase();
    if (host !== '*' && !(h === bare || (host.startsWith('*.') && h.endsWith(`.${bare}`)))) return false;
    return pathRe.test(u.pathname + u.search);
  };
}

/** Klarplan's built-in profiles: none yet (labels carry the known systems); administrators add their own. */
export const BUILTIN_PROFILES: readonly SiteProfile[] = [];

/** The first profile whose patterns match the URL, or null. */
export function profileFor(url: string, profiles: readonly SiteProfile[]): SiteProfile | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  for (const p of profiles) {
    for (const pattern of p.match) {
      const test = compileMatchPattern(pattern);
      if (test?.(u)) return p;
    }
  }
  return null;
}

