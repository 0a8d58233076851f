/**
 * What a fix must keep besides numbers, dates and names: the institutions and instruments a sentence names (an
 * abbreviation's meaning is a fact: "MAT" may become only what the lexicon confirms it stands for), and who acts (a
 * rewrite may turn only the client into "ich"). The checker drops a fix that fails either; the finding stays.
 */
import { jargonEntry, jargonVariant } from './lexicon';
import { clientNouns, namedPersons, sameName } from './people';
import { isCapitalised, tokenize, type Token } from './tokens';

// Offices, services, providers and instruments, by how their names end ("Jobcenter", "Ausländerbehörde",
// "Schuldnerberatung", "Bildungsgutschein", "Eingliederungszuschuss", "Arbeitsgelegenheit").
const INSTITUTION =
  /(?:jobcenter|agentur|behörde|amt|ämter|stelle|beratung|dienst|service|zentrum|kasse|versicherung|träger|caritas|diakonie|gutschein|zuschuss|geld|budget|maßnahme|gelegenheit|einstiegsqualifizierung|werkstatt|schule|kita|verein|vermittlung|fallmanagement)(?:s|es|n|en)?$/;
// An abbreviation as written: two capitals or more ("AGH", "FbW", "eLb" is the client and may go)
const ABBREVIATION = /^(?=\p{L}*\p{Lu}\p{L}*\p{Lu})[\p{L}\d]{2,6}$/u;

const stem = (w: string): string => w.toLocaleLowerCase('de').replace(/(?:es|s|en|n)$/, '');

/** The institutions, instruments and abbreviations a text names (eLb and the client's own words excluded). */
function instituted(toks: Token[]): string[] {
  const out: string[] = [];
  for (const t of toks) {
    if (t.kind !== 'word' || !isCapitalised(t) && !ABBREVIATION.test(t.text)) continue;
    if (/^(?:elb|kd|kdin|kdn)$/i.test(t.text)) continue;
    if (ABBREVIATION.test(t.text) || jargonEntry(t.text) || INSTITUTION.test(t.lower)) out.push(t.text);
  }
  return out;
}

/**
 * Does `after` still name every institution, instrument and abbreviation of `before`? An abbreviation may become its
 * confirmed written-out form ("AGH" → "Arbeitsgelegenheit"), never another; "wir" may become "Das Jobcenter".
 */
export function keepsInstitutions(before: string, after: string): boolean {
  const afterToks = tokenize(after);
  const have = new Map<string, number>();
  for (const w of instituted(afterToks)) have.set(stem(w), (have.get(stem(w)) ?? 0) + 1);
  const afterText = after.toLocaleLowerCase('de');
  for (const w of instituted(tokenize(before))) {
    const k = stem(w);
    const n = have.get(k) ?? 0;
    if (n > 0) { have.set(k, n - 1); continue; }
    // the abbreviation written out: only as the lexicon confirms it
    const j = jargonEntry(w) ?? jargonEntry(w.split('-')[0]!);
    const plain = j?.meaning && j.replacement ? j.replacement : jargonVariant(w)?.replacement ?? null;
    if (plain && afterText.includes(plain.toLocaleLowerCase('de'))) continue;
    // a word of a compound split by the rewrite ("Kontaktaufnahme" → "Kontakt … auf") is not lost if its stem is there
    if (afterText.includes(k)) continue;
    return false;
  }
  return true;
}

// A span of time written as two ends ("vom 10.03. bis 07.04.2027", "von 10:00 bis 15:00 Uhr", "von Montag bis Freitag",
// "ab 01.02. bis Ende März"): each end a number, a clock time, a weekday or a month, with at most one word before it.
const END = String.raw`(?:\p{L}+\s+)?(?:\d[\d.:]*(?:\s*Uhr)?|(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?:\s+\d{4})?)`;
const RANGE = new RegExp(String.raw`(?<![\p{L}])(?:vom|von|ab)\s+${END}\s+bis\s+(?:zum\s+)?${END}`, 'gu');

