import { describe, expect, it, vi } from 'vitest';
import type { SiteProfile } from '../../fields/profiles';
import { adapterFor, fieldById, readPage, watchPage } from '../../fields/snapshot';
import { byId, fillFrame, page } from './dom';

describe('reading the plan from a page', () => {
  it('splits a field with several points into entries with their offsets', () => {
    const text = 'Ich bewerbe mich jeden Monat auf vier Stellen.\n\n- Ich gehe zum Deutschkurs.\n  2. Ich lege die Bescheinigung vor.\n';
    const p = page('<label for="f">Meine nächsten Schritte sind</label><textarea id="f"></textarea>');
    (byId(p.doc, 'f') as HTMLTextAreaElement).value = text;
    const [field] = readPage(p.doc, p.url).fields;
    expect(field!.text).toBe(text);
    expect(field!.entries.map((e) => e.text)).toEqual([
      'Ich bewerbe mich jeden Monat auf vier Stellen.',
      'Ich gehe zum Deutschkurs.',
      'Ich lege die Bescheinigung vor.',
    ]);
    for (const e of field!.entries) expect(text.slice(e.start, e.start + e.text.length)).toBe(e.text);
  });

  it('a rich editor: one entry per paragraph or list item, offsets into its text', () => {
    const p = page(`<h2>Mein Jobcenter unterstützt mich durch</h2>
      <div class="ck-editor__editable" contenteditable="true"><p>Frau Schneider prüft die Fahrkosten.</p><ul><li>Bis zum <b>10.12.</b></li><li><br></li></ul><p>Ein Angebot pro Woche.</p></div>`);
    const [field] = readPage(p.doc, p.url).fields;
    expect(field!.entries).toEqual([
      { text: 'Frau Schneider prüft die Fahrkosten.', start: 0 },
      { text: 'Bis zum 10.12.', start: 37 },
      { text: 'Ein Angebot pro Woche.', start: 53 },
    ]);
    for (const e of field!.entries) expect(field!.text.slice(e.start, e.start + e.text.length)).toBe(e.text);
  });

  it('the six flyer headings in page order', () => {
    const headings = [
      ['Mein Ziel ist', 'ziel'],
      ['Zunächst möchte ich Folgendes erreichen', 'zwischenziel'],
      ['Meine nächsten Schritte sind', 'schritte'],
      ['Mein Jobcenter unterstützt mich durch', 'jobcenter'],
      ['Zusätzlich unterstützt mich', 'dritte'],
      ['Was sonst noch wichtig ist', 'sonstiges'],
    ];
    const p = page(
      `<h1>Kooperationsplan</h1><label for="kd">Kundennummer</label><input id="kd" value="123D456">` +
        headings.map(([h], i) => `<section><h2>${h}:</h2><textarea>Punkt ${i}</textarea></section>`).join(''),
    );
    const plan = readPage(p.doc, p.url);
    expect(plan.url).toBe(p.url);
    expect(plan.fields.map((f) => f.section)).toEqual(headings.map(([, k]) => k));
    expect(plan.fields.map((f) => f.label)).toEqual(headings.map(([h]) => `${h}:`));
  });

  it('a contact form with "Nachricht" holds no plan', () => {
    const p = page(`<h1>Kontakt</h1><form>
      <label for="n">Name</label><input id="n" value="Anna Beispiel">
      <label for="e">E-Mail</label><input id="e" type="email" value="anna@example.org">
      <label for="b">Betreff</label><input id="b" value="Termin verschieben">
      <label for="m">Nachricht</label><textarea id="m">Ich werde den Termin nicht wahrnehmen können.</textarea>
      <button>Senden</button></form>`);
    expect(readPage(p.doc, p.url).fields).toEqual([]);
    expect(readPage(p.doc, p.url, [], { includeUnmapped: true }).fields.map((f) => [f.label, f.section])).toEqual([
      ['Name', null],
      ['Betreff', null],
      ['Nachricht', null],
    ]);
  });

  it('a message field under a plan heading stays out of the plan', () => {
    const p = page('<h2>Was sonst noch wichtig ist</h2><label for="m">Nachricht an die Fachkraft</label><textarea id="m">Hallo</textarea>');
    expect(readPage(p.doc, p.url).fields).toEqual([]);
  });
});

