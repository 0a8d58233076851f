/**
 * A template's slash forms for the client ("Der/Die Kunde/in verpflichtet sich, seine/ihre Bewerbungen …", "Herr/Frau
 * Lindner", "Er/Sie erlangt …", "dem/der Kunden/in"): case-management software writes one text block for every client,
 * and the case worker often leaves its slashes in. The rewrite reads the entry with one form of each (the first,
 * masculine one: "Der Kunde …", "seine …"); "Ich …", "mein …", "mir" are the same for everyone, so the fix comes out
 * as for any other entry. Only the client's own forms are read so — an article pair before a noun for the client, a
 * title pair before a name, the pronouns and possessives of a pair; a job title ("als Lagerist/in") or someone else's
 * pair ("mit dem/der pAp") stays as written.
 */
import { namedPersons } from '../people';
import { tokenize } from '../tokens';
import type { EntryPart } from './entry';

interface Swap { start: number; end: number; text: string }

const MASC_ARTICLE = '(?:der|den|dem|des|ein|einen|einem|eines)';
const FEM_ARTICLE = '(?:die|der|eine|einer)';
// nouns for the client whose feminine ending a slash adds ("Kunde/in", "Kunden/-in", "Kund/in", "Kunde/Kundin",
// "Teilnehmer/in", "Leistungsberechtigte/r")
const CLIENT_STEM = '(?:Kund|Teilnehmer|Antragsteller|Leistungsbezieher|Leistungsempfänger|Leistungsberechtigt|Arbeitsuchend|Arbeitssuchend)';
const NOUN_PAIR = new RegExp(`(?<![\\p{L}])(${CLIENT_STEM}(?:e|en|er)?)\\s*/\\s*(?:-?(?:in|innen|r)|${CLIENT_STEM}\\p{L}*)(?![\\p{L}])`, 'gu');
const ARTICLE_PAIR = new RegExp(`(?<![\\p{L}])(${MASC_ARTICLE})\\s*/\\s*${FEM_ARTICLE}(?=\\s+(?:${CLIENT_STEM}|[Kk]d\\.))`, 'giu');
const TITLE_PAIR = /(?<![\p{L}])(Herrn?|Hr\.)\s*\/\s*(?:Frau|Fr\.)(?=\s+\p{Lu})|(?<![\p{L}])(?:Frau|Fr\.)\s*\/\s*(Herrn?|Hr\.)(?=\s+\p{Lu})/gu;
// "er/sie", "ihm/ihr", "seine/ihre" (either order)
const PRONOUN_PAIR = /(?<![\p{L}])(?:(er|ihn|ihm|sein(?:e[mnrs]?)?)\s*\/\s*(?:sie|ihr(?:e[mnrs]?)?)|(?:sie|ihr(?:e[mnrs]?)?)\s*\/\s*(er|ihn|ihm|sein(?:e[mnrs]?)?))(?![\p{L}])/giu;
const SHORT_PAIR = /(?<![\p{L}])(Kd\.)\s*\/\s*Kdin\./gu;

/** The masculine noun of a pair ("Kund/in" after "den" → "Kunden"; "Leistungsberechtigte/r" → "Leistungsberechtigter"). */
function masculineNoun(stem: string, pair: string, article: string | undefined): string {
  if (/\/\s*r$/.test(pair)) return stem + 'r';
  if (/^Kund$/.test(stem)) return article && /^(?:den|dem|des|einen|einem|eines)$/i.test(article) ? 'Kunden' : 'Kunde';
  return stem;
}

/** The entry with one form of each of the client's slash pairs, and where each swap was; null when it has none. */
export function oneGender(text: string): { text: string; swaps: Swap[] } | null {
  // (most entries have no slash at all)
  if (!text.includes('/')) return null;
  const swaps: Swap[] = [];
  const add = (re: RegExp, make: (m: RegExpExecArray) => string) => {
    for (const m of text.matchAll(re)) {
      if (swaps.some((s) => m.index! < s.end && m.index! + m[0].length > s.start)) continue;
      swaps.push({ start: m.index!, end: m.index! + m[0].length, text: make(m) });
    }
  };
  add(ARTICLE_PAIR, (m) => m[1]!);
  add(NOUN_PAIR, (m) => {
    const article = /(\p{L}+)\s*$/u.exec(text.slice(0, m.index!).replace(/\/\s*\p{L}+\s*$/u, ''))?.[1];
    return masculineNoun(m[1]!, m[0], article);
  });
  add(TITLE_PAIR, (m) => m[1] ?? m[2]!);
  add(PRONOUN_PAIR, (m) => {
    const w = (m[1] ?? m[2])!;
    // (capitalised where the pair opened with a capital: "Er/Sie erlangt …")
    return /^\p{Lu}/u.test(m[0]) ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : w.toLowerCase();
  });
  add(SHORT_PAIR, (m) => m[1]!);
  if (!swaps.length) return null;
  swaps.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const s of swaps) { out += text.slice(pos, s.start) + s.text; pos = s.end; }
  return { text: out + text.slice(pos), swaps };
}

/** A position in the one-gender text back in the original: inside a swapped form, its start or its end. */
function toOriginal(swaps: readonly Swap[], pos: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const s of swaps) {
    const from = s.start + shift, to = from + s.text.length;
    if (pos <= from) return pos - shift;
    if (pos < to) return side === 'start' ? s.start : s.end;
    shift += s.text.length - (s.end - s.start);
  }
  return pos - shift;
}

/**
 * The first-person parts of an entry read with one form of each slash pair (`run` on that text), placed back in the
 * original. The client's names are given with each form the original used ("Herr/Frau Lindner" names "Frau Lindner").
 */
export function withOneGender(text: string, run: (text: string) => EntryPart[]): EntryPart[] {
  const one = oneGender(text);
  if (!one) return run(text);
  const persons = namedPersons(tokenize(text)).map((p) => text.slice(p.start, p.end));
  const surname = (n: string) => n.split(/\s+/).pop();
  return run(one.text).map((p) => {
    const names = new Set(p.clientNames);
    for (const n of persons) if (p.clientNames.some((c) => surname(c) === surname(n))) names.add(n);
    return {
      ...p,
      start: toOriginal(one.swaps, p.start, 'start'),
      end: toOriginal(one.swaps, p.end, 'end'),
      clientNames: [...names],
      ...(p.fix ? { fix: { start: toOriginal(one.swaps, p.fix.start, 'start'), end: toOriginal(one.swaps, p.fix.end, 'end'), text: p.fix.text } } : {}),
    };
  });
}
