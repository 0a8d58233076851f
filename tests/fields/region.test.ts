/**
 * Issue 16 on the page side: the plan as a region (generic remarks elsewhere stay out, alone they make no plan),
 * folds (tab panels not shown, closed <details>) read and opened, fields without a heading named with their
 * identity, frames from another origin named, and the step row's owner with its person.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../fields/snapshot';
import { openFolds, visibilityOf } from '../../fields/dom';
import { fieldSelector } from '../../fields/identity';
import { pageOwner } from '../../fields/rows';
import { byId, page } from './dom';

const read = (body: string) => {
  const p = page(body);
  return readPage(p.doc, p.url);
};
const sections = (body: string) => read(body).fields.map((f) => [f.section, f.text]);

describe('the plan is a region', () => {
  it('a remark field of a case file outside the plan block stays out; inside the block it is the plan\'s "Sonstiges"', () => {
    expect(
      sections(`
      <div class="blk"><h2>Einkommen</h2><label for="a">Bemerkungen zum Einkommen</label><textarea id="a">Lohnzettel fehlt.</textarea></div>
      <div class="blk"><h2>Kooperationsplan</h2>
        <h3>Mein Ziel</h3><textarea>Ich arbeite als Koch.</textarea>
        <h3>Meine nächsten Schritte</h3><textarea>Ich bewerbe mich.</textarea>
        <label for="b">Sonstiges</label><textarea id="b">Ich brauche einen Kitaplatz.</textarea></div>
      <div class="blk"><label for="c">Sonstige Hinweise</label><textarea id="c">Nur nachmittags erreichbar.</textarea></div>`),
    ).toEqual([
      ['ziel', 'Ich arbeite als Koch.'],
      ['schritte', 'Ich bewerbe mich.'],
      ['sonstiges', 'Ich brauche einen Kitaplatz.'],
    ]);
  });

  it('one generic field alone makes no plan (a travel-cost form with "Bemerkungen")', () => {
    expect(read('<fieldset><legend>Bemerkungen</legend><textarea>Ticket liegt bei.</textarea></fieldset><label>Zielort <input value="Kiel"></label>').fields).toEqual([]);
  });

  it('the flyer\'s "Was sonst noch wichtig ist" is specific: it is a plan part on its own', () => {
    expect(sections('<h3>Was sonst noch wichtig ist</h3><textarea>Ich pflege meine Mutter.</textarea>')).toEqual([['sonstiges', 'Ich pflege meine Mutter.']]);
  });

  it('a field in the plan that names no heading is a notice with its identity (never its text)', () => {
    const plan = read(`<form id="kp"><label for="erg">Ergänzung</label><textarea id="erg">Etwas Geheimes.</textarea>
      <label for="kdnr">Kundennummer</label><input id="kdnr" value="123">
      <h3>Mein Ziel</h3><textarea>Ich arbeite.</textarea></form>
      <label for="out">Ergänzung</label><textarea id="out">Außerhalb.</textarea>`);
    expect(plan.notices).toEqual([{ kind: 'unplaced', fieldId: expect.any(String), label: 'Ergänzung', selector: '#erg' }]);
    expect(JSON.stringify(plan.notices)).not.toContain('Geheim');
  });
});

describe('folds: tab panels and closed <details>', () => {
  it('a field in a closed <details> inside a hidden tab panel is folded, and opening clicks the tab and opens the details', () => {
    const p = page(`<button role="tab" id="t2" aria-controls="p2">Unterstützung</button>
      <div role="tabpanel" id="p2" hidden><details><summary>Mein Jobcenter unterstützt mich durch</summary><textarea id="jc">Das Jobcenter zahlt.</textarea></details></div>`);
    byId(p.doc, 't2').addEventListener('click', () => byId(p.doc, 'p2').removeAttribute('hidden'));
    const jc = byId(p.doc, 'jc');
    expect(visibilityOf(jc).state).toBe('folded');
    expect(readPage(p.doc, p.url).fields.map((f) => f.section)).toEqual(['jobcenter']);
    expect(openFolds(jc)).toBe(true);
    expect(visibilityOf(jc).state).toBe('shown');
    expect(jc.closest('details')!.hasAttribute('open')).toBe(true);
  });

  it('a tab named only by its link to the panel\'s id is found and clicked', () => {
    const p = page(`<a href="#w" id="tw">Weiteres</a><section id="w" style="display:none"><textarea id="s"></textarea></section>`);
    let clicked = 0;
    byId(p.doc, 'tw').addEventListener('click', (e) => {
      e.preventDefault();
      clicked++;
      byId(p.doc, 'w').style.display = 'block';
    });
    expect(openFolds(byId(p.doc, 's'))).toBe(true);
    expect(clicked).toBe(1);
  });

  it('a template row, a hidden field and the previous plan stay out', () => {
    expect(
      sections(`<h3>Meine nächsten Schritte</h3>
      <table><tr style="display:none"><td><input value="Vorlage"></td></tr><tr><td><input value="Ich bewerbe mich."></td></tr></table>
      <input type="hidden" value="Ich bewerbe mich nicht.">
      <details><summary>Vorheriger Kooperationsplan (abgeschlossen)</summary><h3>Mein Ziel</h3><textarea>Ich will ins Lager.</textarea></details>
      <details><summary>Mehr</summary><h3>Mein Ziel</h3><textarea readonly>alt</textarea></details>`),
    ).toEqual([['schritte', 'Ich bewerbe mich.']]);
  });
});

describe('a field\'s identity for a site profile', () => {
  it('id, else a unique name, else the path under the nearest id — built from structure only', () => {
    const p = page(`<textarea id="a"></textarea><textarea name="kp.x"></textarea><div id="box"><p><textarea></textarea></p><p><textarea id="d" class="z"></textarea></p></div>`);
    const [a, b, c] = Array.from(p.doc.querySelectorAll('textarea'));
    expect(fieldSelector(a!)).toBe('#a');
    expect(fieldSelector(b!)).toBe('textarea[name="kp.x"]');
    expect(fieldSelector(c!)).toBe('#box > p:nth-of-type(1) > textarea');
    expect(p.doc.querySelector(fieldSelector(c!)!)).toBe(c);
  });
});

describe('frames from another origin', () => {
  it('are named once per origin (two frames of one portal: one notice)', () => {
    const p = page('<iframe id="x" src="https://portal-fremd.example/kp"></iframe><iframe id="y" src="https://portal-fremd.example/b"></iframe><h3>Mein Ziel</h3><textarea>Ich arbeite.</textarea>');
    for (const id of ['x', 'y']) {
      Object.defineProperty(byId(p.doc, id), 'contentDocument', { get: () => null }); // what another origin's frame gives
    }
    expect(readPage(p.doc, p.url).notices).toEqual([{ kind: 'frame', origin: 'https://portal-fremd.example' }]);
  });

  it('a page with nothing but a foreign frame says so (and has no fields)', () => {
    const p = page('<iframe id="x" src="http://127.0.0.1:9/plan"></iframe>');
    Object.defineProperty(byId(p.doc, 'x'), 'contentDocument', { get: () => null });
    expect(readPage(p.doc, p.url)).toEqual({ url: p.url, fields: [], notices: [{ kind: 'frame', origin: 'http://127.0.0.1:9' }] });
  });
});

describe('the step row\'s owner as the checker reads it', () => {
  it.each([
    ['Jobcenter (Frau Lindner)', 'jobcenter', { party: 'jobcenter', person: 'Frau Lindner', text: 'Jobcenter (Frau Lindner)' }],
    ['Ich', 'schritte', { party: 'client', text: 'Ich' }],
    ['Träger XY', 'dritte', { party: 'others', text: 'Träger XY' }],
    ['Hr. Dr. Schäfer-Ost', 'jobcenter', { party: 'jobcenter', person: 'Hr. Dr. Schäfer-Ost', text: 'Hr. Dr. Schäfer-Ost' }],
    ['Bitte wählen', null, { party: 'unknown', text: 'Bitte wählen' }],
  ] as const)('%s', (text, section, owner) => {
    expect(pageOwner(text, section)).toEqual(owner);
  });

  it('rides on every entry of the row', () => {
    const plan = read(`<h3>Unsere Vereinbarungen</h3><table><thead><tr><th>Was wird getan?</th><th>Zuständig</th></tr></thead>
      <tbody><tr><td><textarea>Kosten prüfen.\nKurs buchen.</textarea></td><td>Jobcenter (Frau Lindner)</td></tr></tbody></table>`);
    expect(plan.fields[0]!.entries.map((e) => e.owner?.person)).toEqual(['Frau Lindner', 'Frau Lindner']);
  });
});
