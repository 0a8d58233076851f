/**
 * The field adapters, most specific first: an element is handled by the first adapter that matches it
 * (a CKEditor, TinyMCE or Quill root is also a contenteditable region).
 */
import type { FieldAdapter } from '../types';
import { ckeditor5Adapter } from './ckeditor5';
import { contenteditableAdapter } from './contenteditable';
import { quillAdapter } from './quill';
import { inputAdapter, textareaAdapter } from './textarea';
import { tinymceAdapter } from './tinymce';

export const ADAPTERS: readonly FieldAdapter[] = [
  ckeditor5Adapter,
  tinymceAdapter,
  quillAdapter,
  contenteditableAdapter,
  textareaAdapter,
  inputAdapter,
];

/** The adapter for an editable root, or null when the element is none. */
export function adapterFor(el: Element): FieldAdapter | null {
  for (const a of ADAPTERS) if (a.matches(el)) return a;
  return null;
}

export { ckeditor5Adapter, contenteditableAdapter, inputAdapter, quillAdapter, textareaAdapter, tinymceAdapter };
