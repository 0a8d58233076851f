import { describe, expect, it, vi } from 'vitest';
import { ADAPTERS, adapterFor } from '../../fields/adapters/index';
import { replacementSpan } from '../../fields/adapters/dom-write';
import { writeField } from '../../fields/adapters/write';
import { textOffsetAt, textRange } from '../../fields/text-range';
import { buildTextMap } from '../../fields/textmap';
import { byId, fillFrame, page } from './dom';

const write = (el: Element, start: number, end: number, text: string, expected: string) => writeField(adapter(el).kind, el, start, end, text, expected);
const adapter = (el: Element) => {
  const a = adapterFor(el);
  if (!a) throw new Error('no adapter');
  return a;
};

describe('the adapter registry', () => {
  it('picks the most specific adapter', () => {
    const p = page(`
      <textarea id="ta"></textarea><input id="in"><input id="pw" type="password">
      <div id="ce" contenteditable="true"></div>
      <div id="ck" class="ck ck-editor__editable" contenteditable="true"></div>
      <div id="ckro" class="ck ck-editor__editable" contenteditable="false"></div>
      <div id="ql" class="ql-editor" contenteditable="true"></div>
      <div id="mce" class="mce-content-body" contenteditable="true"></div>
      <div id="plain">x</div>`);
    const kind = (id: string) => adapterFor(byId(p.doc, id))?.kind ?? null;
    expect(['ta', 'in', 'pw', 'ce', 'ck', 'ckro', 'ql', 'mce', 'plain'].map(kind)).toEqual([
      'textarea', 'input', null, 'contenteditable', 'ckeditor5', null, 'quill', 'tinymce', null,
    ]);
    expect(ADAPTERS.map((a) => a.kind)).toEqual(['ckeditor5', 'tinymce', 'quill', 'contenteditable', 'textarea', 'input']);
  });
});

describe('read(): the text as the user sees it', () => {
  it('textarea and input: the value', () => {
    const p = page('<textarea id="t">Eins\nZwei</textarea><input id="i" value="Ich rufe an.">');
    expect(adapter(byId(p.doc, 't')).read(byId(p.doc, 't'))).toBe('Eins\nZwei');
    expect(adapter(byId(p.doc, 'i')).read(byId(p.doc, 'i'))).toBe('Ich rufe an.');
  });

  it('contenteditable with paragraphs, lists and <br>', () => {
    const p = page('<div id="e" contenteditable="true">Ich rufe an.<div>Ich <b>schreibe</b>.</div><ul><li>Eins</li><li>Zwei<br>Drei</li></ul></div>');
    expect(adapter(byId(p.doc, 'e')).read(byId(p.doc, 'e'))).toBe('Ich rufe an.\nIch schreibe.\nEins\nZwei\nDrei');
  });

  it('CKEditor 5 markup: paragraphs, lists, filler <br>, inline filler, widget UI', () => {
    const p = page(`<div id="e" class="ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline ck-blurred" lang="de" dir="ltr" role="textbox" aria-label="Rich-Text-Editor. Bearbeitungsbereich: main" contenteditable="true">
      <p>Ich bewerbe mich <strong>jeden Monat</strong> auf vier Stellen.</p>
      <ol><li>Ich gehe zum Kurs.</li><li>Ich lege\u2060\u2060\u2060\u2060\u2060\u2060\u2060 die Bescheinigung vor.</li></ol>
      <p><br data-cke-filler="true"></p>
      <figure class="table ck-widget" contenteditable="false"><div class="ck ck-widget__type-around"><div class="ck-widget__type-around__button">↵</div></div></figure>
      <p>Ende</p></div>`);
    expect(adapter(byId(p.doc, 'e')).read(byId(p.doc, 'e'))).toBe(
      'Ich bewerbe mich jeden Monat auf vier Stellen.\nIch gehe zum Kurs.\nIch lege die Bescheinigung vor.\n\nEnde',
    );
  });

  it('Quill 2 markup: lists as <ol data-list>, empty lines', () => {
    const p = page(`<div class="ql-container ql-snow"><div id="e" class="ql-editor" data-gramm="false" contenteditable="true" role="textbox" aria-multiline="true"><p>Das Jobcenter hilft.</p><ol><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>Frau Schneider ruft an.</li><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>Bis 10.12.2026</li></ol><p><br></p><p>Ende</p></div></div>`);
    expect(adapter(byId(p.doc, 'e')).read(byId(p.doc, 'e'))).toBe('Das Jobcenter hilft.\nFrau Schneider ruft an.\nBis 10.12.2026\n\nEnde');
  });

  it('TinyMCE markup: &nbsp; paragraphs, bogus nodes', () => {
    const p = page('<iframe id="fr"></iframe>');
    const doc = fillFrame(byId(p.doc, 'fr'), '<p>Ich&nbsp;rufe an.</p><p>&nbsp;</p><p>Zwei<br data-mce-bogus="1"></p><div data-mce-bogus="all">UI</div>');
    const body = doc.body;
    body.id = 'tinymce';
    body.className = 'mce-content-body';
    body.setAttribute('contenteditable', 'true');
    expect(adapter(body).kind).toBe('tinymce');
    expect(adapter(body).read(body)).toBe('Ich rufe an.\n\nZwei');
  });
});

