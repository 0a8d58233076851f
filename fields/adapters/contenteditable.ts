/**
 * A plain contenteditable region (an editing host: editable, its parent not). Text as in fields/textmap.ts;
 * written through beforeinput / execCommand('insertText') (fields/adapters/dom-write.ts).
 */
import type { FieldAdapter } from '../types';
import { isEditingHost } from '../dom';
import { readEditableText } from '../textmap';

export const contenteditableAdapter: FieldAdapter = {
  kind: 'contenteditable',
  matches: (el) => isEditingHost(el),
  read: readEditableText,
};
