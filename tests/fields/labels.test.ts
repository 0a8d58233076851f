import { describe, expect, it } from 'vitest';
import { labelOf } from '../../fields/labels';
import { readPage } from '../../fields/snapshot';
import { byId, page } from './dom';

describe('the visible text that names a field', () => {
  it.each([
    ['label[for]', '<label for="f">Mein Ziel ist:</label><textarea id="f">x</textarea>', 'ziel', 'Mein Ziel ist:', 'label-for'],
    ['wrapping label', '<label>Zwischenziel <textarea id="f">x</textarea></label>', 'zwischenziel', 'Zwischenziel', 'wrapping-label'],
    ['aria-label', '<textarea id="f" aria-label="Schritte der Kundin">x</textarea>', 'schritte', 'Schritte der Kundin', 'aria-label'],
    [
      'aria-labelledby (two ids)',
      '<span id="a">Unterstützung</span><span id="b">durch das Jobcenter</span><textarea id="f" aria-labelledby="a b">x</textarea>',
      'jobcenter',
      'Unterstützung durch das Jobcenter',
      'aria-labelledby',
    ],
    ['fieldset legend', '<fieldset><legend>Zusätzlich unterstützt mich</legend><div><textarea id="f">x</textarea></div></fieldset>', 'dritte', 'Zusätzlich unterstützt mich', 'legend'],
    ['nearest heading', '<h2>Was sonst noch wichtig ist</h2><p>Bitte ausfüllen.</p><div><div><textarea id="f">x</textarea></div></div>', 'sonstiges', 'Was sonst noch wichtig ist', 'heading'],
    [
      'table column header',
      '<table><thead><tr><th>Nr.</th><th>Meine nächsten Schritte</th></tr></thead><tbody><tr><td>1</td><td><textarea id="f">x</textarea></td></tr></tbody></table>',
      'schritte',
      'Meine nächsten Schritte',
      'table-header',
    ],
    [
      'table row header',
      '<table><tr><th>Ziel</th><td><textarea id="f">x</textarea></td></tr><tr><th>Sonstiges</th><td><textarea>y</textarea></td></tr></table>',
      'ziel',
      'Ziel',
      'row-header',
    ],
    ['label cell to the left', '<table><tr><td>Zwischenziel:</td><td><textarea id="f">x</textarea></td></tr></table>', 'zwischenziel', 'Zwischenziel:', 'row-header'],
    ['placeholder', '<input type="text" id="f" placeholder="Unterstützung durch Dritte">', 'dritte', 'Unterstützung durch Dritte', 'placeholder'],
    ['title', '<textarea id="f" title="Sonstiges">x</textarea>', 'sonstiges', 'Sonstiges', 'title'],
    ['text right before the field', '<div class="row"><span class="lbl">Vermittlungsziel</span><span class="ctl"><textarea id="f">x</textarea></span></div>', 'ziel', 'Vermittlungsziel', 'nearby-text'],
    ['section title styled by class', '<div class="panel"><div class="panel-heading">Leistungen des Jobcenters</div><div class="panel-body"><p>Bitte konkret.</p><textarea id="f">x</textarea></div></div>', 'jobcenter', 'Leistungen des Jobcenters', 'heading'],
    ['dt/dd', '<dl><dt>Mein Ziel</dt><dd><p>Hinweis: in Ihren Worten.</p><textarea id="f">x</textarea></dd></dl>', 'ziel', 'Mein Ziel', 'heading'],
    ['bold line on its own', '<p><strong>Weitere wichtige Aspekte:</strong></p><p>Hinweis</p><textarea id="f">x</textarea>', 'sonstiges', 'Weitere wichtige Aspekte:', 'heading'],
    ['role=heading', '<div role="heading" aria-level="3">Eigenbemühungen</div><div><p>Bitte ausfüllen.</p><textarea id="f">x</textarea></div>', 'schritte', 'Eigenbemühungen', 'heading'],
  ])('%s', (_name, body, section, label, source) => {
    const p = page(body);
    const got = labelOf(byId(p.doc, 'f'), null);
    expect(got).toEqual({ section, label, source });
  });

  it('takes the first candidate that maps: an unmapped own label falls through to the heading', () => {
    const p = page('<h3>Meine nächsten Schritte</h3><label for="f">Eintrag 1</label><textarea id="f">x</textarea>');
    expect(labelOf(byId(p.doc, 'f'))).toEqual({ section: 'schritte', label: 'Meine nächsten Schritte', source: 'heading' });
  });

  it('an own label that names no plan part stops at it (a heading above does not make it a plan field)', () => {
    const p = page('<h3>Mein Jobcenter unterstützt mich durch</h3><label for="f">Ansprechpartnerin</label><input type="text" id="f" value="Frau Schneider">');
    expect(labelOf(byId(p.doc, 'f'))).toEqual({ section: null, label: 'Ansprechpartnerin', source: 'label-for', nonPlan: true });
  });

  it('a heading of a sibling section does not name a field of the next section', () => {
    const p = page('<section><h2>Mein Ziel ist</h2><textarea id="a">x</textarea></section><section><textarea id="f">y</textarea></section>');
    expect(labelOf(byId(p.doc, 'f')).section).toBeNull();
    expect(labelOf(byId(p.doc, 'a')).section).toBe('ziel');
  });

  it('the outline: a sub-heading that maps to nothing gives way to its parent heading', () => {
    const p = page('<h2>Mein Jobcenter unterstützt mich durch</h2><h3>Punkt 1</h3><textarea id="f">x</textarea><h2>Kontakt</h2><textarea id="g">y</textarea>');
    expect(labelOf(byId(p.doc, 'f'))).toMatchObject({ section: 'jobcenter', source: 'heading' });
    // "Kontakt" (h2) is the nearest heading of g; the h2 before it is of the same rank, not its parent
    expect(labelOf(byId(p.doc, 'g')).section).toBeNull();
  });

  it('a layout table with a header row per section', () => {
    const p = page(`<table>
      <tr><th colspan="2">1. Mein Ziel</th></tr><tr><td>Text</td><td><textarea id="a">x</textarea></td></tr>
      <tr><th colspan="2">2. Meine nächsten Schritte (max. 1000 Zeichen)</th></tr><tr><td>Text</td><td><textarea id="f">y</textarea></td></tr>
    </table>`);
    expect(labelOf(byId(p.doc, 'a'))).toMatchObject({ section: 'ziel', source: 'table-header' });
    expect(labelOf(byId(p.doc, 'f'))).toMatchObject({ section: 'schritte', label: '2. Meine nächsten Schritte (max. 1000 Zeichen)' });
  });

  it('an accordion: the heading\'s button text, the region named by it', () => {
    const p = page(`<h3><button aria-expanded="true" id="acc1">Unterstützung durch das Jobcenter</button></h3>
      <div role="region" aria-labelledby="acc1"><p>Bitte konkret und mit Termin.</p><textarea id="f">x</textarea></div>`);
    expect(labelOf(byId(p.doc, 'f'))).toMatchObject({ section: 'jobcenter', label: 'Unterstützung durch das Jobcenter', source: 'legend' });
  });

  it('a tab panel named by its tab', () => {
    const p = page(`<div role="tablist"><button role="tab" id="t1" aria-selected="true">Ziele</button><button role="tab" id="t2">Sonstiges</button></div>
      <div role="tabpanel" aria-labelledby="t1"><p>Was möchten Sie erreichen?</p><textarea id="f">x</textarea></div>`);
    expect(labelOf(byId(p.doc, 'f'))).toMatchObject({ section: 'ziel', label: 'Ziele' });
  });

  it('internal notes are no part of the plan even when their label says "Bemerkungen"', () => {
    const p = page('<h2>Was sonst noch wichtig ist</h2><label for="f">Interne Bemerkungen (nicht für die Kundin)</label><textarea id="f">x</textarea>');
    expect(labelOf(byId(p.doc, 'f'))).toMatchObject({ section: null, nonPlan: true });
  });

  it('label[for] inside the same shadow root', () => {
    const p = page('<div id="host"></div>');
    const shadow = byId(p.doc, 'host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="f">Unterstützung durch Dritte</label><textarea id="f">x</textarea>';
    expect(labelOf(byId(shadow, 'f'))).toMatchObject({ section: 'dritte', source: 'label-for' });
  });

  it('a heading outside the shadow root names a field inside it', () => {
    const p = page('<h2>Zunächst möchte ich Folgendes erreichen</h2><div id="host"></div>');
    const shadow = byId(p.doc, 'host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><textarea id="f">x</textarea></div>';
    expect(labelOf(byId(shadow, 'f'))).toMatchObject({ section: 'zwischenziel', source: 'heading' });
  });

  it('hidden text before a field (an editor\'s replaced element) is no label', () => {
    const p = page('<h2>Mein Ziel ist</h2><div style="display:none">Ich werde Verkäuferin.</div><textarea id="f">x</textarea>');
    expect(labelOf(byId(p.doc, 'f'))).toMatchObject({ section: 'ziel', label: 'Mein Ziel ist' });
  });

});

describe('rich editors are named by what stands around them', () => {
  it('CKEditor 5 (classic): the heading of its section, not its own generic aria-label', () => {
    const p = page(`
      <section><h2>Mein Ziel ist:</h2>
        <div id="src" style="display:none"><p>Ich werde Verkäuferin.</p></div>
        <div class="ck ck-reset ck-editor" role="application" aria-labelledby="ck-voice">
          <span id="ck-voice" class="ck ck-voice-label" hidden>Rich Text Editor</span>
          <div class="ck ck-editor__top"><div class="ck ck-toolbar" role="toolbar"><button><span>Fett</span></button></div></div>
          <div class="ck ck-editor__main">
            <div id="f" class="ck ck-content ck-editor__editable ck-editor__editable_inline" role="textbox" aria-label="Rich Text Editor. Editing area: main" contenteditable="true"><p>Ich werde Verkäuferin.</p></div>
          </div>
        </div>
      </section>`);
    const plan = readPage(p.doc, p.url);
    expect(plan.fields).toHaveLength(1);
    expect(plan.fields[0]).toMatchObject({ kind: 'ckeditor5', section: 'ziel', label: 'Mein Ziel ist:', text: 'Ich werde Verkäuferin.' });
  });

  it('CKEditor 5 that replaced a labelled textarea', () => {
    const p = page(`
      <label for="ta">Unterstützung durch das Jobcenter</label>
      <textarea id="ta" style="display:none"></textarea>
      <div class="ck ck-editor"><div class="ck-editor__main">
        <div class="ck-editor__editable" contenteditable="true"><p>Frau Schneider ruft mich an.</p></div>
      </div></div>`);
    expect(readPage(p.doc, p.url).fields.map((f) => [f.kind, f.section, f.label, f.via])).toEqual([
      ['ckeditor5', 'jobcenter', 'Unterstützung durch das Jobcenter', 'label-for'],
    ]);
  });

  it('Quill in a fieldset', () => {
    const p = page(`
      <fieldset><legend>MEIN ZIEL IST</legend>
        <div class="ql-toolbar ql-snow"><span class="ql-formats"><button class="ql-bold"></button></span></div>
        <div id="kp-f1" class="ql-container ql-snow">
          <div class="ql-editor" contenteditable="true" role="textbox"><p>Ich möchte arbeiten.</p></div>
          <div class="ql-tooltip ql-hidden"><input type="text" data-link="https://quilljs.com"></div>
        </div>
      </fieldset>`);
    const plan = readPage(p.doc, p.url, [], { includeUnmapped: true });
    expect(plan.fields.map((f) => [f.kind, f.section, f.label])).toEqual([['quill', 'ziel', 'MEIN ZIEL IST']]);
  });
});
