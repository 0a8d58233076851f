/**
 * `<textarea>` and one-line text inputs (`<input type="text">` or without a type). Writing into them: write.ts.
 */
import type { FieldAdapter } from '../types';

export function isTextarea(el: Element): el is HTMLTextAreaElement {
  return el.localName === 'textarea';
}

/** `<input>` whose type is text (a missing or unknown type counts as text, as in the browser). */
export function isTextInput(el: Element): el is HTMLInputElement {
  return el.localName === 'input' && (el as HTMLInputElement).type === 'text';
}

export const textareaAdapter: FieldAdapter = {
  kind: 'textarea',
  matches: isTextarea,
  read: (el) => (el as HTMLTextAreaElement).value,
};

export const inputAdapter: FieldAdapter = {
  kind: 'input',
  matches: isTextInput,
  read: (el) => (el as HTMLInputElement).value,
};
