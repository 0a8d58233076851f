/**
 * The project's own small German lexicon: word lists the rules share, kept in one place so the
 * read-aloud mode and the catalogue can use the same data.
 */
import { isInfinitive } from './language';

export interface JargonEntry {
  /** As written in plans (case-sensitive for acronyms). */
  term: string;
  /**
   * Plain German meaning, as the BA itself spells the abbreviation out; null where that is not certain. An
   * abbreviation's meaning is a fact: an unsure one is never shown, written into the plan or read aloud (Vorlesen
   * spells such a term letter by letter).
   */
  meaning: string | null;
  /**
   * A noun that can stand where the abbreviation stands after an article ("die AGH" → "die Arbeitsgelegenheit"), or
   * null (an adjective that would need another ending, the client herself, a meaning that is not certain).
   */
  replacement: string | null;
  /** The replacement's grammatical gender (for the genitive "des Jobcenters"). */
  gender?: 'm' | 'f' | 'n';
  /** Where the meaning is confirmed: a passage of a seed, or the BA's or a job centre's own public page. */
  source?: string;
}

const SEED_001 = 'seed 001 (IAB-Forschungsbericht 2/2026)';
const SEED_002 = 'seed 002 (Weisung Kooperationsplan)';
const BA = 'öffentliche Seiten der BA und der Jobcenter';

/**
 * Authority abbreviations and legal references a client cannot be expected to know (contract: jargon; seeds 001
 * and 002 use them throughout). Each meaning was checked against the BA's own usage: the seeds where they spell
 * an abbreviation out, otherwise the BA's and job centres' public pages; `source` says where. Where the meaning is
 * not certain (PAD, SBA, FM, TN …), `meaning` is null: the jargon rule asks to write out what is meant, offers no
 * fix, and Vorlesen spells the letters.
 */
