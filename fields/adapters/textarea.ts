/**
 * `<textarea>` and one-line text inputs (`<input type="text">` or without a type).
 *
 * Writing: focus, select the span, `execCommand('insertText')` — the browser treats it as typing, so a
 * React-controlled field's state follows and Ctrl+Z in the field restores the old text. Only where that
 * command does not exist does the native value setter (bypassing a framework's own value property) plus an
 * `input` event take over (no undo then).
 */
import type { FieldAdapter } from '../types';
import { execCommand, focusElement, windowOf } from '../dom';

type TextControl = HTMLTextAreaElement | HTMLInputElement;

export function isTextarea(el: Element): el is HTMLTextAreaElement {
  return el.localName === 'textarea';
}

/** `<input>` whose type is text (a missing or unknown type counts as text, as in the browser). */
export function isTextInput(el: Element): el is HTMLInputElement {
  return el.localName === 'input' && (el as HTMLInputElement).type === 'text';
}

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

export const textareaAdapter: FieldAdapter = {
  kind: 'textarea',
  matches: isTextarea,
  read: (el) => (el as HTMLTextAreaElement).value,
  write: writeControl,
};

export const inputAdapter: FieldAdapter = {
  kind: 'input',
  matches: isTextInput,
  read: (el) => (el as HTMLInputElement).value,
  write: writeControl,
};
