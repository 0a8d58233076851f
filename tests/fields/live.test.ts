/**
 * The page agent's incremental reading (fields/live.ts): the first read gives what readPage gives, and
 * afterwards a change costs what it touches — a clock or a status icon outside the plan costs no read at all,
 * typing re-reads the one field's text (its naming is kept), a changed label re-names its field only.
 * Counts, not timings: the speed is measured in a real browser (bench/page.bench.ts, tests/e2e/heavy-page).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LivePlan } from '../../fields/live';
import { profileFor } from '../../fields/profile-match';
import type { SiteProfile } from '../../fields/profiles';
import { readPage } from '../../fields/snapshot';
import type { PagePlan } from '../../fields/types';
import { byId, page, type TestPage } from './dom';

const SCREENS = join(__dirname, '../fixtures/screens');

async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

let live: LivePlan | null = null;
afterEach(() => {
  live?.stop();
  live = null;
});

function start(p: TestPage, opts: ConstructorParameters<typeof LivePlan>[2] = {}) {
  const seen: PagePlan[] = [];
  live = new LivePlan(p.doc, (plan) => seen.push(plan), { url: () => p.url, pollMs: 0, ...opts });
  return { live, seen };
}

const shape = (plan: PagePlan) => plan.fields.map((f) => [f.section, f.label, f.text]);

describe('the first read is the whole page, as readPage reads it', () => {
  const files = readdirSync(SCREENS).filter((f) => f.endsWith('.html'));
  it('has screens to compare', () => expect(files.length).toBeGreaterThan(5));
  for (const file of files) {
    it(file, async () => {
      const html = readFileSync(join(SCREENS, file), 'utf8');
      const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
      const p = page(body);
      const { live } = start(p);
      const plan = await live.start();
      expect(plan).toEqual(readPage(p.doc, p.url));
      expect(live.stats.fullReads).toBe(1);
    });
  }
});

describe('a site profile', () => {
  it('names the fields it lists, as readPage does with it', async () => {
    const profile: SiteProfile = { id: 'cm', name: 'CM', match: ['https://fallakte.example.de/*'], fields: [{ selector: '#txtA', section: 'ziel' }] };
    const p = page('<label for="txtA">Feld A</label><textarea id="txtA">Ich arbeite.</textarea>');
    const { live } = start(p, { profile: profileFor(p.url, [profile]) });
    const plan = await live.start();
    expect(plan).toEqual(readPage(p.doc, p.url, [profile]));
    expect(plan.fields.map((f) => [f.section, f.via])).toEqual([['ziel', 'profile']]);
  });
});

const FORM = `
  <header><span id="clock">Sitzung läuft ab in 14:59</span> <i id="icon" class="status ok"></i></header>
  <form>
    <div class="row"><label for="name">Name</label><input id="name" type="text" value="Muster"></div>
    <div class="row"><label for="feld2">Bemerkung</label><textarea id="feld2">Ich arbeite als Koch.</textarea><span id="autosave">Entwurf gespeichert</span></div>
    <div class="row"><label for="schritte">Meine nächsten Schritte</label><textarea id="schritte">Ich bewerbe mich.</textarea></div>
    <div id="more"></div>
  </form>`;

describe('after the first read, a change costs what it touches', () => {
  it('a clock, a status icon, a subtree without fields: no read, no message', async () => {
    const p = page(FORM);
    const { live, seen } = start(p);
    await live.start();
    const before = { ...live.stats };
    for (let i = 0; i < 10; i++) {
      byId(p.doc, 'clock').textContent = `Sitzung läuft ab in 14:${50 - i}`;
      (byId(p.doc, 'clock').firstChild as Text).data += ' min';
      byId(p.doc, 'icon').setAttribute('class', i % 2 ? 'status ok' : 'status busy');
      const note = p.doc.createElement('div');
      note.innerHTML = '<p>Neue Nachricht <b>1</b></p>';
      p.doc.body.append(note);
      note.remove();
      await pause(5);
    }
    await pause(80);
    expect(live.stats.namings).toBe(before.namings);
    expect(live.stats.textReads).toBe(before.textReads);
    expect(live.stats.updates).toBe(before.updates);
    expect(live.stats.ignored).toBeGreaterThan(0);
    expect(seen).toEqual([]);
  });

  it('typing re-reads the one field, its naming kept; an autosave note next to it names nothing anew', async () => {
    const p = page(FORM);
    const { live, seen } = start(p);
    await live.start();
    const namings = live.stats.namings;
    const ta = byId(p.doc, 'schritte') as HTMLTextAreaElement;
    ta.value = 'Ich bewerbe mich.\nIch gehe zur Beratung.';
    ta.dispatchEvent(new p.win.Event('input', { bubbles: true }));
    await until(() => seen.length === 1);
    expect(seen[0]!.fields.find((f) => f.section === 'schritte')!.entries.map((e) => e.text)).toEqual(['Ich bewerbe mich.', 'Ich gehe zur Beratung.']);
    expect(live.stats.namings).toBe(namings);
    for (let i = 0; i < 5; i++) {
      byId(p.doc, 'autosave').textContent = `Entwurf gespeichert um 10:0${i}`;
      await pause(5);
    }
    await pause(80);
    // the note stands after the goal field, before the steps row: at most that field is named again (its own label decided: none)
    expect(live.stats.namings - namings).toBe(0);
    expect(seen).toHaveLength(1);
  });

  it('typing in a field outside the plan reads nothing', async () => {
    const p = page(FORM);
    const { live, seen } = start(p);
    await live.start();
    const reads = live.stats.textReads;
    const name = byId(p.doc, 'name') as HTMLInputElement;
    name.value = 'Musterfrau';
    name.dispatchEvent(new p.win.Event('input', { bubbles: true }));
    await pause(80);
    expect(live.stats.textReads).toBe(reads);
    expect(seen).toEqual([]);
  });

  it('a label that changes re-names its field only', async () => {
    const p = page(FORM);
    const { live, seen } = start(p);
    const first = await live.start();
    expect(shape(first).map((s) => s[0])).toEqual(['schritte']);
    const namings = live.stats.namings;
    p.doc.querySelector('label[for=feld2]')!.textContent = 'Mein Ziel';
    await until(() => seen.length === 1);
    expect(shape(seen[0]!)).toEqual(shape(readPage(p.doc, p.url)));
    expect(seen[0]!.fields.map((f) => f.section)).toEqual(['ziel', 'schritte']);
    expect(live.stats.namings - namings).toBe(1);
  });

  it('text next to a field (no label) that changes re-names the fields it stands before', async () => {
    const p = page('<form><div>Bemerkung <textarea id="a">Ich lerne.</textarea></div><div>Name <input id="b" value="x"></div></form>');
    const { live, seen } = start(p);
    expect((await live.start()).fields).toEqual([]);
    const namings = live.stats.namings;
    (byId(p.doc, 'a').previousSibling as Text).data = 'Mein Ziel ';
    await until(() => seen.length === 1);
    expect(seen[0]!.fields.map((f) => [f.section, f.text])).toEqual([['ziel', 'Ich lerne.']]);
    expect(live.stats.namings - namings).toBe(1);
  });

  it('a heading that changes re-names the fields below it that it names', async () => {
    const p = page('<form><h3 id="h">Allgemein</h3><textarea id="a">Ich lerne.</textarea><label for="n">Name</label><input id="n" value="x"></form>');
    const { live, seen } = start(p);
    expect((await live.start()).fields).toEqual([]);
    const namings = live.stats.namings;
    byId(p.doc, 'h').textContent = 'Zwischenziel';
    await until(() => seen.length === 1);
    expect(seen[0]!.fields.map((f) => [f.section, f.text])).toEqual([['zwischenziel', 'Ich lerne.']]);
    // "Name" decided by its own label: not named again
    expect(live.stats.namings - namings).toBe(1);
  });

  it('fields added and removed: only the new ones are named, the plan keeps page order', async () => {
    const p = page(FORM);
    const { live, seen } = start(p);
    await live.start();
    const namings = live.stats.namings;
    byId(p.doc, 'more').innerHTML = '<label for="s">Sonstiges</label><textarea id="s">Kita ist geklärt.</textarea>';
    const first = p.doc.createElement('div');
    first.innerHTML = '<label for="zz">Zwischenziel</label><textarea id="zz">Ich mache den Kurs.</textarea>';
    p.doc.querySelector('form')!.prepend(first);
    await until(() => seen.length > 0 && seen[seen.length - 1]!.fields.length === 3);
    expect(shape(seen[seen.length - 1]!)).toEqual(shape(readPage(p.doc, p.url)));
    expect(live.stats.namings - namings).toBe(2);
    byId(p.doc, 's').remove();
    await until(() => seen[seen.length - 1]!.fields.length === 2);
    expect(shape(seen[seen.length - 1]!)).toEqual(shape(readPage(p.doc, p.url)));
  });

  it('a field hidden by a class on its row goes, and comes back', async () => {
    const p = page(`<style>.off { display: none }</style>${FORM}`);
    const { live, seen } = start(p);
    await live.start();
    byId(p.doc, 'schritte').parentElement!.className = 'row off';
    await until(() => seen.length === 1);
    expect(seen[0]!.fields).toEqual([]);
    byId(p.doc, 'schritte').parentElement!.className = 'row';
    await until(() => seen.length === 2);
    expect(seen[1]!.fields.map((f) => f.section)).toEqual(['schritte']);
  });

  it('a value a script sets without any event is seen by the poll of the plan fields', async () => {
    const p = page(FORM);
    const { live, seen } = start(p, { pollMs: 40 });
    await live.start();
    (byId(p.doc, 'schritte') as HTMLTextAreaElement).value = 'Entwurf geladen';
    await until(() => seen.length === 1);
    expect(seen[0]!.fields[0]!.text).toBe('Entwurf geladen');
  });

  it('the first read yields to the page between slices', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `<div><label for="f${i}">Feld ${i}</label><input id="f${i}" value="${i}"></div>`).join('');
    const p = page(`<form>${rows}<label for="z">Ziel</label><textarea id="z">Ich arbeite.</textarea></form>`);
    const { live } = start(p, { budgetMs: 1 });
    let turns = 0;
    const tick = setInterval(() => turns++, 0);
    const plan = await live.start();
    clearInterval(tick);
    expect(plan.fields.map((f) => f.section)).toEqual(['ziel']);
    expect(live.stats.slices).toBeGreaterThan(1);
    expect(turns).toBeGreaterThan(0);
  }, 30_000);
});