export const JARGON: JargonEntry[] = [
  { term: 'eLb', meaning: 'erwerbsfähige leistungsberechtigte Person (also Sie selbst)', replacement: null, source: `${SEED_002}, 1. Übersicht` },
  { term: 'ELB', meaning: 'erwerbsfähige leistungsberechtigte Person', replacement: null, source: `${SEED_001}, Beobachtungsprotokolle; ${SEED_002}` },
  { term: 'IFK', meaning: 'Integrationsfachkraft (Ihre Ansprechperson im Jobcenter)', replacement: 'Integrationsfachkraft', gender: 'f', source: `${SEED_001}, 4.4 (IFK im Gespräch); ${SEED_002}, 6.2.1` },
  { term: 'pAp', meaning: 'persönliche Ansprechperson im Jobcenter', replacement: null, source: BA },
  { term: 'PAP', meaning: 'persönliche Ansprechperson im Jobcenter', replacement: null, source: BA },
  { term: 'JC', meaning: 'Jobcenter', replacement: 'Jobcenter', gender: 'n', source: `${SEED_002}, 5 („Unterstützung durch das JC“)` },
  { term: 'AGS', meaning: 'Arbeitgeber-Service', replacement: 'Arbeitgeber-Service', gender: 'm', source: BA },
  { term: 'VV', meaning: 'Vermittlungsvorschlag (ein Stellenangebot vom Jobcenter)', replacement: null, source: BA },
  { term: 'Kd', meaning: 'Kunde oder Kundin (also Sie selbst)', replacement: null },
  { term: 'Kdin', meaning: 'Kundin (also Sie selbst)', replacement: null },
  { term: 'Kdn', meaning: 'Kundin (also Sie selbst)', replacement: null },
  { term: 'AA', meaning: 'Agentur für Arbeit', replacement: 'Agentur für Arbeit', gender: 'f', source: BA },
  { term: 'BA', meaning: 'Bundesagentur für Arbeit', replacement: 'Bundesagentur für Arbeit', gender: 'f', source: `${SEED_001}, 1 („Bundesagentur für Arbeit (BA)“)` },
  { term: 'AGH', meaning: 'Arbeitsgelegenheit (ein „Ein-Euro-Job“)', replacement: 'Arbeitsgelegenheit', gender: 'f', source: `${SEED_002}, 5.1 („Maßnahme- und AGH-Zuweisungen“, „Arbeitsgelegenheit“)` },
  // MAT is the measure at a provider ("bei einem Träger"), MAG the one at an employer (§ 45 SGB III; BA and job-centre pages)
  { term: 'MAT', meaning: 'Maßnahme bei einem Träger (Maßnahme zur Aktivierung und beruflichen Eingliederung)', replacement: 'Maßnahme bei einem Träger', gender: 'f', source: BA },
  { term: 'MAG', meaning: 'Maßnahme bei einem Arbeitgeber (Erprobung im Betrieb)', replacement: 'Maßnahme bei einem Arbeitgeber', gender: 'f', source: BA },
  { term: 'BvB', meaning: 'berufsvorbereitende Bildungsmaßnahme', replacement: null, source: `${SEED_001}, 4.5 („BvB [berufsvorbereitende Bildungsmaßnahme]“)` },
  { term: 'AVGS', meaning: 'Aktivierungs- und Vermittlungsgutschein', replacement: 'Aktivierungs- und Vermittlungsgutschein', gender: 'm', source: BA },
  { term: 'BGS', meaning: 'Bildungsgutschein', replacement: 'Bildungsgutschein', gender: 'm', source: BA },
  { term: 'FbW', meaning: 'Förderung der beruflichen Weiterbildung', replacement: 'Förderung der beruflichen Weiterbildung', gender: 'f', source: BA },
  { term: 'EGZ', meaning: 'Eingliederungszuschuss (Lohnzuschuss für den Arbeitgeber)', replacement: 'Eingliederungszuschuss', gender: 'm', source: BA },
  { term: 'ESG', meaning: 'Einstiegsgeld', replacement: 'Einstiegsgeld', gender: 'n', source: BA },
  { term: 'EKS', meaning: 'Erklärung zum Einkommen aus selbständiger Tätigkeit (Anlage EKS)', replacement: 'Erklärung zum Einkommen aus selbständiger Tätigkeit', gender: 'f', source: BA },
  { term: 'ÄD', meaning: 'Ärztlicher Dienst der Agentur für Arbeit', replacement: null, source: BA },
  { term: 'BPS', meaning: 'Berufspsychologischer Service der Agentur für Arbeit', replacement: null, source: BA },
  { term: 'GdB', meaning: 'Grad der Behinderung', replacement: null, source: BA },
  { term: 'AU', meaning: 'Arbeitsunfähigkeitsbescheinigung (Krankschreibung)', replacement: 'Arbeitsunfähigkeitsbescheinigung', gender: 'f', source: BA },
  { term: 'EGV', meaning: 'Eingliederungsvereinbarung (frühere Form des Plans)', replacement: 'Eingliederungsvereinbarung', gender: 'f', source: BA },
  { term: 'KP', meaning: 'Kooperationsplan', replacement: 'Kooperationsplan', gender: 'm', source: `${SEED_002}, Titel („Abschluss eines Kooperationsplans (KP)“)` },
  { term: 'RFB', meaning: 'Rechtsfolgenbelehrung', replacement: 'Rechtsfolgenbelehrung', gender: 'f', source: `${SEED_002}, 3 („mit einer Rechtsfolgenbelehrung (RFB)“)` },
  { term: 'KdU', meaning: 'Kosten der Unterkunft (Miete und Heizung)', replacement: null, source: BA },
  { term: 'BuT', meaning: 'Bildung und Teilhabe (Leistungen für Kinder)', replacement: null, source: BA },
  { term: 'BAB', meaning: 'Berufsausbildungsbeihilfe', replacement: 'Berufsausbildungsbeihilfe', gender: 'f', source: BA },
  { term: 'EQ', meaning: 'Einstiegsqualifizierung (Praktikum vor der Ausbildung)', replacement: 'Einstiegsqualifizierung', gender: 'f', source: BA },
  { term: 'AsA', meaning: 'Assistierte Ausbildung', replacement: null, source: BA },
  { term: 'abH', meaning: 'ausbildungsbegleitende Hilfen', replacement: null, source: BA },
  // the legal name (§ 219 SGB IX)
  { term: 'WfbM', meaning: 'Werkstatt für behinderte Menschen', replacement: 'Werkstatt für behinderte Menschen', gender: 'f', source: BA },
  { term: 'BIZ', meaning: 'Berufsinformationszentrum', replacement: 'Berufsinformationszentrum', gender: 'n', source: BA },
  { term: 'BiZ', meaning: 'Berufsinformationszentrum', replacement: 'Berufsinformationszentrum', gender: 'n', source: BA },
  { term: 'ZAV', meaning: 'Zentrale Auslands- und Fachvermittlung', replacement: null, source: BA },
  { term: 'ALG', meaning: 'Arbeitslosengeld', replacement: 'Arbeitslosengeld', gender: 'n', source: BA },
  { term: 'SGB', meaning: 'Sozialgesetzbuch', replacement: null, source: `${SEED_002}` },
  // not certain what is meant here: no meaning, no fix, read as letters
  { term: 'PAD', meaning: null, replacement: null },
  { term: 'SBA', meaning: null, replacement: null },
  { term: 'EinV', meaning: null, replacement: null },
  { term: 'VA', meaning: null, replacement: null },
  { term: 'U25', meaning: null, replacement: null },
  { term: 'FM', meaning: null, replacement: null },
  { term: 'AN', meaning: null, replacement: null },
  { term: 'TN', meaning: null, replacement: null },
  { term: 'MN', meaning: null, replacement: null },
];

