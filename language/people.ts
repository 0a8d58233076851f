/**
 * People in plan text: named persons ("Frau Lindner", "Herr Dr. Schäfer", "Herr A."), the client referred
 * to in the third person ("der Kunde", "die eLb", "Leistungsberechtigte"), and role words without a name
 * ("meine Ansprechpartnerin").
 */
import { isFirstName, isLastName, isThirdPersonPresent, tagsOf } from './language';
import { genderOf, surelyPlural } from './nouns';
import { isCapitalised, type Token } from './tokens';

export interface Mention { start: number; end: number; text: string; /** token indices [from, to) */ from: number; to: number }
export interface NamedPerson extends Mention { gender: 'm' | 'f' | null }

const HONORIFIC: Record<string, 'm' | 'f'> = { frau: 'f', herr: 'm', herrn: 'm', fr: 'f', hr: 'm', hrn: 'm' };
const TITLES = new Set(['dr', 'prof', 'dipl', 'ing', 'med', 'päd', 'rer', 'nat', 'phil', 'von', 'van', 'de']);

// Endings of nouns, which a name word does not have ("Anna Lindner", not "Anna Beratung").
const NOUN_ENDING = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|ion|ionen|tät|nis|nisse|kurs|stelle|amt|unterlagen|papiere)$/i;
/** Token k continues a name right after the word before it: capitalised, a name or unknown to the lexicon, not a noun. */
const nameWord = (tokens: Token[], k: number): boolean => {
  const u = tokens[k];
  return u?.kind === 'word' && isCapitalised(u) && u.start === tokens[k - 1]!.end + 1 && !/[-.]/.test(u.text) &&
    tagsOf(u.lower).every((x) => /Name$/.test(x)) && genderOf(u.text) === null && !surelyPlural(u.text) && !NOUN_ENDING.test(u.text);
};
/** A verb of the third person in the present at token k ("verbessert", "bewirbt"). */
const verbAt = (tokens: Token[], k: number): boolean => tokens[k]?.kind === 'word' && tokens[k]!.text === tokens[k]!.lower && isThirdPersonPresent(tokens[k]!.lower);

/** "Frau Lindner", "Herrn Dr. Schäfer", "Herr A.", "Frau Müller-Lüdenscheidt", "Anna Lindner". */
export function namedPersons(tokens: Token[]): NamedPerson[] {
  const out: NamedPerson[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const g = HONORIFIC[t.lower];
    if (g && isCapitalised(t)) {
      // "Hr. Barth", "Fr. H.": the short forms only with their full stop ("Fr." alone may be Friday)
      const short = /^(?:hr|hrn|fr)$/.test(t.lower);
      if (short && tokens[i + 1]?.text !== '.') continue;
      let j = short ? i + 2 : i + 1;
      while (j < tokens.length) {
        const u = tokens[j]!;
        // ("Die Frau von Hr. Al-Masri": "von" before another's title is whose wife, not a noble name)
        if (u.kind === 'word' && /^(?:von|van|de)$/.test(u.lower) && HONORIFIC[tokens[j + 1]?.lower ?? ''] !== undefined) break;
        if (u.kind === 'word' && TITLES.has(u.lower.replace(/\.$/, ''))) { j++; if (tokens[j]?.text === '.') j++; continue; }
        break;
      }
      const name = tokens[j];
      if (name && isCapitalised(name) && !/^(und|oder)$/i.test(name.text) && !(short && (name.kind !== 'word' || /^(?:der|die|das|den|dem|des|ein|eine|ich|er|sie|es|wir|bis|ab|am|um|und|oder|mo|di|mi|do|sa|so)$/i.test(name.text)))) {
        let end = j + 1;
        if (tokens[end]?.text === '.' && name.text.length <= 2) {
          end++; // "Herr A."
          // ("Hr. A.-K.": a double name's initials, the hyphen between them written close)
          while (tokens[end]?.text === '-' && tokens[end]!.start === tokens[end - 1]!.end && tokens[end + 1]?.kind === 'word' && tokens[end + 1]!.text.length <= 2 && isCapitalised(tokens[end + 1]!) && tokens[end + 2]?.text === '.') end += 3;
        }
        // a second capitalised name word right after a first name ("Frau Anna Lindner")
        else if (tokens[end] && isCapitalised(tokens[end]!) && isFirstName(name.text) && tokens[end]!.start === name.end + 1) end++;
        // or more surnames ("Herr Castillo Romero", "Herr Tran Van Minh"): words the lexicon knows only as names, or not
        // at all, that do not look like nouns — the last of them a surname the lexicon knows, or right before the verb
        // ("Frau Fernández García verbessert …": a noun there would stand with an article)
        else {
          let k = end;
          while (k < end + 3 && nameWord(tokens, k)) {
            k++;
            if (isLastName(tokens[k - 1]!.text) || verbAt(tokens, k)) { end = k; break; }
          }
          // (or the last of them before a bracket, a comma or the end: "von Herrn Adebayo Ogunleye (bis 300 €)")
          if (k > end && k < end + 3 && (!tokens[k] || /^[(),;.:]$/.test(tokens[k]!.text))) end = k;
        }
        out.push({ start: t.start, end: tokens[end - 1]!.end, text: '', from: i, to: end, gender: g });
        i = end - 1;
      }
      continue;
    }
    // First name + last name without an honorific ("Anna Lindner")
    const n = tokens[i + 1];
    if (t.kind === 'word' && isCapitalised(t) && n && isCapitalised(n) && n.start === t.end + 1 && isFirstName(t.text) &&
        (isLastName(n.text) || !/(ung|heit|keit|schaft|ion|tät|nis|kurs|stelle|amt)$/i.test(n.text))) {
      out.push({ start: t.start, end: n.end, text: '', from: i, to: i + 2, gender: null });
      i++;
    }
  }
  return out;
}

