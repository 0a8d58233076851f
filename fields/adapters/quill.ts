/**
 * Quill: its editable root is `.ql-editor` inside the `.ql-container` the page created the editor on.
 * Quill 2 keeps every list as `<ol>` with `<li data-list=…>`; one line per paragraph or list item.
 * Quill 2 handles `beforeinput` (insertReplacementText with a target range) in its model, so its history
 * module and `text-change` see the change.
 */
import type { FieldAdapter } from '../types';
import { editableAttr } from '../dom';
import { readEditableText } from '../textmap';

export function isQuillRoot(el: Element): boolean {
  return el.classList.contains('ql-editor') && editableAttr(el) === true;
}

export const quillAdapter: FieldAdapter = {
  kind: 'quill',
  matches: isQuillRoot,
  read: readEditableText,
};
