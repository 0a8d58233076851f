/**
 * Site profiles: for case-management systems whose labels are not enough, which field is which section —
 * data, validated with zod, never code (the way Dark Reader keeps its site fixes).
 *
 * ```json
 * [{
 *   "id": "example-cm",
 *   "name": "Beispiel-Fallmanagement",
 *   "match": ["https://cm.example.org/plan/*"],
 *   "fields": [
 *     { "selector": "#txtZiel", "section": "ziel" },
 *     { "selector": "#gridSchritte tr input.schritt", "section": "schritte",
 *       "container": "tr", "ownerSelector": "select.wer", "dueSelector": "input.bis" },
 *     { "selector": "#txtInternerVermerk", "section": null }
 *   ]
 * }]
 * ```
 *
 * - `match`: WebExtension match patterns (`<all_urls>`, `*://*.example.org/path*`, `https://host/*`); any port matches.
 * - `selector`: a CSS selector for the field, its editor's container, or the element the editor replaced
 *   (`#txtZiel` still names a TinyMCE or CKEditor that replaced `<textarea id="txtZiel">`).
 * - `section`: one of the six sections, or null for a field that is no part of the plan.
 * - `container` (optional): the field's closest ancestor matching this selector is where `ownerSelector`
 *   and `dueSelector` are looked up (default: the field's table row or `role=row`, else its document).
 * - `ownerSelector`: the row's owner ("Kundin", "Jobcenter", "Dritte"); when it names one, it decides the section.
 * - `dueSelector`: the row's date (date input, "15.12.2026", "2026-12-15"), the entries' due date.
 * - `label` (optional): the text shown as the field's label in the side panel.
 *
 * A profile's selectors are honoured before any label. Selectors the browser does not understand match nothing.
 */
import { z } from 'zod';
import { SECTION_KEYS, type SectionKey } from '../core/plan';
import { compileMatchPattern } from './profile-match';

// Matching needs no validation library: the page agent imports it from profile-match.ts alone.
export { compileMatchPattern, profileFor } from './profile-match';

const Selector = z.string().trim().min(1, 'CSS-Selektor darf nicht leer sein (selector must not be empty)').max(1000);

export const ProfileFieldSchema = z
  .object({
    selector: Selector,
    section: z.enum(SECTION_KEYS).nullable(),
    container: Selector.optional(),
    ownerSelector: Selector.optional(),
    dueSelector: Selector.optional(),
    label: z.string().max(200).optional(),
  })
  .strict();

export const SiteProfileSchema = z
  .object({
    id: z.string().trim().min(1).max(100),
    name: z.string().trim().min(1).max(200),
    match: z
      .array(
        z.string().refine((p) => compileMatchPattern(p) !== null, {
          message: 'Ungültiges URL-Muster, z. B. "https://fallakte.example.de/*" (invalid match pattern)',
        }),
      )
      .min(1),
    fields: z.array(ProfileFieldSchema).min(1),
  })
  .strict();

export const SiteProfilesSchema = z.array(SiteProfileSchema).refine((list) => new Set(list.map((p) => p.id)).size === list.length, {
  message: 'Jede Profil-ID darf nur einmal vorkommen (profile ids must be unique)',
});

export type ProfileField = z.infer<typeof ProfileFieldSchema>;
export type SiteProfile = z.infer<typeof SiteProfileSchema>;

/** Klarplan's built-in profiles: none yet (labels carry the known systems); administrators add their own. */
export { BUILTIN_PROFILES } from './profile-match';

/** Validates profiles from settings or managed storage; invalid input gives the German/English zod message. */
export function parseProfiles(raw: unknown): { ok: true; profiles: SiteProfile[] } | { ok: false; error: string } {
  const r = SiteProfilesSchema.safeParse(raw);
  if (r.success) return { ok: true, profiles: r.data };
  return { ok: false, error: r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
}

/** What a profile says about one field. */
export interface ProfileMatch {
  field: ProfileField;
  section: SectionKey | null;
}
