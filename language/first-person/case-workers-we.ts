/**
 * The case worker's "uns" in a sentence that addresses the client as "Sie", in her own headings ("Sie teilen uns das
 * Ergebnis mit", "Sie melden sich bei uns"): once she speaks as "ich", "uns" is the job centre — "dem Jobcenter",
 * "beim Jobcenter" — by the case the preposition or the verb gives. Null wherever that is not sure: an "unser …", a "wir"
 * that acts (not "wir gemeinsam", she and the case worker), a verb whose case for "uns" is not known.
 */
import { tokenize, type Token } from '../tokens';
import { isWord } from './common';

const AFTER_PREPOSITION: Record<string, string> = {
  bei: 'beim Jobcenter', von: 'vom Jobcenter', mit: 'mit dem Jobcenter', zu: 'zum Jobcenter', an: 'an das Jobcenter', für: 'für das Jobcenter',
};
// verbs that take "uns" in the dative (to tell, send, give, show, hand in) or the accusative (to inform, call)
const DATIVE = /^(?:mit)?teil|^(?:zu)?schick|^(?:zu)?send|^(?:ab)?geb|^gib|^(?:ab)?sag|^(?:vor)?leg|^(?:nach)?weis|^(?:vor)?zeig|^meld|^(?:ein)?reich|^übermittel|^mitgeteilt|^vorgelegt|^nachgewiesen|^zugeschickt|^zugesandt|^gezeigt|^gesagt|^gemeldet|^gegeben|^eingereicht/;
const ACCUSATIVE = /^informier|^(?:an)?ruf|^angerufen|^kontaktier|^benachrichtig|^besuch|^erreich|^informiert/;

/** Does the sentence (its tokens) speak to the client as "Sie", with the case worker's "uns" and no "ich"/"mein" of anyone? */
export function caseWorkersUs(toks: readonly Token[]): boolean {
  // (or "wir gemeinsam": she and the case worker, which stays)
  const we = toks.some((t, k) => t.lower === 'uns' || (t.lower === 'wir' && toks[k + 1]?.lower === 'gemeinsam'));
  return toks.some((t) => t.text === 'Sie') && we && !toks.some((t) => isWord(t) && /^(?:ich|mich|mir|mein\p{L}*)$/u.test(t.lower));
}

/** The rewrite with "uns" as the job centre, or null when one of them is not sure. */
export function usAsJobCentre(fixed: string): string | null {
  const toks = tokenize(fixed);
  if (toks.some((t) => isWord(t) && /^unser/.test(t.lower))) return null;
  // ("wir gemeinsam" stays, she and the case worker — but beside it an "uns" may be theirs: unsure)
  const we = toks.some((t) => t.lower === 'wir');
  if (toks.some((t, k) => t.lower === 'wir' && toks[k + 1]?.lower !== 'gemeinsam')) return null;
  let out = fixed;
  for (const [k, t] of [...toks.entries()].reverse()) {
    if (t.lower !== 'uns') continue;
    if (we) return null;
    const prev = toks[k - 1];
    let text: string | undefined;
    let start = t.start;
    if (isWord(prev) && AFTER_PREPOSITION[prev.lower]) {
      text = AFTER_PREPOSITION[prev.lower];
      start = prev.start;
      if (prev.text !== prev.lower) text = text[0]!.toLocaleUpperCase('de') + text.slice(1);
    } else {
      // the verb of its clause: the word before it and the one that ends the clause
      let end = k + 1;
      while (end < toks.length && !/^[,;.!?]$/.test(toks[end]!.text)) end++;
      // (her "ich" may stand between: "… lege ich uns und dem Kursträger … vor")
      const verb = isWord(prev) && /^(?:ich|mich|mir)$/.test(prev.lower) ? toks[k - 2] : prev;
      const verbs = [verb, toks[end - 1]].filter(isWord).map((x) => x.lower);
      if (verbs.some((v) => DATIVE.test(v))) text = 'dem Jobcenter';
      else if (verbs.some((v) => ACCUSATIVE.test(v))) text = 'das Jobcenter';
    }
    if (!text) return null;
    out = out.slice(0, start) + text + out.slice(t.end);
  }
  return out;
}