/**
 * Offices and institutions that notes name by their abbreviation without an article ("Termin bei AA", "Meldung bei
 * JC"), with their gender: a full sentence needs the article ("bei der AA", "beim JC"). Only abbreviations whose
 * noun and gender are certain: the BA's own offices and the chambers.
 */
export const INSTITUTION_GENDER: Readonly<Record<string, 'm' | 'f' | 'n'>> = {
  JC: 'n', AA: 'f', BA: 'f', IFK: 'f', AGS: 'm', 'AG-S': 'm', BIZ: 'n', BiZ: 'n', 'ÄD': 'm', BPS: 'm', DRV: 'f', IHK: 'f', HWK: 'f', VHS: 'f',
};

// Words that name an office or a service that acts, with or without its article.
// (not an employer, whom she may call hers: "meinem künftigen Arbeitgeber")
const OFFICE_WORD = /^(?:jobcenter|jc|träger|agentur|aa|amt|jugendamt|sozialamt|beratungsstelle|fachstelle)$/;
/** Does this word name an office that acts ("JC", "Träger", "Jugendamt", "IHK")? */
export const isOfficeWord = (word: string): boolean => OFFICE_WORD.test(word.toLocaleLowerCase('de')) || word in INSTITUTION_GENDER;

/** The abbreviation spelled letter by letter, for the ear: "PAD" → "P A D", "U25" → "U 25". */
export function spelledOut(term: string): string {
  return term.toLocaleUpperCase('de').replace(/(\p{L})(?=[\p{L}\p{N}])/gu, '$1 ').replace(/(\p{N})(?=\p{L})/gu, '$1 ');
}

/**
 * Is the abbreviation at text[start..end] explained right next to it: its meaning in brackets after it ("AGH
 * (Arbeitsgelegenheit)", "MAG (Maßnahme beim Arbeitgeber)"), or the abbreviation itself in brackets after a word
 * with its first letter ("Eingliederungszuschuss (EGZ)")? Then the reader has the plain word already.
 */
export function explainedNextTo(text: string, start: number, end: number): boolean {
  const term = text.slice(start, end);
  const first = fold(term[0] ?? '');
  const after = /^\s*\(\s*([^()]{3,100})\)/u.exec(text.slice(end, end + 110));
  if (after && fold(after[1]![0]!) === first && /\p{Ll}/u.test(after[1]!)) return true;
  // "(EGZ)" alone in brackets: one of the last few words before the bracket starts the written-out form
  if (!/^\s*\)/u.test(text.slice(end, end + 8))) return false;
  const lead = text.slice(Math.max(0, start - 120), start);
  const open = lead.lastIndexOf('(');
  if (open < 0 || lead.slice(open + 1).trim() !== '') return false;
  const words = lead.slice(0, open).split(/[()]/).pop()!.trim().split(/\s+/).slice(-5);
  return words.some((w) => fold(w[0] ?? '') === first);
}
const fold = (c: string): string => c.toLocaleLowerCase('de').normalize('NFD').replace(/\p{M}/gu, '');

/**
 * Spellings of authority abbreviations that are not a plain entry of JARGON: variants ("AG-S" for AGS) and
 * abbreviated first parts of compounds ("sv-pflichtige" for "sozialversicherungspflichtige"). Matched against a
 * whole word; `replacement` gives the written-out word with the same ending, or null.
 */
