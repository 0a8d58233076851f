import { describe, expect, it } from 'vitest';
import { FramePlans } from '../../browser/frame-plans';
import { OWN_PROFILES_KEY, assignField, ownProfileFor, parseOwnProfiles, withAssignment } from '../../browser/site-profiles';
import { readPage } from '../../fields/snapshot';
import type { PageField, PagePlan } from '../../fields/types';
import { page } from '../fields/dom';

const field = (id: string, text: string): PageField => ({ id, kind: 'textarea', section: 'ziel', label: 'Mein Ziel', text, entries: [{ text, start: 0 }] });

describe('one tab, several page agents', () => {
  it('the page\'s fields first, then the frame\'s; the frame notice goes once the frame reports', () => {
    const fp = new FramePlans();
    const top: PagePlan = { url: 'https://portal.example/akte', fields: [field('kp-a-1', 'oben')], notices: [{ kind: 'frame', origin: 'https://fachverfahren.example' }] };
    expect(fp.update(7, 0, top).notices).toEqual([{ kind: 'frame', origin: 'https://fachverfahren.example' }]);
    const merged = fp.update(7, 12, { url: 'https://fachverfahren.example/kp/1', fields: [field('kp-b-1', 'im Rahmen')] });
    expect(merged.url).toBe(top.url);
    expect(merged.fields.map((f) => f.text)).toEqual(['oben', 'im Rahmen']);
    expect(merged.notices ?? []).toEqual([]);
    // the page again (typing): the frame's part stays
    expect(fp.update(7, undefined, { ...top, fields: [field('kp-a-1', 'oben!')] }).fields.map((f) => f.text)).toEqual(['oben!', 'im Rahmen']);
    // another page in the tab: the old frame's part goes
    expect(fp.update(7, 0, { url: 'https://portal.example/andere', fields: [] }).fields).toEqual([]);
  });

  it('another tab starts afresh', () => {
    const fp = new FramePlans();
    fp.update(1, 3, { url: 'https://a.example/', fields: [field('x', 'a')] });
    expect(fp.update(2, 0, { url: 'https://b.example/', fields: [] }).fields).toEqual([]);
  });
});

describe('a field assigned for the site', () => {
  it('is kept as identity → section, read back as a profile that places the field', async () => {
    const store: Record<string, unknown> = {};
    const area = { get: async (k: string) => ({ [k]: store[k] }), set: async (items: Record<string, unknown>) => void Object.assign(store, items) };
    await assignField(area, 'https://fallakte.example.de/*', '#erg', 'sonstiges');
    await assignField(area, 'https://fallakte.example.de/*', '#erg', 'dritte'); // assigned again: it moves
    const profiles = parseOwnProfiles(store[OWN_PROFILES_KEY]);
    expect(profiles).toHaveLength(1);
    expect(profiles[0]!.fields).toEqual([{ selector: '#erg', section: 'dritte' }]);
    expect(JSON.stringify(store)).not.toMatch(/Ergänzung|Caritas/); // no label, no text

    const p = page('<h3>Mein Ziel</h3><textarea>Ich arbeite.</textarea><div><label for="erg">Ergänzung</label><textarea id="erg">Die Caritas hilft.</textarea></div>');
    const before = readPage(p.doc, p.url);
    expect(before.fields.map((f) => f.section)).toEqual(['ziel', 'ziel']); // the heading above names it "Ziel"
    const after = readPage(p.doc, p.url, profiles);
    expect(after.fields.map((f) => [f.section, f.text])).toEqual([['ziel', 'Ich arbeite.'], ['dritte', 'Die Caritas hilft.']]);
  });

  it('an invalid store counts as none; other sites keep theirs', () => {
    expect(parseOwnProfiles({ nonsense: true })).toEqual([]);
    const two = withAssignment(withAssignment([], 'https://a.example/*', '#x', 'ziel'), 'https://b.example/*', '#y', 'schritte');
    expect(two.map((p) => p.match)).toEqual([['https://b.example/*'], ['https://a.example/*']]);
  });

  it('the background hands a page its own profile (matched by the address), none for other sites or a broken store', async () => {
    const store: Record<string, unknown> = {};
    const area = { get: async (k: string) => ({ [k]: store[k] }), set: async (items: Record<string, unknown>) => void Object.assign(store, items) };
    await assignField(area, 'https://fallakte.example.de/*', '#erg', 'dritte');
    expect((await ownProfileFor(area, 'https://fallakte.example.de/akte/7?tab=kp'))?.fields).toEqual([{ selector: '#erg', section: 'dritte' }]);
    expect(await ownProfileFor(area, 'https://andere.example.de/akte/7')).toBeNull();
    store[OWN_PROFILES_KEY] = [{ id: 'x', name: 'y', match: ['kein Muster'], fields: [{ selector: '#a', section: 'ziel' }] }];
    expect(await ownProfileFor(area, 'https://fallakte.example.de/akte/7')).toBeNull();
  });
});
