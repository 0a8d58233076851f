/**
 * The project's own small German lexicon: word lists the rules share, kept in one place so the
 * read-aloud mode and the catalogue can use the same data.
 */

export interface JargonEntry {
  /** As written in plans (case-sensitive for acronyms). */
  term: string;
  /** Plain German meaning. */
  meaning: string;
  /** A replacement that fits wherever the abbreviation stands (a noun with the same article), or null. */
  replacement: string | null;
}

/**
 * Authority abbreviations and legal references a client cannot be expected to know
 * (contract: jargon; seeds 001 and 002 use them throughout).
 */
export const JARGON: JargonEntry[] = [
  { term: 'eLb', meaning: 'erwerbsfähige leistungsberechtigte Person (also Sie selbst)', replacement: null },
  { term: 'ELB', meaning: 'erwerbsfähige leistungsberechtigte Person', replacement: null },
  { term: 'IFK', meaning: 'Integrationsfachkraft (Ihre Ansprechperson im Jobcenter)', replacement: 'Integrationsfachkraft' },
  { term: 'pAp', meaning: 'persönliche Ansprechperson im Jobcenter', replacement: null },
  { term: 'PAP', meaning: 'persönliche Ansprechperson im Jobcenter', replacement: null },
  { term: 'JC', meaning: 'Jobcenter', replacement: 'Jobcenter' },
  { term: 'AGS', meaning: 'Arbeitgeberservice', replacement: 'Arbeitgeberservice' },
  { term: 'VV', meaning: 'Vermittlungsvorschlag (ein Stellenangebot vom Jobcenter)', replacement: null },
  { term: 'Kd', meaning: 'Kunde oder Kundin (also Sie selbst)', replacement: null },
  { term: 'Kdin', meaning: 'Kundin (also Sie selbst)', replacement: null },
  { term: 'Kdn', meaning: 'Kundin (also Sie selbst)', replacement: null },
  { term: 'AA', meaning: 'Agentur für Arbeit', replacement: 'Agentur für Arbeit' },
  { term: 'BA', meaning: 'Bundesagentur für Arbeit', replacement: 'Bundesagentur für Arbeit' },
  { term: 'AGH', meaning: 'Arbeitsgelegenheit (ein „Ein-Euro-Job“)', replacement: 'Arbeitsgelegenheit' },
  { term: 'MAT', meaning: 'Maßnahme bei einem Arbeitgeber (Erprobung im Betrieb)', replacement: 'Maßnahme bei einem Arbeitgeber' },
  { term: 'MAG', meaning: 'Maßnahme bei einem Arbeitgeber', replacement: 'Maßnahme bei einem Arbeitgeber' },
  { term: 'BvB', meaning: 'berufsvorbereitende Bildungsmaßnahme', replacement: null },
  { term: 'AVGS', meaning: 'Aktivierungs- und Vermittlungsgutschein', replacement: 'Aktivierungs- und Vermittlungsgutschein' },
  { term: 'BGS', meaning: 'Bildungsgutschein', replacement: 'Bildungsgutschein' },
  { term: 'FbW', meaning: 'Förderung der beruflichen Weiterbildung', replacement: 'Förderung der beruflichen Weiterbildung' },
  { term: 'EGZ', meaning: 'Eingliederungszuschuss (Lohnzuschuss für den Arbeitgeber)', replacement: 'Eingliederungszuschuss' },
  { term: 'ESG', meaning: 'Einstiegsgeld', replacement: 'Einstiegsgeld' },
  { term: 'EKS', meaning: 'Erklärung zum Einkommen aus Selbstständigkeit', replacement: 'Erklärung zum Einkommen aus Selbstständigkeit' },
  { term: 'ÄD', meaning: 'Ärztlicher Dienst der Agentur für Arbeit', replacement: null },
  { term: 'PAD', meaning: 'Psychologischer Dienst der Agentur für Arbeit', replacement: null },
  { term: 'BPS', meaning: 'Berufspsychologischer Service', replacement: null },
  { term: 'GdB', meaning: 'Grad der Behinderung', replacement: null },
  { term: 'SBA', meaning: 'Schwerbehindertenausweis', replacement: 'Schwerbehindertenausweis' },
  { term: 'AU', meaning: 'Arbeitsunfähigkeitsbescheinigung (Krankschreibung)', replacement: 'Arbeitsunfähigkeitsbescheinigung' },
  { term: 'EGV', meaning: 'Eingliederungsvereinbarung (frühere Form des Plans)', replacement: 'Eingliederungsvereinbarung' },
  { term: 'EinV', meaning: 'Eingliederungsvereinbarung', replacement: 'Eingliederungsvereinbarung' },
  { term: 'KP', meaning: 'Kooperationsplan', replacement: 'Kooperationsplan' },
  { term: 'RFB', meaning: 'Rechtsfolgenbelehrung', replacement: 'Rechtsfolgenbelehrung' },
  { term: 'KdU', meaning: 'Kosten der Unterkunft (Miete und Heizung)', replacement: null },
  { term: 'BuT', meaning: 'Bildung und Teilhabe (Leistungen für Kinder)', replacement: null },
  { term: 'BAB', meaning: 'Berufsausbildungsbeihilfe', replacement: 'Berufsausbildungsbeihilfe' },
  { term: 'EQ', meaning: 'Einstiegsqualifizierung (Praktikum vor der Ausbildung)', replacement: 'Einstiegsqualifizierung' },
  { term: 'AsA', meaning: 'Assistierte Ausbildung', replacement: null },
  { term: 'abH', meaning: 'ausbildungsbegleitende Hilfen', replacement: null },
  { term: 'WfbM', meaning: 'Werkstatt für Menschen mit Behinderung', replacement: 'Werkstatt für Menschen mit Behinderung' },
  { term: 'BIZ', meaning: 'Berufsinformationszentrum', replacement: 'Berufsinformationszentrum' },
  { term: 'BiZ', meaning: 'Berufsinformationszentrum', replacement: 'Berufsinformationszentrum' },
  { term: 'ZAV', meaning: 'Zentrale Auslands- und Fachvermittlung', replacement: null },
  { term: 'ALG', meaning: 'Arbeitslosengeld', replacement: 'Arbeitslosengeld' },
  { term: 'SGB', meaning: 'Sozialgesetzbuch', replacement: null },
  { term: 'VA', meaning: 'Verwaltungsakt (ein Bescheid)', replacement: null },
  { term: 'U25', meaning: 'Team für junge Menschen unter 25 Jahren', replacement: null },
  { term: 'FM', meaning: 'Fallmanagement', replacement: 'Fallmanagement' },
  { term: 'AN', meaning: 'Arbeitnehmer', replacement: null },
  { term: 'TN', meaning: 'Teilnahme oder Teilnehmende', replacement: null },
  { term: 'MN', meaning: 'Maßnahme', replacement: null },
];

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
  'wahr', 'statt', 'dar', 'sicher', 'bereit', 'kennen', 'klar', 'zurecht', 'hoch', 'voran', 'auf', 'aus', 'bei', 'ein', 'mit', 'vor', 'weg', 'her', 'hin', 'los', 'ab', 'an', 'zu', 'um',
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
      return [p, rest];
    }
  }
  return [null, inf];
}
