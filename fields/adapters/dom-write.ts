/**
 * Writing into an editable DOM region (contenteditable, CKEditor 5, TinyMCE, Quill) the way a person's
 * input would arrive, so the editor's own model, its change events and its undo stack see the change:
 *
 * 1. the text offsets become a DOM Range (fields/textmap.ts), which is selected;
 * 2. a `beforeinput` event (inputType `insertReplacementText`, the text as `data` and as a `text/plain`
 *    DataTransfer, the range as its target range) goes to the editable — editors that handle input
 *    themselves (CKEditor 5, Quill 2) apply it to their model and cancel the event;
 * 3. if nobody handled it (not cancelled, text unchanged), `execCommand('insertText')` inserts the text
 *    as typed text (the browser's undo, and TinyMCE's, restore it);
 * 4. plain contenteditable only, where neither exists (no browser does that today): the range's text is
 *    replaced by a text node and an `input` event is sent. Rich editors never get DOM written behind their back.
 *
 * Nothing is written when the field's text is no longer the expected text. Never any markup.
 */
import { execCommand, focusElement, windowOf } from '../dom';
import { textRange } from '../text-range';
import { buildTextMap } from '../textmap';

export interface DomWriteOptions {
  /** Reads the field's text (the adapter's read). */
  read: (el: Element) => string;
  /** Replace the DOM range directly when the editor and the browser both ignored the input (plain contenteditable only). */
  directFallback: boolean;
  /** Called right before and right after a change the browser made through execCommand (TinyMCE's undo levels). */
  around?: (el: Element, when: 'before' | 'after') => void;
}

/** The replacement actually sent: an insertion widens to one neighbouring character (rewritten unchanged). */
export function replacementSpan(expected: string, start: number, end: number, text: string): { start: number; end: number; text: string } {
  if (start !== end || expected.length === 0) return { start, end, text };
  // Editors handle replacements of a non-empty range in their model; a bare insertion they leave to the
  // browser, which does nothing for a synthetic event. Rewriting a neighbour unchanged keeps it a replacement.
  if (start > 0 && expected[start - 1] !== '\n') return { start: start - 1, end, text: expected[start - 1] + text };
  if (end < expected.length && expected[end] !== '\n') return { start, end: end + 1, text: text + expected[end] };
  return { start, end, text };
}

function selectRange(el: Element, range: Range): boolean {
  const win = windowOf(el);
  const sel = win?.getSelection();
  if (!sel) return false;
  try {
    sel.removeAllRanges();
    sel.addRange(range);
    return true;
  } catch {
    return false;
  }
}

function beforeInputEvent(el: Element, text: string, range: Range): InputEvent | null {
  const win = windowOf(el);
  if (!win || typeof win.InputEvent !== 'function') return null;
  const init: InputEventInit = {
    inputType: 'insertReplacementText',
    data: text,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  if (typeof win.DataTransfer === 'function') {
    try {
      const dt = new win.DataTransfer();
      dt.setData('text/plain', text);
      init.dataTransfer = dt;
    } catch {
      /* no DataTransfer: data alone */
    }
  }
  if (typeof win.StaticRange === 'function') {
    try {
      init.targetRanges = [
        new win.StaticRange({
          startContainer: range.startContainer,
          startOffset: range.startOffset,
          endContainer: range.endContainer,
          endOffset: range.endOffset,
        }),
      ];
    } catch {
      /* no target range: the selection tells */
    }
  }
  return new win.InputEvent('beforeinput', init);
}

/** Replaces the range's content by plain text (a text node, never markup). */
function replaceRangeDirectly(range: Range, text: string): void {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const { startContainer, startOffset, endContainer, endOffset } = range;
  if (startContainer === endContainer && startContainer.nodeType === 3) {
    (startContainer as Text).replaceData(startOffset, endOffset - startOffset, text);
    return;
  }
  range.deleteContents();
  if (!text) return;
  if (range.startContainer.nodeType === 3) (range.startContainer as Text).insertData(range.startOffset, text);
  else range.insertNode(doc.createTextNode(text));
}

export async function writeIntoEditable(
  el: Element,
  start: number,
  end: number,
  text: string,
  expected: string,
  opts: DomWriteOptions,
): Promise<boolean> {
  if (opts.read(el) !== expected) return false;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= expected.length)) return false;
  if (expected.slice(start, end) === text) return true; // nothing to change
  const span = replacementSpan(expected, start, end, text);

  focusElement(el);
  const range = textRange(buildTextMap(el), span.start, span.end);
  if (!selectRange(el, range)) return false;

  // 1. the editor's own input handling
  const ev = beforeInputEvent(el, span.text, range);
  if (ev) {
    el.dispatchEvent(ev);
    const now = opts.read(el);
    if (ev.defaultPrevented) return now !== expected; // handled (or refused, e.g. read-only)
    if (now !== expected) return true;
  }

  // 2. the browser's editing command, as typed text
  const again = buildTextMap(el);
  if (again.text !== expected) return false;
  const range2 = textRange(again, span.start, span.end);
  selectRange(el, range2);
  opts.around?.(el, 'before');
  const done = span.text ? execCommand(el.ownerDocument, 'insertText', span.text) : execCommand(el.ownerDocument, 'delete');
  if (opts.read(el) !== expected) {
    opts.around?.(el, 'after');
    return true;
  }
  if (done) return false; // the command ran but left the text as it was: the page refused it

  // 3. plain contenteditable without editing commands
  if (!opts.directFallback) return false;
  replaceRangeDirectly(range2, span.text);
  const win = windowOf(el);
  if (win) {
    const caret = textRange(buildTextMap(el), span.start + span.text.length, span.start + span.text.length);
    selectRange(el, caret);
    el.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: span.text }));
  }
  return opts.read(el) !== expected;
}
