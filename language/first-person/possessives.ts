/** Possessives of the client: "sein"/"ihr" with any ending → "mein" with the same ending ("seinen" → "meinen"). */
import { upperFirst } from './common';

export const POSSESSIVE = /^(sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres)$/;
export function toMine(word: string): string {
  const ending = word.toLocaleLowerCase('de').replace(/^(sein|ihr)/, '');
  const out = 'mein' + ending;
  return word[0] !== word[0]!.toLocaleLowerCase('de') ? upperFirst(out) : out;
}
