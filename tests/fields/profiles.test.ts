import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES, SiteProfilesSchema, compileMatchPattern, parseProfiles, profileFor, type SiteProfile } from '../../fields/profiles';

/** The example profile of the documentation: a made-up case-management system. */
const EXAMPLE_PROFILE: SiteProfile = {
  id: 'beispiel-cm',
  name: 'Beispiel-Fallmanagement',
  match: ['https://*.fallakte.example.de/plan/*', '*://cm.example.org/*'],
  fields: [
    { selector: '#txtZiel', section: 'ziel' },
    { selector: '#gridSchritte tr .schritt', section: 'schritte', container: 'tr', ownerSelector: 'select.wer', dueSelector: 'input.bis' },
    { selector: '#txtInternerVermerk', section: null },
  ],
};

describe('site profiles are validated data', () => {
  it('the built-in list is empty and valid', () => {
    expect(BUILTIN_PROFILES).toEqual([]);
    expect(SiteProfilesSchema.safeParse(BUILTIN_PROFILES).success).toBe(true);
  });

  it('accepts the example profile', () => {
    expect(parseProfiles([EXAMPLE_PROFILE])).toEqual({ ok: true, profiles: [EXAMPLE_PROFILE] });
  });

  it.each([
    ['an unknown section', { ...EXAMPLE_PROFILE, fields: [{ selector: '#x', section: 'ziele' }] }, 'fields.0.section'],
    ['an empty selector', { ...EXAMPLE_PROFILE, fields: [{ selector: ' ', section: 'ziel' }] }, 'fields.0.selector'],
    ['no fields', { ...EXAMPLE_PROFILE, fields: [] }, 'fields'],
    ['a bad URL pattern', { ...EXAMPLE_PROFILE, match: ['fallakte.example.de'] }, 'match.0'],
    ['a pattern with a port', { ...EXAMPLE_PROFILE, match: ['https://cm.example.org:8443/*'] }, 'match.0'],
    ['an unknown key', { ...EXAMPLE_PROFILE, script: 'alert(1)' }, ''],
  ])('rejects %s', (_name, profile, path) => {
    const r = parseProfiles([profile]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(path ? `0.${path}` : '0');
  });

  it('rejects duplicate ids', () => {
    expect(parseProfiles([EXAMPLE_PROFILE, EXAMPLE_PROFILE]).ok).toBe(false);
  });
});

describe('which profile applies to a URL', () => {
  it.each([
    ['https://bezirk1.fallakte.example.de/plan/4711', 'beispiel-cm'],
    ['https://fallakte.example.de/plan/4711?tab=2', 'beispiel-cm'],
    ['https://bezirk1.fallakte.example.de/akte/4711', null],
    ['http://cm.example.org:8080/anything', 'beispiel-cm'],
    ['https://evil.example.com/?u=https://cm.example.org/', null],
    ['https://fallakte.example.de.evil.com/plan/1', null],
    ['not a url', null],
  ])('%s → %s', (url, id) => {
    expect(profileFor(url, [EXAMPLE_PROFILE])?.id ?? null).toBe(id);
  });

  it('match patterns as in a manifest', () => {
    const test = (p: string, u: string) => compileMatchPattern(p)?.(new URL(u)) ?? 'invalid';
    expect(test('<all_urls>', 'http://127.0.0.1:3000/x')).toBe(true);
    expect(test('http://localhost/*', 'http://localhost:5173/demo.html')).toBe(true);
    expect(test('https://*/*', 'http://a.de/')).toBe(false);
    expect(test('file:///*', 'file:///home/plan.html')).toBe(true);
    expect(test('https://a.*.de/*', 'https://a.b.de/')).toBe('invalid');
  });
});