describe('site profiles come before labels', () => {
  const PROFILE: SiteProfile = {
    id: 'beispiel-cm',
    name: 'Beispiel-Fallmanagement',
    match: ['https://fallakte.example.de/plan/*'],
    fields: [
      { selector: '#txtA', section: 'jobcenter', label: 'Leistungen (Profil)' },
      { selector: '#txtIntern', section: null },
      { selector: '.schritt-text', section: 'schritte', container: '.schritt', ownerSelector: '.wer', dueSelector: '.bis' },
      { selector: '#editorZiel', section: 'ziel' },
    ],
  };
  const BODY = `
    <label for="txtA">Ziel</label><textarea id="txtA">Das Jobcenter zahlt die Fahrkosten.</textarea>
    <label for="txtIntern">Sonstiges</label><textarea id="txtIntern">Interner Vermerk</textarea>
    <div class="schritt"><textarea class="schritt-text">Ich rufe an.</textarea><span class="wer">Jobcenter</span><span class="bis">03.03.2027</span></div>
    <div class="schritt"><textarea class="schritt-text">Ich schreibe.</textarea><span class="wer">–</span><span class="bis"></span></div>
    <textarea id="editorZiel" style="display:none"></textarea>
    <div class="ck ck-editor"><div class="ck-editor__main"><div class="ck-editor__editable" contenteditable="true"><p>Ich arbeite.</p></div></div></div>`;

  it('a matching profile maps by its selectors (also an editor by the element it replaced)', () => {
    const p = page(BODY);
    const plan = readPage(p.doc, p.url, [PROFILE]);
    expect(plan.fields.map((f) => [f.section, f.label, f.via, f.entries[0]?.due])).toEqual([
      ['jobcenter', 'Leistungen (Profil)', 'profile', undefined],
      ['jobcenter', 'Jobcenter', 'profile', '2027-03-03'],
      ['schritte', '', 'profile', undefined],
      ['ziel', '', 'profile', undefined],
    ]);
  });

  it('without a matching profile the labels decide', () => {
    const p = page(BODY, 'https://anderes-system.example.de/plan/4711');
    const plan = readPage(p.doc, p.url, [PROFILE]);
    expect(plan.fields.map((f) => [f.section, f.label, f.via])).toEqual([
      ['ziel', 'Ziel', 'label-for'],
      ['sonstiges', 'Sonstiges', 'label-for'],
      // no visible text names the editor; the id of the textarea it replaced does (issue 16: name/id as a last hint)
      ['ziel', '', 'name'],
    ]);
  });
});

describe('writing goes through the field found by its id', () => {
  it('fieldById gives the element and its adapter', () => {
    const p = page('<label for="f">Ziel</label><textarea id="f">x</textarea>');
    const [field] = readPage(p.doc, p.url).fields;
    const found = fieldById(p.doc, field!.id)!;
    expect(found.el).toBe(byId(p.doc, 'f'));
    expect(found.adapter).toBe(adapterFor(found.el));
    expect(fieldById(p.doc, 'kp-does-not-exist')).toBeNull();
  });
});

