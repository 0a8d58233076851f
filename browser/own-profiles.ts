/**
 * The user's own site profiles as the page's content script reads them (see site-profiles.ts): the storage key and a
 * check of what is stored without the validation library (what is injected stays small).
 */
import { SECTION_KEYS, type SectionKey } from '../core/severity';
import { compileMatchPattern } from '../fields/profile-match';
import type { SiteProfile } from '../fields/profiles';

export const OWN_PROFILES_KEY = 'klarplan.profiles';

/**
 * The same check without the validation library, for the page's content script (what is injected stays small):
 * the shape `withAssignment` writes — id, name, match patterns that compile, fields with a selector and a heading.
 * Anything else counts as none. tests/site-profiles-check.test.ts holds it to `parseOwnProfiles`.
 */
export function checkOwnProfiles(raw: unknown): SiteProfile[] {
  if (!Array.isArray(raw)) return [];
  const out: SiteProfile[] = [];
  const ids = new Set<string>();
  const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= max;
  for (const p of raw as unknown[]) {
    if (!p || typeof p !== 'object') return [];
    const { id, name, match, fields } = p as Record<string, unknown>;
    if (!str(id, 100) || !str(name, 200) || ids.has(id.trim())) return [];
    if (!Array.isArray(match) || !match.length || !match.every((m) => typeof m === 'string' && compileMatchPattern(m) !== null)) return [];
    if (!Array.isArray(fields) || !fields.length) return [];
    const fs: SiteProfile['fields'] = [];
    for (const f of fields as unknown[]) {
      if (!f || typeof f !== 'object') return [];
      const { selector, section } = f as Record<string, unknown>;
      if (!str(selector, 1000) || Object.keys(f).some((k) => k !== 'selector' && k !== 'section')) return [];
      if (section !== null && !(SECTION_KEYS as readonly unknown[]).includes(section)) return [];
      fs.push({ selector: selector.trim(), section: section as SectionKey | null });
    }
    ids.add(id.trim());
    out.push({ id: id.trim(), name: name.trim(), match: match as string[], fields: fs });
  }
  return out;
}