// The client in the third person (contract: der Kunde, die Kundin, eLb, Leistungsberechtigte).
const CLIENT_NOUN = /^(kunde|kundin|kunden|kundinnen|jugendliche[nr]?|schüler(?:in|s)?|leistungsberechtigte[nrs]?|elb|elbs|leistungsbezieher(?:in|innen|s)?|leistungsempfänger(?:in|innen|s)?|antragsteller(?:in|innen|s)?|arbeitsuchende[nrs]?|arbeitssuchende[nrs]?|hilfebedürftige[nrs]?|erwerbsfähige[nrs]?|betroffene[nrs]?|teilnehmer(?:in|innen|s)?|teilnehmende[nrs]?|bewerber(?:in)?|klient(?:in|en)?|bürgergeldbezieher(?:in)?|bürgergeldempfänger(?:in)?|kd|kdin|kdn)$/;
// "der junge Mann", "die junge Frau": how a plan for a young client speaks of her (a sentence may open with it).
export const YOUNG_CLIENT = /(?<![\p{L}])(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Dd]ie) junge[nr]? (?:Mann|Mannes|Frau)(?![\p{L}])/u;
// Nouns that name the client only with an article in front ("der Teilnehmer", not "Teilnehmer des Kurses").
const NEEDS_ARTICLE = /^(teilnehmer|teilnehmerin|teilnehmende[nrs]?|bewerber|bewerberin|betroffene[nrs]?|erwerbsfähige[nrs]?|hilfebedürftige[nrs]?|jugendliche[nr]?|schüler(?:in|s)?)$/;
const ARTICLE = /^(der|die|dem|den|des|eine?[mnrs]?)$/;
const CLIENT_ADJ = /^(erwerbsfähige[nr]?|leistungsberechtigte[nr]?|arbeitsuchende[nr]?|arbeitssuchende[nr]?|hilfebedürftige[nr]?)$/;

export interface ClientRef extends Mention {
  gender: 'm' | 'f' | null;
  /** 'noun' (der Kunde), 'pronoun' (er/sie), 'name' (Herr A.) */
  type: 'noun' | 'pronoun' | 'name';
  /** A word that names the client only in a plan about her ("der Teilnehmer", "die Jugendliche"): not where "ich" speaks already. */
  weak?: boolean;
}

/** Gender of the client named by a noun: "Kundin" f, "Kunde"/"Kunden" m, adjectival nouns by their article. */
function clientGender(noun: string, article: string | null): 'm' | 'f' | null {
  if (/in(nen)?$/.test(noun)) return 'f';
  if (/^(kunde|kunden|klient|klienten|teilnehmer|teilnehmers|bewerber|antragsteller|leistungsbezieher|leistungsempfänger|bürgergeldbezieher|bürgergeldempfänger|schüler|schülers)$/.test(noun)) return 'm';
  if (/e[nrs]?$/.test(noun)) {
    // adjectival nouns: "die Leistungsberechtigte" f, "der Leistungsberechtigte" m, "den/dem Leistungsberechtigten" m
    if (article === 'die') return 'f';
    if (article === 'den' || article === 'dem' || (article === 'der' && /e$/.test(noun))) return 'm';
    if (article === 'der' && /en$/.test(noun)) return 'f';
  }
  return null;
}

// "Kd." is either; its article may tell: "den/dem/des Kd." a man, "die Kd." a woman ("der Kd." is either)
const shortGender = (article: string | null): 'm' | 'f' | null => (article && /^(?:den|dem|des|einen|einem)$/.test(article) ? 'm' : article === 'die' ? 'f' : null);

