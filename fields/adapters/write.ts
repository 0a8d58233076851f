/**
 * Writing a fix into a field, the way each kind of editor's own code expects, so that the page sees the change and
 * the browser's (or the editor's) undo restores the old text. Nothing is written when the field's text is no
 * longer `expected`. Loaded with the page actions (entrypoints/page-actions/) on the user's "Übernehmen": the
 * page agent itself only reads.
 *
 * - textarea, input: focus, select the span, `execCommand('insertText')` — the browser treats it as typing, so a
 *   React-controlled field's state follows and Ctrl+Z restores the old text. Only where that command does not
 *   exist does the native value setter (bypassing a framework's own value property) plus an `input` event take
 *   over (no undo then).
 * - contenteditable, CKEditor 5, Quill: beforeinput / execCommand (dom-write.ts); only a plain contenteditable
 *   falls back to changing the text nodes directly.
 * - TinyMCE does not take text from `beforeinput`, so the text goes in through `execCommand('insertText')` in the
 *   editor's document. TinyMCE keeps its own undo stack: an `input` event of type `insertReplacementText` (its
 *   signal for a spell-checker replacement) right before and after the change makes the old and the new text undo
 *   levels of their own.
 */
import { execCommand, focusElement, windowOf } from '../dom';
import { readEditableText } from '../textmap';
import type { FieldKind } from '../types';
import { writeIntoEditable } from './dom-write';
import { isTextarea } from './textarea';

type TextControl = HTMLTextAreaElement | HTMLInputElement;

/** Replaces text[start..end] of the field with `text`; false (nothing written) when its text is no longer `expected`. */
export type Writer = (el: Element, start: number, end: number, text: string, expected: string) => Promise<boolean>;

function setNativeValue(el: TextControl, value: string): void {
  const win = windowOf(el);
  const proto = isTextarea(el) ? win?.HTMLTextAreaElement?.prototype : win?.HTMLInputElement?.prototype;
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  if (setter) setter.call(el, value);
  else el.value = value;
}

async function writeControl(el: Element, start: number, end: number, text: string, expected: string): Promise<boolean> {
  const f = el as TextControl;
  if (f.value !== expected) return false;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= expected.length)) return false;
  if (expected.slice(start, end) === text) return true;
  const want = expected.slice(0, start) + text + expected.slice(end);

  focusElement(f);
  try {
    f.setSelectionRange(start, end);
  } catch {
    return false;
  }
  const done = text ? execCommand(f.ownerDocument, 'insertText', text) : execCommand(f.ownerDocument, 'delete');
  if (f.value !== expected) return true; // typed into the field (the page may have reformatted it)
  if (done) return false; // the command ran and the page refused the change

  // No editing command here: set the value as the browser would and tell the page.
  setNativeValue(f, want);
  try {
    f.setSelectionRange(start + text.length, start + text.length);
  } catch {
    /* some input types have no selection */
  }
  const win = windowOf(f);
  if (win) {
    f.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    f.dispatchEvent(new win.Event('change', { bubbles: true }));
  }
  return f.value === want;
}

function undoLevel(el: Element): void {
  const win = windowOf(el);
  if (!win) return;
  el.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: null }));
}

const WRITERS: Record<FieldKind, Writer> = {
  textarea: writeControl,
  input: writeControl,
  contenteditable: (el, start, end, text, expected) => writeIntoEditable(el, start, end, text, expected, { read: readEditableText, directFallback: true }),
  ckeditor5: (el, start, end, text, expected) => writeIntoEditable(el, start, end, text, expected, { read: readEditableText, directFallback: false }),
  quill: (el, start, end, text, expected) => writeIntoEditable(el, start, end, text, expected, { read: readEditableText, directFallback: false }),
  tinymce: (el, start, end, text, expected) =>
    writeIntoEditable(el, start, end, text, expected, { read: readEditableText, directFallback: false, around: (root) => undoLevel(root) }),
};

/** Writes into a field of the given kind (see above). */
export function writeField(kind: FieldKind, el: Element, start: number, end: number, text: string, expected: string): Promise<boolean> {
  return WRITERS[kind](el, start, end, text, expected);
}
