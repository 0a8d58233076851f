/**
 * TinyMCE: in iframe mode (the default) the editable root is the body of the editor's own iframe
 * (`<body id="tinymce" class="mce-content-body" data-id="…" contenteditable="true">`); in inline mode it
 * is the page's own element, which gets the class `mce-content-body`.
 *
 * TinyMCE does not take text from `beforeinput`, so the text goes in through `execCommand('insertText')`
 * in the editor's document. TinyMCE keeps its own undo stack: an `input` event of type
 * `insertReplacementText` (its signal for a spell-checker replacement) right before and after the change
 * makes the old and the new text undo levels of their own.
 */
import type { FieldAdapter } from '../types';
import { editableAttr, windowOf } from '../dom';
import { buildTextMap, readEditableText } from '../textmap';
import { writeIntoEditable } from './dom-write';

export function isTinyMceRoot(el: Element): boolean {
  if (editableAttr(el) !== true) return false;
  if (el.classList.contains('mce-content-body')) return true;
  return el.localName === 'body' && el.id === 'tinymce';
}

function undoLevel(el: Element): void {
  const win = windowOf(el);
  if (!win) return;
  el.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: null }));
}

export const tinymceAdapter: FieldAdapter = {
  kind: 'tinymce',
  matches: isTinyMceRoot,
  read: readEditableText,
  write: (el, start, end, text, expected) =>
    writeIntoEditable(el, start, end, text, expected, {
      read: readEditableText,
      directFallback: false,
      around: (root) => undoLevel(root),
    }),
  range: (el, start, end) => buildTextMap(el).range(start, end),
};