export function clientNouns(tokens: Token[]): ClientRef[] {
  const out: ClientRef[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "die (erwerbsfähige) leistungsberechtigte Person"
    if (t.lower === 'person' && CLIENT_ADJ.test(tokens[i - 1]?.lower ?? '')) {
      let from = i - 1;
      while (from > 0 && CLIENT_ADJ.test(tokens[from - 1]!.lower)) from--;
      if (from > 0 && ARTICLE.test(tokens[from - 1]!.lower)) from--;
      out.push({ start: tokens[from]!.start, end: t.end, text: '', from, to: i + 1, gender: 'f', type: 'noun' });
      continue;
    }
    if (t.kind !== 'word' || !CLIENT_NOUN.test(t.lower)) continue;
    if (t.lower === 'elb' && t.text !== 'eLb' && t.text !== 'ELB' && t.text !== 'elb') continue;
    // "Kd." is the case worker's short form of "Kunde"/"Kundin"; only with its full stop
    const short = /^(kd|kdin|kdn)$/.test(t.lower);
    // (hurried notes drop its full stop, "Kd meldet sich …", or its capital, "kd. möchte …": no word of German is either)
    const dotless = short && tokens[i + 1]?.text !== '.';
    if (dotless && !/^(?:Kd|Kdin)$/.test(t.text)) continue;
    // ("Kd.in", as some notes write "Kundin": the feminine ending glued after the full stop)
    const glued = t.lower === 'kd' && tokens[i + 2]?.kind === 'word' && tokens[i + 2]!.lower === 'in' && tokens[i + 2]!.start === tokens[i + 1]!.end;
    const prev = tokens[i - 1];
    const hasArticle = !!prev && ARTICLE.test(prev.lower);
    if (NEEDS_ARTICLE.test(t.lower) && !hasArticle) continue;
    if (!isCapitalised(t) && t.lower !== 'elb' && !(short && !dotless)) continue;
    // "Kunden" as part of "Kundennummer" is one token already; "Kunden-Nr." has a hyphen: skip
    const from = hasArticle ? i - 1 : i;
    // "erwerbsfähige leistungsberechtigte Person"
    const gender = clientGender(t.lower, hasArticle ? prev!.lower : null);
    const to = glued ? i + 3 : short && !dotless ? i + 2 : i + 1;
    out.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, text: '', from, to, gender: glued ? 'f' : short ? (t.lower === 'kd' ? shortGender(hasArticle ? prev!.lower : null) : 'f') : gender, type: 'noun', ...(NEEDS_ARTICLE.test(t.lower) ? { weak: true } : {}) });
  }
  return out;
}

// Words for a person in a role: better than "das Jobcenter", but still no name (contract: borderline).
const ROLE_WORDS = /^(ansprechpartner(?:in)?|ansprechperson|integrationsfachkraft|fachkraft|arbeitsvermittler(?:in)?|vermittler(?:in)?|fallmanager(?:in)?|berater(?:in)?|beraterin|sachbearbeiter(?:in)?|betreuer(?:in)?|jobcoach|coach|mitarbeiter(?:in)?|kolleg(?:e|in)|teamleiter(?:in)?|reha-berater(?:in)?|ifk|pap)$/;

/** A role word standing in for a person ("meine Ansprechpartnerin", "der Arbeitgeberservice"). */
export function roleMentions(tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && ROLE_WORDS.test(t.lower) && isCapitalised(t)) out.push({ start: t.start, end: t.end, text: t.text, from: i, to: i + 1 });
  }
  return out;
}

// The job centre as an institution, or "wir" (contract: missing-counterpart).
// Units and teams are no person either ("der Arbeitgeberservice", "das Team Reha", "die Arbeitsvermittlung").
const INSTITUTION = /^(jobcenter|jc|agentur|arbeitsagentur|behörde|amt|sozialamt|wir|uns|unser|unsere|team|teams|arbeitgeberservice|arbeitgeber-service|ags|leistungsabteilung|arbeitsvermittlung|vermittlung|berufsberatung|fallmanagement|reha-team|eingangszone|leistungssachbearbeitung|sachbearbeitung|abteilung)$/;
export function institutionMentions(tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && INSTITUTION.test(t.lower)) out.push({ start: t.start, end: t.end, text: t.text, from: i, to: i + 1 });
  }
  return out;
}

const FIRST_PERSON = /^(ich|mich|mir|mein|meine|meinen|meinem|meiner|meines|meins|wir|uns|unser|unsere|unseren|unserem|unserer)$/;
/** Two writings of the same person's name, "Herrn X" the same as "Herr X". */
export const sameName = (a: string, b: string): boolean => a.replace(/^Herrn /, 'Herr ') === b.replace(/^Herrn /, 'Herr ');

/**
 * Can two names as written be one person? The same title's gender, and the same surname or its initial ("Hr. Abdi" and
 * "Herr Abdi", "Frau M." and "Frau Meier"); "Herr Yilmaz" and "Frau Yilmaz" are two.
 */
export function samePerson(a: string, b: string): boolean {
  const parse = (n: string) => {
    const words = n.replace(/\./g, ' ').trim().split(/\s+/);
    const title = /^(?:Herr|Herrn|Hr|Hrn)$/.test(words[0] ?? '') ? 'm' : /^(?:Frau|Fr)$/.test(words[0] ?? '') ? 'f' : null;
    return { title, surname: words.at(-1) ?? '' };
  };
  const x = parse(a), y = parse(b);
  if (x.title && y.title && x.title !== y.title) return false;
  const short = x.surname.length <= 2 || y.surname.length <= 2;
  return short ? x.surname[0] === y.surname[0] : x.surname === y.surname;
}

export function hasFirstPerson(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === 'word' && FIRST_PERSON.test(t.lower));
}