export interface JargonVariant { re: RegExp; meaning: string; replacement: (m: RegExpExecArray) => string | null }
export const JARGON_VARIANTS: JargonVariant[] = [
  { re: /^AG-S$/u, meaning: 'Arbeitgeber-Service', replacement: () => 'Arbeitgeber-Service' },
  // "SV" alone may be a sports club ("SV Blau-Weiß"); as the first part of these compounds it is the social insurance
  { re: /^[sS][vV]-(pflichtig\p{L}*|frei\p{L}*)$/u, meaning: 'Sozialversicherung', replacement: (m) => `sozialversicherungs${m[1]}` },
  { re: /^SV-(Nummer|Ausweis|Beiträge|Beitrag|Beschäftigung)$/u, meaning: 'Sozialversicherung', replacement: (m) => (/^(Nummer|Ausweis|Beiträge|Beitrag)$/.test(m[1]!) ? `Sozialversicherungs${m[1]!.toLocaleLowerCase('de')}` : null) },
];
export function jargonVariant(word: string): { meaning: string; replacement: string | null } | null {
  for (const v of JARGON_VARIANTS) {
    const m = v.re.exec(word);
    if (m) return { meaning: v.meaning, replacement: v.replacement(m) };
  }
  return null;
}

/** Official words that are not abbreviations but still need explaining. */
export const OFFICIAL_WORDS: Array<{ re: RegExp; meaning: string }> = [
  { re: /^eingliederungs(?:vereinbarung|leistung(?:en)?|ziel|maßnahme)$/, meaning: 'Amtssprache für Wege in Arbeit' },
  { re: /^hilfebedürftigkeit$/, meaning: 'dass Sie Bürgergeld brauchen' },
  { re: /^bedarfsgemeinschaft$/, meaning: 'die Menschen in Ihrem Haushalt, die zusammen Bürgergeld bekommen' },
  { re: /^mitwirkungspflicht(?:en)?$/, meaning: 'Pflichten gegenüber dem Jobcenter' },
  { re: /^zumutbarkeit$/, meaning: 'ob eine Arbeit von Ihnen verlangt werden kann' },
  { re: /^regelbedarf$/, meaning: 'der monatliche Grundbetrag des Bürgergelds' },
  { re: /^verpflichtungsbescheid$/, meaning: 'ein Bescheid mit Pflichten und Rechtsfolgen' },
];

const JARGON_BY_TERM = new Map(JARGON.map((j) => [j.term, j]));
export function jargonEntry(word: string): JargonEntry | undefined {
  return JARGON_BY_TERM.get(word);
}

/** Separable verb particles, longest first. */
export const SEPARABLE_PREFIXES = [
  'zurück', 'zusammen', 'weiter', 'wieder', 'heraus', 'herein', 'hinaus', 'vorbei', 'nach', 'fest', 'fort', 'frei', 'teil',
  'wahr', 'statt', 'dar', 'sicher', 'bereit', 'kennen', 'klar', 'offen', 'bekannt', 'zurecht', 'hoch', 'voran', 'fertig', 'auf', 'aus', 'bei', 'ein', 'mit', 'vor', 'weg', 'her', 'hin', 'los', 'ab', 'an', 'zu', 'um',
  'durch',
];
/** Verbs with one of those prefixes that are not separable (they stay together: "übernimmt", "unterstützt"). */
export const INSEPARABLE_STARTS = ['be', 'ge', 'er', 'ver', 'zer', 'ent', 'emp', 'miss', 'über', 'unter', 'hinter', 'wider'];
const NOT_SEPARABLE = new Set([
  'durchsuchen', 'umarmen', 'wiederholen', 'vollenden', 'unterstützen', 'übernehmen', 'unternehmen', 'überweisen', 'übersetzen',
  'widmen', 'anworten', 'antworten', 'beantworten', 'umgehen'
]);

/** Splits a separable infinitive: "vorlegen" → ["vor", "legen"], "teilnehmen" → ["teil", "nehmen"], "melden" → [null, "melden"]. */
export function splitSeparable(inf: string): [string | null, string] {
  if (NOT_SEPARABLE.has(inf)) return [null, inf];
  for (const p of SEPARABLE_PREFIXES) {
    if (inf.startsWith(p) && inf.length > p.length + 3) {
      const rest = inf.slice(p.length);
      if (/^(en|ern|eln)$/.test(rest)) continue;
      // (nor where the rest is no verb, only an ending: "festigen" is no "fest" + "igen")
      if (/^[aeiouäöü]/.test(rest) && !isInfinitive(rest)) continue;
      // a verb in -ieren splits only where the rest is a verb of its own ("ausprobieren"; not "absolvieren", "analysieren")
      if (/ieren$/.test(rest) && !isInfinitive(rest)) continue;
      return [p, rest];
    }
  }
  return [null, inf];
}
