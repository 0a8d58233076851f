/**
 * The user's own site profiles: fields Klarplan found in a plan but could not place under a heading, assigned
 * to one in the panel ("So liest Klarplan den Plan"). Kept in storage.local as field identity → section per
 * site (a CSS selector built from the page's structure, fields/identity.ts) — never the field's text, nor its
 * label. The background hands a page agent the profile for its page (`ownProfileFor`); the agent asks again when
 * they change.
 */
import type { SectionKey } from '../core/plan';
import { SiteProfilesSchema, profileFor, type SiteProfile } from '../fields/profiles';

import { OWN_PROFILES_KEY } from './own-profiles';

export { OWN_PROFILES_KEY } from './own-profiles';

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The stored profiles, validated; an invalid store counts as none (it is the user's, never an error shown to them). */
export function parseOwnProfiles(raw: unknown): SiteProfile[] {
  const r = SiteProfilesSchema.safeParse(raw ?? []);
  return r.success ? r.data : [];
}

/** The profiles after assigning one field of the site (match pattern) to a section; a field assigned again moves. */
export function withAssignment(profiles: readonly SiteProfile[], pattern: string, selector: string, section: SectionKey): SiteProfile[] {
  const id = `eigene:${pattern}`;
  const mine = profiles.find((p) => p.id === id);
  const fields = [...(mine?.fields ?? []).filter((f) => f.selector !== selector), { selector, section }];
  const profile: SiteProfile = { id, name: `Eigene Zuordnung (${pattern})`, match: [pattern], fields };
  // the user's profile for the site stands first: it wins over an administrator's for the same page
  return [profile, ...profiles.filter((p) => p.id !== id)];
}

/** The user's profile for a page (the first whose patterns match its address), from what is stored; null when none. */
export async function ownProfileFor(area: StorageArea, url: string): Promise<SiteProfile | null> {
  return profileFor(url, await loadOwnProfiles(area));
}

export async function loadOwnProfiles(area: StorageArea): Promise<SiteProfile[]> {
  return parseOwnProfiles((await area.get(OWN_PROFILES_KEY))[OWN_PROFILES_KEY]);
}

export async function assignField(area: StorageArea, pattern: string, selector: string, section: SectionKey): Promise<void> {
  const next = withAssignment(await loadOwnProfiles(area), pattern, selector, section);
  await area.set({ [OWN_PROFILES_KEY]: next });
}