describe('watching the page', () => {
  it('reports typing, added and removed fields, at most once per frame, and stops on cleanup', async () => {
    vi.useFakeTimers();
    try {
      const p = page('<label for="a">Ziel</label><textarea id="a"></textarea><div id="more"></div>');
      const onChange = vi.fn();
      const stop = watchPage(p.doc, onChange, { pollMs: 0 });
      await vi.advanceTimersByTimeAsync(100); // jsdom's own page load
      onChange.mockClear();
      const ta = byId(p.doc, 'a') as HTMLTextAreaElement;
      ta.value = 'Ich';
      ta.dispatchEvent(new p.win.Event('input', { bubbles: true }));
      ta.value = 'Ich arbeite';
      ta.dispatchEvent(new p.win.Event('input', { bubbles: true }));
      expect(onChange).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(20);
      expect(onChange).toHaveBeenCalledTimes(1);

      byId(p.doc, 'more').innerHTML = '<label for="b">Sonstiges</label><textarea id="b">Kita</textarea>';
      await vi.advanceTimersByTimeAsync(20);
      expect(onChange).toHaveBeenCalledTimes(2);
      expect(readPage(p.doc, p.url).fields.map((f) => f.section)).toEqual(['ziel', 'sonstiges']);

      byId(p.doc, 'b').remove();
      await vi.advanceTimersByTimeAsync(20);
      expect(onChange).toHaveBeenCalledTimes(3);

      // Klarplan's own UI (added, changed) does not count
      const n = onChange.mock.calls.length;
      const ui = p.doc.createElement('div');
      ui.setAttribute('data-klarplan-ui', '');
      p.doc.documentElement.append(ui);
      await vi.advanceTimersByTimeAsync(20);
      expect(onChange).toHaveBeenCalledTimes(n);
      ui.textContent = '3 Hinweise';
      ui.setAttribute('style', 'top: 10px');
      await vi.advanceTimersByTimeAsync(20);
      expect(onChange).toHaveBeenCalledTimes(n);

      stop();
      ta.value = 'weg';
      ta.dispatchEvent(new p.win.Event('input', { bubbles: true }));
      byId(p.doc, 'more').innerHTML = '<textarea></textarea>';
      await vi.advanceTimersByTimeAsync(50);
      expect(onChange).toHaveBeenCalledTimes(n);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps up with shadow roots and iframes that appear later', async () => {
    vi.useFakeTimers();
    try {
      const p = page('<div id="host"></div><div id="frames"></div>');
      const onChange = vi.fn();
      const stop = watchPage(p.doc, onChange, { pollMs: 0 });
      await vi.advanceTimersByTimeAsync(100);
      onChange.mockClear();
      const shadow = byId(p.doc, 'host').attachShadow({ mode: 'open' });
      shadow.innerHTML = '<textarea id="s" aria-label="Ziel"></textarea>';
      // attaching a shadow root is no DOM mutation: a later change in the light DOM picks it up
      byId(p.doc, 'host').setAttribute('class', 'ready');
      await vi.advanceTimersByTimeAsync(20);
      expect(onChange).toHaveBeenCalledTimes(1);
      (byId(shadow, 's') as HTMLTextAreaElement).value = 'Ich arbeite.';
      byId(shadow, 's').dispatchEvent(new p.win.Event('input', { bubbles: true, composed: false }));
      await vi.advanceTimersByTimeAsync(20);
      expect(onChange).toHaveBeenCalledTimes(2);

      byId(p.doc, 'frames').innerHTML = '<iframe id="fr"></iframe>';
      await vi.advanceTimersByTimeAsync(20);
      expect(onChange).toHaveBeenCalledTimes(3);
      const inner = fillFrame(byId(p.doc, 'fr'), '<textarea id="in" aria-label="Sonstiges"></textarea>');
      byId(p.doc, 'fr').setAttribute('title', 'Plan'); // the frame's load is seen by the parent
      await vi.advanceTimersByTimeAsync(20);
      const before = onChange.mock.calls.length;
      inner.getElementById('in')!.textContent = 'x'; // a mutation inside the iframe
      await vi.advanceTimersByTimeAsync(20);
      expect(onChange.mock.calls.length).toBe(before + 1);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('polls values a script sets without any event', async () => {
    vi.useFakeTimers();
    try {
      const p = page('<label for="a">Ziel</label><textarea id="a"></textarea>');
      const onChange = vi.fn();
      const stop = watchPage(p.doc, onChange, { pollMs: 500 });
      await vi.advanceTimersByTimeAsync(100); // jsdom's own page load
      onChange.mockClear();
      (byId(p.doc, 'a') as HTMLTextAreaElement).value = 'Entwurf geladen';
      await vi.advanceTimersByTimeAsync(420);
      expect(onChange).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1000);
      expect(onChange).toHaveBeenCalledTimes(1);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
