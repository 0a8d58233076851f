/**
 * Who acts in a nominalisation or fragment: "durch den Ärztlichen Dienst", "seitens des Jobcenters" name someone
 * else who does it (the client has it done), "durch einen Sprachkurs" names a means (the client still does it).
 */
import { isNominalisation } from '../nouns';
import { isCapitalised, type Token } from '../tokens';
import { isLower, isWord } from './common';

// Who does something, as the agent of a nominalisation ("durch den Ärztlichen Dienst", "seitens des Jobcenters").
const AGENT_NOUN =
  /(?:dienst|service|jobcenter|agentur|amt|behörde|beratungsstelle|träger|arzt|ärztin|gutachter(?:in)?|psycholog(?:e|in)|berater(?:in)?|fachkraft|fallmanager(?:in)?|vermittler(?:in)?|betreuer(?:in)?|arbeitgeber(?:in)?|caritas|diakonie|verein|team|firma|betrieb|kita|schule|einrichtung|verwaltung|leitung|stiftung)$/i;
// What something is done by as a means ("durch einen Sprachkurs", "durch Teilnahme an …"): the client still does it.
const MEANS_NOUN = /(?:kurs|kurses|training|trainings|maßnahme|praktikum|praktikums|ehrenamt|coaching|seminar|lehrgang|lehrgangs|ung|nahme|arbeit|übung|unterricht|studium)$/i;
const AGENT_DET = /^(den|die|das|dem|der|des|einen|eine|ein|meinen|meine|mein|seinen|seine|ihren|ihre)$/;

/**
 * After a nominalisation, "durch" or "seitens" followed by someone who acts (a named person, a service, an office, an
 * authority abbreviation) makes the client the one who has it done: 'agent'. A means ("durch einen Sprachkurs")
 * leaves the client acting: 'none'. Anything else after "durch": 'unsure'.
 */
export function agentPhrase(toks: Token[], from: number): 'agent' | 'none' | 'unsure' {
  const k = toks.findIndex((t, i) => i >= from && (t.lower === 'durch' || t.lower === 'seitens'));
  if (k < 0) return 'none';
  if (toks[k]!.lower === 'seitens') return 'agent';
  let i = k + 1;
  if (isWord(toks[i]) && /^(frau|herrn?)$/.test(toks[i]!.lower)) return 'agent';
  const article = isWord(toks[i]) && AGENT_DET.test(toks[i]!.lower);
  if (article) i++;
  while (isWord(toks[i]) && isLower(toks[i]!)) i++; // adjectives: "den Ärztlichen Dienst" is capitalised, "den neuen Träger" not
  while (isWord(toks[i]) && isCapitalised(toks[i]!) && isWord(toks[i + 1]) && isCapitalised(toks[i + 1]!) && /(?:e|en|er|es)$/.test(toks[i]!.lower)) i++; // "Ärztlichen Dienst"
  const n = toks[i];
  if (!isWord(n) || !isCapitalised(n)) return 'unsure';
  if (/^\p{Lu}[\p{Lu}\p{N}-]*$/u.test(n.text) && n.text.length >= 2) return 'agent'; // ÄD, BPS, AGS
  // (an honorary post is something she does, not an office: "durch das Ehrenamt im Seniorenheim")
  if (AGENT_NOUN.test(n.lower) && !/ehrenamt$/.test(n.lower)) return 'agent';
  // a counselling service by name ("die Schuldnerberatung") acts; "Beratung" alone may be a means
  if (/\p{L}beratung$/u.test(n.lower)) return 'agent';
  if (n.lower === 'beratung') return 'unsure';
  if (MEANS_NOUN.test(n.lower) || isNominalisation(n.text)) return 'none';
  // without an article, what is not a person, a service or an authority is a means ("durch Abbau von Hemmnissen")
  return article ? 'unsure' : 'none';
}
