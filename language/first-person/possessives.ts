/** Possessives of the client: "sein"/"ihr" with any ending → "mein" with the same ending ("seinen" → "meinen"). */
import { upperFirst } from './common';

export const POSSESSIVE = /^(sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres)$/;
/**
 * "seinen" → "meinen". The capital stays only where the word opens the sentence (`atStart`): the formal "Ihre" inside
 * a sentence becomes "meine".
 */
export function toMine(word: string, atStart = false): string {
  const ending = word.toLocaleLowerCase('de').replace(/^(sein|ihr)/, '');
  const out = 'mein' + ending;
  return atStart ? upperFirst(out) : out;
}
