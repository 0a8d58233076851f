import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { textOffsetAt, textPoint, textRange } from '../../fields/text-range';
import { buildTextMap, readEditableText } from '../../fields/textmap';

function root(html: string, attrs = 'contenteditable="true"'): Element {
  const dom = new JSDOM(`<!doctype html><body><div id="r" ${attrs}>${html}</div></body>`);
  return dom.window.document.getElementById('r')!;
}

describe('text of an editable region as a person sees it', () => {
  it.each([
    ['paragraphs', '<p>Erste Zeile.</p><p>Zweite Zeile.</p>', 'Erste Zeile.\nZweite Zeile.'],
    ['source formatting between blocks', '\n  <p>Eins</p>\n  <p>Zwei</p>\n', 'Eins\nZwei'],
    ['collapsed white space', '<p>  Ich   rufe\n   an. </p>', 'Ich rufe an.'],
    ['inline formatting', '<p>Ich <strong>rufe</strong> <em>an</em>.</p>', 'Ich rufe an.'],
    ['br inside a paragraph', '<p>Eins<br>Zwei</p>', 'Eins\nZwei'],
    ['trailing br is invisible', '<p>Eins<br></p><p>Zwei</p>', 'Eins\nZwei'],
    ['empty paragraph (filler br) is an empty line', '<p>Eins</p><p><br></p><p>Zwei</p>', 'Eins\n\nZwei'],
    ['empty paragraph without br is not shown', '<p>Eins</p><p></p><p>Zwei</p>', 'Eins\nZwei'],
    ['two brs', 'Eins<br><br>Zwei', 'Eins\n\nZwei'],
    ['unordered list', '<ul><li>Ich rufe an.</li><li>Ich schreibe.</li></ul>', 'Ich rufe an.\nIch schreibe.'],
    ['nested list', '<ul><li>A<ul><li>B</li></ul></li><li>C</li></ul>', 'A\nB\nC'],
    ['text then div (Chrome line)', 'Eins<div>Zwei</div><div><br></div><div>Drei</div>', 'Eins\nZwei\n\nDrei'],
    ['no-break spaces', '<p>Ich&nbsp;&nbsp;rufe an.</p>', 'Ich  rufe an.'],
    ['zero-width fillers', '<p>Ich \u2060\u2060rufe\ufeff an.</p>', 'Ich rufe an.'],
    ['pre keeps lines', '<pre>Eins\n  Zwei</pre>', 'Eins\n  Zwei'],
    ['scripts and editor UI are no text', '<p>A<span data-mce-bogus="all">X</span></p><div class="ck-fake-selection-container">Y</div><script>z</script>', 'A'],
    ['empty', '<p><br></p>', ''],
  ])('%s', (_name, html, text) => {
    expect(readEditableText(root(html))).toBe(text);
  });

  it('pre-wrap on the root keeps newlines and spaces', () => {
    expect(readEditableText(root('Eins\n  Zwei', 'contenteditable style="white-space: pre-wrap"'))).toBe('Eins\n  Zwei');
  });

  it('CKEditor 5 markup', () => {
    const html =
      '<p>Ich bewerbe mich.</p><ul><li>Punkt <strong>eins</strong></li><li>Punkt zwei</li></ul><p><br data-cke-filler="true"></p><p>Ende</p>';
    expect(readEditableText(root(html, 'class="ck ck-content ck-editor__editable" contenteditable="true"'))).toBe(
      'Ich bewerbe mich.\nPunkt eins\nPunkt zwei\n\nEnde',
    );
  });

  it('Quill 2 markup', () => {
    const html =
      '<p>Ziel</p><ol><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>Eins</li><li data-list="ordered"><span class="ql-ui" contenteditable="false"></span>Zwei</li></ol><p><br></p>';
    expect(readEditableText(root(html, 'class="ql-editor" contenteditable="true"'))).toBe('Ziel\nEins\nZwei\n');
  });
});

describe('text offsets ↔ DOM positions', () => {
  const cases = [
    '<p>Der Kunde <b>bewirbt</b> sich.</p><p>Das Jobcenter <i>hilft</i>.</p>',
    '\n <p>  Eins   zwei </p>\n <ul><li>drei<br>vier</li><li><br></li><li>fünf&nbsp;sechs</li></ul>',
    'Eins<div>Zwei</div><div><br></div><div>Drei</div>',
  ];

  it.each(cases)('every span maps to a range with the same text: %s', (html) => {
    const el = root(html);
    const map = buildTextMap(el);
    const t = map.text;
    for (let s = 0; s <= t.length; s++) {
      for (let e = s; e <= t.length; e++) {
        const r = textRange(map, s, e);
        const seen = r.toString().replace(/[\s\u00a0]+/g, ' ');
        const want = t.slice(s, e).replace(/\s+/g, ' ');
        // a range's toString has the DOM's raw white space and no block newlines: compare words
        expect(seen.replace(/ /g, '')).toBe(want.replace(/ /g, ''));
      }
    }
  });

  it.each(cases)('textOffsetAt inverts textPoint(): %s', (html) => {
    const el = root(html);
    const map = buildTextMap(el);
    for (let o = 0; o < map.text.length; o++) {
      const p = textPoint(map, o, 'start');
      expect(textOffsetAt(map, p.node, p.offset)).toBe(o);
    }
  });

  it('a span inside a paragraph stays in its text nodes', () => {
    const el = root('<p>Der Kunde <b>bewirbt</b> sich.</p><p>Das Jobcenter hilft.</p>');
    const map = buildTextMap(el);
    const start = map.text.indexOf('Jobcenter');
    const r = textRange(map, start, start + 'Jobcenter'.length);
    expect(r.startContainer).toBe(r.endContainer);
    expect(r.startContainer.nodeType).toBe(3);
    expect(r.toString()).toBe('Jobcenter');
    const b = map.text.indexOf('bewirbt');
    const rb = textRange(map, b, b + 7);
    expect(rb.startContainer.parentElement!.localName).toBe('b');
    expect(rb.toString()).toBe('bewirbt');
  });

  it('a line break maps to the boundary between the blocks, a <br> to the <br>', () => {
    const el = root('<p>Eins</p><p>Zwei<br>Drei</p>');
    const map = buildTextMap(el);
    expect(map.text).toBe('Eins\nZwei\nDrei');
    const r1 = textRange(map, 4, 5);
    expect(r1.startContainer.textContent).toBe('Eins');
    expect(r1.endContainer.textContent).toBe('Zwei');
    const r2 = textRange(map, 9, 10);
    const frag = r2.cloneContents();
    expect(frag.querySelector('br')).not.toBeNull();
  });

  it('an empty editor gives a caret inside its first block', () => {
    const el = root('<p><br></p>');
    const r = textRange(buildTextMap(el), 0, 0);
    expect((r.startContainer as Element).localName).toBe('p');
  });
});
