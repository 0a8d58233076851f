/**
 * CKEditor 5: its editable root is `.ck-editor__editable[contenteditable=true]` (classic, inline, balloon and
 * decoupled editors alike; nested editables of widgets belong to their root). Recognised by the DOM only:
 * the content script cannot see the page's `editor` object.
 *
 * One line per paragraph, heading or list item. Writing goes through `beforeinput` with a target range,
 * which CKEditor turns into a model change (so its undo and `change:data` see it); CKEditor's inline
 * filler characters are not part of the text.
 */
import type { FieldAdapter } from '../types';
import { editableAttr } from '../dom';
import { readEditableText } from '../textmap';

export function isCkEditorRoot(el: Element): boolean {
  return (
    el.classList.contains('ck-editor__editable') &&
    !el.classList.contains('ck-editor__nested-editable') &&
    editableAttr(el) === true
  );
}

/** The classic editor's UI container (`.ck-editor`), which stands right after the element it replaced. */
export function ckEditorContainer(el: Element): Element | null {
  return el.closest('.ck-editor');
}

export const ckeditor5Adapter: FieldAdapter = {
  kind: 'ckeditor5',
  matches: isCkEditorRoot,
  read: readEditableText,
};
