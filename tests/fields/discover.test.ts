import { describe, expect, it } from 'vitest';
import { discover, fieldId, findField, reachableRoots, readFromParent, type DiscoverOptions } from '../../fields/discover';
import { readPage } from '../../fields/snapshot';
import { byId, fillFrame, page } from './dom';

const kinds = (doc: Document, opts?: DiscoverOptions) => discover(doc, opts).map((f) => `${f.adapter.kind}#${f.el.id}`);

describe('finding the text fields of a page', () => {
  it('finds textareas, text inputs, contenteditable and editor roots in page order', () => {
    const p = page(`
      <textarea id="a"></textarea>
      <input id="b"><input id="c" type="text"><input id="d" type="TEXT">
      <div id="e" contenteditable="true"><p>x</p><div contenteditable="true" id="nested">y</div></div>
      <div id="g" class="ck-editor__editable" contenteditable="true"><p>z</p></div>
      <div class="ql-container"><div id="h" class="ql-editor" contenteditable="true"><p>q</p></div></div>
      <div id="i" class="mce-content-body" contenteditable="true"><p>inline TinyMCE</p></div>
      <div id="j" contenteditable="plaintext-only">plain</div>`);
    expect(kinds(p.doc)).toEqual([
      'textarea#a', 'input#b', 'input#c', 'input#d', 'contenteditable#e', 'ckeditor5#g', 'quill#h', 'tinymce#i', 'contenteditable#j',
    ]);
  });

  it('skips hidden, read-only, disabled and non-text fields, editor UI and Klarplan\'s own UI', () => {
    const p = page(`
      <input type="password" id="pw"><input type="email"><input type="number"><input type="search"><input type="date"><input type="hidden">
      <textarea hidden></textarea><textarea style="display:none"></textarea><div style="display:none"><textarea></textarea></div>
      <textarea style="visibility:hidden"></textarea>
      <textarea readonly></textarea><textarea disabled></textarea><fieldset disabled><textarea></textarea></fieldset>
      <div contenteditable="false">no</div><div contenteditable="true" aria-readonly="true">no</div>
      <div class="ck-body-wrapper"><div class="ck-balloon-panel"><input type="text" id="link"></div></div>
      <div class="ql-tooltip"><input type="text"></div>
      <div data-klarplan-ui><textarea></textarea><div contenteditable="true">panel</div></div>
      <textarea id="ok"></textarea>`);
    expect(kinds(p.doc)).toEqual(['textarea#ok']);
  });

  it('a closed <details> or a tab panel not shown holds fields of the form (issue 16); a hidden template row inside does not', () => {
    const p = page(`
      <details><summary>Mehr</summary><textarea id="d"></textarea><div style="display:none"><textarea id="tpl"></textarea></div></details>
      <div role="tabpanel" id="p2" hidden><textarea id="t2"></textarea></div>
      <div class="tab-pane" style="display:none"><textarea id="t3"></textarea></div>
      <div id="p4" style="display:none"><textarea id="t4"></textarea></div><button aria-controls="p4">Schritte</button>
      <div id="p5" style="display:none"><textarea id="t5"></textarea></div>
      <details><summary>Verlauf: frühere Pläne</summary><textarea id="old"></textarea></details>`);
    expect(kinds(p.doc)).toEqual(['textarea#d', 'textarea#t2', 'textarea#t3', 'textarea#t4']);
  });

  it('an open <details> shows its fields', () => {
    const p = page('<details open><summary>Mehr</summary><textarea id="t"></textarea></details>');
    expect(kinds(p.doc)).toEqual(['textarea#t']);
  });

  it('also finds fields inside same-origin iframes, in place', () => {
    const p = page('<textarea id="a"></textarea><iframe id="fr"></iframe><textarea id="z"></textarea>');
    const inner = fillFrame(byId(p.doc, 'fr'), '<label for="in">Mein Ziel</label><textarea id="in">Ich arbeite.</textarea>');
    expect(kinds(p.doc)).toEqual(['textarea#a', 'textarea#in', 'textarea#z']);
    const plan = readPage(p.doc, p.url);
    expect(plan.fields.map((f) => [f.section, f.label, f.text])).toEqual([['ziel', 'Mein Ziel', 'Ich arbeite.']]);
    expect(reachableRoots(p.doc)).toContain(inner);
    // a content script in every frame: the frame's own copy leaves its fields to the parent's
    expect(readFromParent(inner)).toBe(true);
    expect(readFromParent(p.doc)).toBe(false);
    expect(kinds(p.doc, { frames: false })).toEqual(['textarea#a', 'textarea#z']);
  });

  it('finds a TinyMCE iframe body and names it by the textarea it replaced', () => {
    const p = page(`
      <form><div class="field"><label for="kp-f1">Ziel:</label>
        <textarea id="kp-f1" style="display:none" aria-hidden="true"></textarea>
        <div class="tox tox-tinymce" role="application"><div class="tox-editor-container">
          <div class="tox-editor-header"><div class="tox-toolbar" role="toolbar"><button>B</button></div></div>
          <div class="tox-edit-area"><iframe id="kp-f1_ifr" class="tox-edit-area__iframe" title="Rich Text Area"></iframe></div>
        </div></div>
      </div></form>`);
    fillFrame(
      byId(p.doc, 'kp-f1_ifr'),
      '<p>Ich möchte als Verkäuferin arbeiten.</p><p>In Teilzeit.</p>',
    );
    const body = (byId(p.doc, 'kp-f1_ifr') as HTMLIFrameElement).contentDocument!.body;
    body.id = 'tinymce';
    body.className = 'mce-content-body';
    body.setAttribute('data-id', 'kp-f1');
    body.setAttribute('contenteditable', 'true');
    body.setAttribute('aria-label', 'Rich Text Area. Press ALT-0 for help.');
    const plan = readPage(p.doc, p.url);
    expect(plan.fields).toHaveLength(1);
    expect(plan.fields[0]).toMatchObject({
      kind: 'tinymce',
      section: 'ziel',
      label: 'Ziel:',
      text: 'Ich möchte als Verkäuferin arbeiten.\nIn Teilzeit.',
      entries: [
        { text: 'Ich möchte als Verkäuferin arbeiten.', start: 0 },
        { text: 'In Teilzeit.', start: 37 },
      ],
    });
  });

  it('also finds fields inside open shadow roots, nested ones too', () => {
    const p = page('<textarea id="a"></textarea><kp-plan id="host"></kp-plan><textarea id="z"></textarea>');
    const shadow = byId(p.doc, 'host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="s1">Mein Ziel</label><textarea id="s1">x</textarea><div id="inner"></div>';
    const inner = byId(shadow, 'inner').attachShadow({ mode: 'open' });
    inner.innerHTML = '<div id="s2" contenteditable="true" aria-label="Sonstiges">y</div>';
    expect(kinds(p.doc)).toEqual(['textarea#a', 'textarea#s1', 'contenteditable#s2', 'textarea#z']);
    expect(readPage(p.doc, p.url).fields.map((f) => [f.kind, f.section])).toEqual([
      ['textarea', 'ziel'],
      ['contenteditable', 'sonstiges'],
    ]);
  });

  it('gives each element a stable id without touching the page', () => {
    const p = page('<textarea id="a"></textarea><textarea id="b"></textarea>');
    const before = p.doc.body.innerHTML;
    const first = discover(p.doc).map((f) => f.id);
    const again = discover(p.doc).map((f) => f.id);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(2);
    expect(p.doc.body.innerHTML).toBe(before);
    expect(findField(p.doc, first[1]!)).toBe(byId(p.doc, 'b'));
    // a re-rendered field is a new element with a new id
    const b = byId(p.doc, 'b');
    const clone = b.cloneNode(true) as Element;
    b.replaceWith(clone);
    expect(fieldId(clone)).not.toBe(first[1]);
    expect(findField(p.doc, first[1]!)).toBeNull();
  });
});
