/**
 * TinyMCE: in iframe mode (the default) the editable root is the body of the editor's own iframe
 * (`<body id="tinymce" class="mce-content-body" data-id="…" contenteditable="true">`); in inline mode it
 * is the page's own element, which gets the class `mce-content-body`.
 *
 * Writing into it: write.ts.
 */
import type { FieldAdapter } from '../types';
import { editableAttr } from '../dom';
import { readEditableText } from '../textmap';

export function isTinyMceRoot(el: Element): boolean {
  if (editableAttr(el) !== true) return false;
  if (el.classList.contains('mce-content-body')) return true;
  return el.localName === 'body' && el.id === 'tinymce';
}

export const tinymceAdapter: FieldAdapter = {
  kind: 'tinymce',
  matches: isTinyMceRoot,
  read: readEditableText,
};