describe('write(): textarea and input', () => {
  it('writes nothing when the text changed since it was checked', async () => {
    const p = page('<textarea id="t">Der Kunde ruft an.</textarea>');
    const el = byId(p.doc, 't') as HTMLTextAreaElement;
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    const ok = await write(el, 0, 9, 'Ich', 'Der Kunde ruft morgen an.');
    expect(ok).toBe(false);
    expect(el.value).toBe('Der Kunde ruft an.');
    expect(events).toEqual([]);
  });

  it('rejects offsets outside the text', async () => {
    const p = page('<input id="i" value="abc">');
    const el = byId(p.doc, 'i');
    expect(await write(el, 2, 9, 'x', 'abc')).toBe(false);
    expect(await write(el, 2, 1, 'x', 'abc')).toBe(false);
  });

  it('without execCommand: native value setter, input event, caret after the new text', async () => {
    const p = page('<textarea id="t">Der Kunde ruft an.\nZweitens.</textarea>');
    const el = byId(p.doc, 't') as HTMLTextAreaElement;
    // a framework that overrides the element's value property (as React's value tracker does) is bypassed
    let tracked = el.value;
    Object.defineProperty(el, 'value', {
      configurable: true,
      get() {
        return Object.getOwnPropertyDescriptor(p.win.HTMLTextAreaElement.prototype, 'value')!.get!.call(this);
      },
      set(v: string) {
        tracked = v;
        Object.getOwnPropertyDescriptor(p.win.HTMLTextAreaElement.prototype, 'value')!.set!.call(this, v);
      },
    });
    const seen: Array<{ type: string; inputType?: string; value: string }> = [];
    el.addEventListener('input', (e) => seen.push({ type: 'input', inputType: (e as InputEvent).inputType, value: el.value }));
    const ok = await write(el, 0, 18, 'Ich rufe an.', 'Der Kunde ruft an.\nZweitens.');
    expect(ok).toBe(true);
    expect(el.value).toBe('Ich rufe an.\nZweitens.');
    expect(tracked).toBe('Der Kunde ruft an.\nZweitens.'); // the framework learns it from the input event, as from typing
    expect(seen).toEqual([{ type: 'input', inputType: 'insertReplacementText', value: 'Ich rufe an.\nZweitens.' }]);
    expect([el.selectionStart, el.selectionEnd]).toEqual([12, 12]);
  });

  it('with execCommand: selects the span and inserts as typed text (no value setter)', async () => {
    const p = page('<input id="i" value="Das Jobcenter hilft.">');
    const el = byId(p.doc, 'i') as HTMLInputElement;
    const exec = vi.fn((cmd: string, _ui: boolean, text: string) => {
      // what the browser does: replace the selection as if typed
      expect(cmd).toBe('insertText');
      const s = el.selectionStart!;
      const e = el.selectionEnd!;
      el.setRangeText(text, s, e, 'end');
      el.dispatchEvent(new p.win.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
      return true;
    });
    (p.doc as unknown as { execCommand: typeof exec }).execCommand = exec;
    const ok = await write(el, 4, 13, 'Frau Schneider', 'Das Jobcenter hilft.');
    expect(ok).toBe(true);
    expect(exec).toHaveBeenCalledTimes(1);
    expect(el.value).toBe('Das Frau Schneider hilft.');
  });

  it('a page that refuses the typed text is not overruled', async () => {
    const p = page('<textarea id="t">abc</textarea>');
    const el = byId(p.doc, 't') as HTMLTextAreaElement;
    (p.doc as unknown as { execCommand: () => boolean }).execCommand = () => true; // ran, but the page cancelled it
    expect(await write(el, 0, 1, 'x', 'abc')).toBe(false);
    expect(el.value).toBe('abc');
  });
});

describe('write(): contenteditable and rich editors', () => {
  it('writes nothing when the text changed', async () => {
    const p = page('<div id="e" contenteditable="true"><p>Der Kunde ruft an.</p></div>');
    const el = byId(p.doc, 'e');
    const before = el.innerHTML;
    const spy = vi.fn();
    el.addEventListener('beforeinput', spy);
    expect(await write(el, 0, 9, 'Ich', 'Der Kunde ruft morgen an.')).toBe(false);
    expect(spy).not.toHaveBeenCalled();
    expect(el.innerHTML).toBe(before);
  });

  it('an editor that handles beforeinput gets the replacement with the right range and text', async () => {
    const p = page('<div id="e" class="ck-editor__editable" contenteditable="true"><p>Frau A. hilft.</p><p>Der Kunde <b>ruft</b> an.</p></div>');
    const el = byId(p.doc, 'e');
    const expected = 'Frau A. hilft.\nDer Kunde ruft an.';
    const got: Array<{ inputType: string; data: string | null; selected: string; ranges: number }> = [];
    el.addEventListener('beforeinput', (ev) => {
      const e = ev as InputEvent;
      const sel = p.win.getSelection()!;
      const range = sel.getRangeAt(0);
      got.push({ inputType: e.inputType, data: e.data, selected: range.toString(), ranges: sel.rangeCount });
      // the editor applies it to its model and renders: here, plain DOM
      range.deleteContents();
      range.insertNode(p.doc.createTextNode(e.data ?? ''));
      e.preventDefault();
    });
    const start = expected.indexOf('Der Kunde ruft');
    const ok = await write(el, start, start + 'Der Kunde ruft'.length, 'Ich rufe', expected);
    expect(ok).toBe(true);
    expect(got).toEqual([{ inputType: 'insertReplacementText', data: 'Ich rufe', selected: 'Der Kunde ruft', ranges: 1 }]);
    expect(adapter(el).read(el)).toBe('Frau A. hilft.\nIch rufe an.');
    expect(el.querySelectorAll('p')).toHaveLength(2); // no new markup
  });

  it('a rich editor that ignores the input and a browser without execCommand: nothing is written behind the editor\'s back', async () => {
    const p = page('<div class="ql-container"><div id="e" class="ql-editor" contenteditable="true"><p>Der Kunde ruft an.</p></div></div>');
    const el = byId(p.doc, 'e');
    const before = el.innerHTML;
    expect(await write(el, 0, 9, 'Ich', 'Der Kunde ruft an.')).toBe(false);
    expect(el.innerHTML).toBe(before);
  });

  it('falls back to execCommand(insertText) on the selected range', async () => {
    const p = page('<iframe id="fr"></iframe>');
    const doc = fillFrame(byId(p.doc, 'fr'), '<p>Das Jobcenter hilft zeitnah.</p>');
    const body = doc.body;
    body.id = 'tinymce';
    body.className = 'mce-content-body';
    body.setAttribute('contenteditable', 'true');
    const inputs: string[] = [];
    body.addEventListener('input', (e) => inputs.push(`${(e as InputEvent).inputType}:${(e as InputEvent).data}`));
    const exec = vi.fn((cmd: string, _ui: boolean, text: string) => {
      const r = doc.getSelection()!.getRangeAt(0);
      expect(cmd).toBe('insertText');
      expect(r.toString()).toBe('zeitnah');
      r.deleteContents();
      (r.startContainer as Text).insertData(r.startOffset, text);
      body.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
      return true;
    });
    (doc as unknown as { execCommand: typeof exec }).execCommand = exec;
    const expected = 'Das Jobcenter hilft zeitnah.';
    const s = expected.indexOf('zeitnah');
    expect(await write(body, s, s + 7, 'bis zum 10.12.', expected)).toBe(true);
    expect(adapter(body).read(body)).toBe('Das Jobcenter hilft bis zum 10.12..');
    // TinyMCE's undo levels: a replacement signal before and after the typed text
    expect(inputs).toEqual(['insertReplacementText:null', 'insertText:bis zum 10.12.', 'insertReplacementText:null']);
  });

  it('plain contenteditable without editing commands: the range is replaced by text, an input event follows', async () => {
    const p = page('<div id="e" contenteditable="true"><p>Der Kunde <i>bewirbt</i> sich.</p><p>Zwei</p></div>');
    const el = byId(p.doc, 'e');
    const inputs: string[] = [];
    el.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    const expected = 'Der Kunde bewirbt sich.\nZwei';
    expect(await write(el, 0, 23, 'Ich bewerbe mich.', expected)).toBe(true);
    expect(adapter(el).read(el)).toBe('Ich bewerbe mich.\nZwei');
    expect(el.innerHTML).not.toMatch(/<(?!\/?(p|i)>)/); // nothing but the page's own p/i elements
    expect(inputs).toEqual(['insertReplacementText']);
  });

  it('an insertion is sent as the replacement of a neighbouring character', () => {
    expect(replacementSpan('Ich rufe an.', 8, 8, ' morgen')).toEqual({ start: 7, end: 8, text: 'e morgen' });
    expect(replacementSpan('Ich rufe an.', 0, 0, 'Ja, ')).toEqual({ start: 0, end: 1, text: 'Ja, I' });
    expect(replacementSpan('a\nb', 2, 2, 'x')).toEqual({ start: 2, end: 3, text: 'xb' });
    expect(replacementSpan('', 0, 0, 'x')).toEqual({ start: 0, end: 0, text: 'x' });
    expect(replacementSpan('abc', 1, 2, 'x')).toEqual({ start: 1, end: 2, text: 'x' });
  });

  it('an insertion reaches an editor as a replacement range', async () => {
    const p = page('<div id="e" class="ql-editor" contenteditable="true"><p>Ich rufe an.</p></div>');
    const el = byId(p.doc, 'e');
    let selected = '';
    el.addEventListener('beforeinput', (ev) => {
      const e = ev as InputEvent;
      const r = p.win.getSelection()!.getRangeAt(0);
      selected = r.toString();
      r.deleteContents();
      r.insertNode(p.doc.createTextNode(e.data ?? ''));
      e.preventDefault();
    });
    expect(await write(el, 8, 8, ' morgen', 'Ich rufe an.')).toBe(true);
    expect(selected).toBe('e');
    expect(adapter(el).read(el)).toBe('Ich rufe morgen an.');
  });

  it('the text map of an editor maps entry offsets of its read text to DOM ranges for highlights', () => {
    const p = page('<div id="e" class="ck-editor__editable" contenteditable="true"><p>Eins</p><ul><li>Das <b>Jobcenter</b> hilft.</li></ul></div>');
    const el = byId(p.doc, 'e');
    const a = adapter(el);
    const text = a.read(el);
    const s = text.indexOf('Jobcenter');
    const map = buildTextMap(el);
    expect(map.text).toBe(text);
    const r = textRange(map, s, s + 9);
    expect(r.toString()).toBe('Jobcenter');
    expect(textOffsetAt(map, r.startContainer, r.startOffset)).toBe(s);
  });
});