/**
 * Does `after` keep every span of time of `before` in one piece? Its two ends apart ("Ich nehme vom 10.03. an … teil,
 * …, bis 07.04.2027") say something else than the span, though every number is still there.
 */
export function keepsRanges(before: string, after: string): boolean {
  // (two days joined, "am 09.03. und 10.03.2027": torn apart they date two things)
  for (const m of before.matchAll(DAY_PAIR)) if (!after.includes(m[0].replace(/\.$/, ''))) return false;
  if (!before.includes('bis')) return true;
  // (a full stop after its last end may be the sentence's: "… bis 07.04.2027.")
  for (const m of before.matchAll(RANGE)) if (!after.includes(m[0].replace(/\.$/, ''))) return false;
  return true;
}

// an amount with its unit ("1.450 €", "50 %", "603 Euro", "2.340,50 EUR")
const AMOUNT = /\d[\d.,]*\s?(?:€|%|Euro|EUR)(?![\p{L}])/gu;

/** Does `after` keep every amount of `before` with its unit beside it ("1.450 €", not "1.450 beenden€")? */
export function keepsAmounts(before: string, after: string): boolean {
  for (const m of before.matchAll(AMOUNT)) if (!after.includes(m[0])) return false;
  return true;
}

const DAY_PAIR = /(?<![\p{L}])(?:am|vom|bis|zum)\s+\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\s+(?:und|oder|bzw\.)\s+\d{1,2}\.\d{1,2}\.(?:\d{2,4})?/gu;
const PRONOUN = /^(?:er|sie)$/i;

/**
 * Does the rewrite turn only the client into "ich"? Every "ich" it adds must take the place of a reference to the
 * client: a client noun ("der Kunde"), a name the rule reported as the client's, or "er"/"sie"/formal "Sie"; or, in
 * the client's own headings (`clientVoice`), stand for the missing subject of a fragment or impersonal duty. A
 * pronoun that becomes "ich" while someone else of its gender is named in the sentence could have meant them: dropped.
 */
export function keepsWhoActs(before: string, after: string, clientNames: readonly string[], clientVoice: boolean): boolean {
  const b = tokenize(before), a = tokenize(after);
  const count = (toks: Token[], re: RegExp) => toks.filter((t) => t.kind === 'word' && re.test(t.text)).length;
  const addedIch = count(a, /^(?:ich|Ich)$/) - count(b, /^(?:ich|Ich)$/);
  if (addedIch <= 0) return true;
  const clientRefs = clientNouns(b).filter((r) => r.type === 'noun').length;
  const names = namedPersons(b).filter((p) => clientNames.some((n) => sameName(before.slice(p.start, p.end), n))).length;
  const pronouns = count(b, PRONOUN) - count(a, PRONOUN);
  const removedRefs = clientRefs - clientNouns(a).filter((r) => r.type === 'noun').length + names + Math.max(0, pronouns);
  if (!clientVoice && addedIch > removedRefs) return false;
  // "er"/"sie" that became "ich": nobody else of that gender may be named in the sentence
  for (const [pro, gender] of [['er', 'm'], ['sie', 'f']] as const) {
    const lost = count(b, new RegExp(`^${pro}$`, 'i')) - count(a, new RegExp(`^${pro}$`, 'i'));
    if (lost <= 0) continue;
    // (named before the pronoun: a name after a sentence-initial "Sie gibt … bei Frau Lindner ab" cannot be meant)
    const firstPronoun = b.find((t) => t.kind === 'word' && t.lower === pro);
    const others = namedPersons(b).filter((p) => (p.gender === gender || p.gender === null) && firstPronoun !== undefined && p.end <= firstPronoun.start && !clientNames.some((n) => sameName(before.slice(p.start, p.end), n)));
    if (others.some((p) => after.includes(before.slice(p.start, p.end).replace(/^Herrn /, 'Herr ')) || after.includes(before.slice(p.start, p.end)))) return false;
  }
  return true;
}
