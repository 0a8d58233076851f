/**
 * The content script's own check of the user's site profiles (browser/own-profiles.ts, no validation library) agrees
 * with the panel's zod check (browser/site-profiles.ts `parseOwnProfiles`) on what `withAssignment` writes and on
 * broken or hostile stores.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOwnProfiles } from '../browser/own-profiles';
import { parseOwnProfiles, withAssignment } from '../browser/site-profiles';
import { SECTION_KEYS } from '../core/plan';

describe('own site profiles, checked in the page', () => {
  it('what the panel writes is read back the same', () => {
    let profiles = withAssignment([], 'https://fallakte.example.de/*', '#txtA', 'ziel');
    profiles = withAssignment(profiles, 'https://fallakte.example.de/*', 'form > textarea:nth-of-type(2)', null as never);
    profiles = withAssignment(profiles, 'https://andere.example/*', '#b', 'schritte');
    expect(checkOwnProfiles(profiles)).toEqual(parseOwnProfiles(profiles));
    expect(checkOwnProfiles(profiles)).toHaveLength(2);
  });

  it('a broken or hostile store counts as none, as in the panel', () => {
    for (const raw of [null, 'x', {}, [{}], [{ id: 'a', name: 'b', match: ['nicht-url'], fields: [{ selector: '#a', section: 'ziel' }] }],
      [{ id: 'a', name: 'b', match: ['https://x.example/*'], fields: [{ selector: '#a', section: 'unbekannt' }] }],
      [{ id: 'a', name: 'b', match: ['https://x.example/*'], fields: [] }]]) {
      expect(checkOwnProfiles(raw)).toEqual(parseOwnProfiles(raw));
    }
  });

  it('agrees with the zod check on arbitrary profiles of the written shape (property)', () => {
    const profile = fc.record({
      id: fc.string({ maxLength: 12 }),
      name: fc.string({ maxLength: 12 }),
      match: fc.array(fc.constantFrom('https://a.example/*', 'http://b.example:8080/*', 'nicht', '*://*/*'), { maxLength: 3 }),
      fields: fc.array(fc.record({ selector: fc.string({ maxLength: 8 }), section: fc.constantFrom<unknown>(...SECTION_KEYS, null, 'x') }), { maxLength: 3 }),
    });
    fc.assert(fc.property(fc.array(profile, { maxLength: 3 }), (raw) => {
      expect(checkOwnProfiles(raw)).toEqual(parseOwnProfiles(raw));
    }), { numRuns: 300 });
  });
});
