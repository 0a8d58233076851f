/**
 * The client addressed formally ("Sie", "Ihnen", "Ihre") inside someone else's sentence, made her own voice: used by
 * client-as-object.ts where the job centre or others act ("Wir senden Ihnen …" → "… mir …").
 */
import { clientNouns, hasFirstPerson, namedPersons } from '../people';
import { tokenize, type Sentence } from '../tokens';
import { applyEdits, conjugateFirst, clauseEndIndex, FORMAL_WORD, isWe, isWord, looksFinite, PREP_CASE, SUBORDINATOR, type Edit } from './common';
import { moreVerbsInClause } from './clause-shape';
import { toMine } from './possessives';

/**
 * The client addressed formally inside someone else's sentence: "Ihnen" → "mir", "Sie" → "mich", "Ihre" → "meine";
 * an opening "Ihre" too when the sentence addresses the client again ("Ihre Ansprechpartnerin … meldet sich bei
 * Ihnen"). Empty when the sentence has none; null when unsure.
 */
export function formalEdits(s: Sentence): Edit[] | null {
  const toks = s.tokens;
  const edits: Edit[] = [];
  const inner = toks.some((t, k) => k > 0 && FORMAL_WORD.test(t.text));
  if (!inner) return edits;
  const handled = new Set<number>();
  // she and someone else together ("begleitet Sie und Frau Öztürk …, damit sie dort ihre Fragen klären"): a "sie" or
  // "ihre" after it may be the two of them, which would be "wir"/"unsere" — unsure
  const together = toks.findIndex((t, k) => k > 0 && /^(?:Sie|Ihnen)$/.test(t.text) && /^(?:und|sowie)$/.test(toks[k + 1]?.lower ?? ''));
  if (together > 0 && toks.some((t, k) => k > together && isWord(t) && t.text === t.lower && /^(?:sie|ihnen|ihr(?:e[mnrs]?)?)$/.test(t.lower))) return null;
  for (const [k, t] of toks.entries()) {
    if (!isWord(t) || handled.has(k)) continue;
    // (an opening "Ihnen" before its verb, in a sentence that addresses her again: "Ihnen werden die Kosten für Ihre …
    // erstattet" → "Mir werden …")
    if (k === 0 && t.text === 'Ihnen' && isWord(toks[1]) && looksFinite(toks[1]!)) { edits.push({ start: t.start, end: t.end, text: 'Mir' }); continue; }
    if (k === 0 && !/^Ihr/.test(t.text)) continue;
    if (t.text === 'Ihnen') edits.push({ start: t.start, end: t.end, text: 'mir' });
    else if (t.text === 'Sie') {
      const prev = toks[k - 1];
      if (!isWord(prev)) return null;
      // after a conjunction "Sie" is the subject of its clause, its verb at the end in the plural: "…, sobald Sie wieder
      // belastbar sind" → "sobald ich wieder belastbar bin" (more verbs of that clause after a comma: unsure)
      if (SUBORDINATOR.test(prev.lower)) {
        const end = clauseEndIndex(toks, k);
        const v = toks[end]!;
        const f = end > k && isWord(v) && v.text === v.lower && (/(?:en|ern|eln)$/.test(v.lower) || v.lower === 'sind') ? conjugateFirst(v.lower, true) : null;
        if (!f || moreVerbsInClause(toks, k, end)) return null;
        edits.push({ start: t.start, end: t.end, text: 'ich' }, { start: v.start, end: v.end, text: f });
        handled.add(end);
        continue;
      }
      // after a plural verb "Sie" is its subject ("Ihre Unterlagen schicken Sie …"), except after a verb of "wir": "Wir
      // beraten Sie", "Wir prüfen … und leiten Sie … weiter"
      const ofWe = toks[0]!.lower === 'wir' && (k === 2 || (k > 3 && toks[k - 2]!.lower === 'und' && /(?:en|ern|eln)$/.test(prev.lower)));
      const subject = /(?:en|ern|eln)$/.test(prev.lower) && !ofWe;
      if (!subject && (PREP_CASE[prev.lower] === 'mich' || looksFinite(prev) || ofWe)) edits.push({ start: t.start, end: t.end, text: 'mich' });
      else return null;
    } else if (/^(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)$/.test(t.text)) edits.push({ start: t.start, end: t.end, text: toMine(t.text, k === 0) });
  }
  return edits;
}

/**
 * In her own headings, a sentence that addresses her only as "Ihr …"/"Ihnen" and as "Sie" where formalEdits can read it
 * (after a conjunction, or the object of a verb), with no "Sie" as its subject: "Zunächst sollen Ihre Einschränkungen …
 * geklärt werden" → "… meine Einschränkungen …", "Ihnen ist wichtig, dass Sie … finden" → "Mir ist wichtig, dass ich …
 * finde". `first`: the entry's first sentence. Its rewrite; null where anyone else is named, the job centre's "wir" or "uns" is in it, or a formal word is left.
 */
export function addressedOnly(s: Sentence, first: boolean): string | null {
  const toks = s.tokens;
  if (toks.some(isWe) || hasFirstPerson(toks) || namedPersons(toks).length || clientNouns(toks).length) return null;
  // (a request without a verb of its own is an instruction, not her sentence: "Ortsabwesenheiten bitte vorher mit Ihrer
  // Ansprechpartnerin abstimmen" would stay one)
  if (toks.some((t) => isWord(t) && t.lower === 'bitte') || !toks.some((t) => isWord(t) && t.text === t.lower && looksFinite(t))) return null;
  const edits = formalEdits(s);
  if (!edits) return null;
  // (an opening "Ihr …" the edits leave alone where nothing else addresses her: "Ihr Führerschein soll … gültig sein" —
  // in the entry's first sentence only: after another one it may be "her …", another woman's named there)
  const t0 = toks[0];
  if (first && isWord(t0) && /^Ihr(?:e[mnrs]?)?$/.test(t0.text) && !edits.some((e) => e.start === t0.start)) edits.push({ start: t0.start, end: t0.end, text: toMine(t0.text, true) });
  if (!edits.length) return null;
  const out = applyEdits(s.text, s.start, edits);
  return tokenize(out).some((t) => isWord(t) && FORMAL_WORD.test(t.text)) ? null : out;
}
