/**
 * Nouns: gender by compound head (German compounds take the gender of their last part), genitive → base
 * form, and the verbs behind nominalisations ("Teilnahme" → "teilnehmen"). de-compromise knows the gender
 * of only some 2,000 nouns and few of the plan's own words (Lebenslauf, Zeugnis, Nachweis …), so the
 * heads that plans use are listed here.
 */
import { isInfinitive, nounGenderFromLexicon, tagsOf } from './language';
import { jargonEntry } from './lexicon';

export type Gender = 'm' | 'f' | 'n';
/** The indefinite article in the accusative. */
export const INDEFINITE: Record<Gender, string> = { m: 'einen', f: 'eine', n: 'ein' };
// what one strives for, starts or does once — a count noun that takes "eine"/"ein" ("Ich strebe eine Ausbildung an")
export const COUNT_OBJECT = /(?:ausbildung|umschulung|weiterbildung|stelle|praktikum|maßnahme|tätigkeit|beschäftigung|anstellung|lehre|qualifizierung|arbeitsstelle|teilzeitstelle|vollzeitstelle|festanstellung)$/;

const HEADS: Record<string, Gender> = {
  // masculine
  lauf: 'm', vertrag: 'm', auftrag: 'm', suchauftrag: 'm', bezug: 'm', leistungsbezug: 'm', wechsel: 'm', staplerschein: 'm', minijob: 'm', nachweis: 'm', antrag: 'm', bescheid: 'm', brief: 'm', schein: 'm', ausweis: 'm', termin: 'm',
  kurs: 'm', platz: 'm', job: 'm', beruf: 'm', plan: 'm', pass: 'm', bericht: 'm', zettel: 'm', abschluss: 'm', gutschein: 'm',
  kontakt: 'm', vorschlag: 'm', träger: 'm', arbeitgeber: 'm', lebenslauf: 'm', test: 'm', bogen: 'm', fragebogen: 'm',
  auszug: 'm', kontoauszug: 'm', nachweisbogen: 'm', führerschein: 'm', lohn: 'm', zuschuss: 'm', besuch: 'm', einsatz: 'm',
  dienst: 'm', beleg: 'm', chef: 'm', arzt: 'm', vermieter: 'm', betreuer: 'm', berater: 'm', nachbar: 'm', bruder: 'm',
  vater: 'm', sohn: 'm', partner: 'm', mann: 'm', freund: 'm', kollege: 'm', ausbilder: 'm', lehrer: 'm', meister: 'm', ordner: 'm', umzug: 'm', wunsch: 'm', weg: 'm', schritt: 'm', sprachkurs: 'm', titel: 'm',
  anspruch: 'm', zuschlag: 'm', betrieb: 'm', aufenthalt: 'm', beitrag: 'm', unterhalt: 'm', bereich: 'm',
  zugang: 'm', rückstand: 'm', ablauf: 'm', einstieg: 'm', abbruch: 'm', anteil: 'm', wohnort: 'm', arbeitsort: 'm',
  punkt: 'm', flur: 'm',
  // feminine
  stelle: 'f', mappe: 'f', liste: 'f', karte: 'f', kopie: 'f', akte: 'f', maßnahme: 'f', arbeit: 'f', ausbildung: 'f',
  tätigkeit: 'f', prüfung: 'f', bescheinigung: 'f', bewerbung: 'f', erklärung: 'f', rechnung: 'f', quittung: 'f',
  beschäftigung: 'f', schulung: 'f', weiterbildung: 'f', umschulung: 'f', anerkennung: 'f', unterlage: 'f', adresse: 'f',
  nummer: 'f', wohnung: 'f', gesundheit: 'f', situation: 'f', hilfebedürftigkeit: 'f', abrechnung: 'f', vollmacht: 'f',
  anmeldung: 'f', einladung: 'f', zusage: 'f', absage: 'f', bestätigung: 'f', kenntnis: 'f', erlaubnis: 'f', qualifikation: 'f',
  fahrerlaubnis: 'f', stellenanzeige: 'f', anzeige: 'f', frist: 'f', leistung: 'f', schule: 'f', kita: 'f', betreuung: 'f',
  arbeitsstelle: 'f', teilzeitstelle: 'f', lehrstelle: 'f', praktikumsstelle: 'f', sprache: 'f', gelegenheit: 'f', lage: 'f',
  reife: 'f', ausbildungsreife: 'f', zeit: 'f', mutter: 'f', tochter: 'f', schwester: 'f', familie: 'f', bewerbungsmappe: 'f', reha: 'f', app: 'f', kinderbetreuung: 'f',
  miete: 'f', rente: 'f', hilfe: 'f', pflege: 'f', gebühr: 'f', summe: 'f', mail: 'f', frage: 'f', reise: 'f', fahrt: 'f', kraft: 'f',
  stunde: 'f', woche: 'f', schicht: 'f', bahn: 'f', messe: 'f',
  // neuter
  zeugnis: 'n', attest: 'n', formular: 'n', dokument: 'n', zertifikat: 'n', angebot: 'n', gespräch: 'n', praktikum: 'n',
  foto: 'n', gutachten: 'n', schreiben: 'n', anschreiben: 'n', konto: 'n', ticket: 'n', programm: 'n', training: 'n',
  seminar: 'n', protokoll: 'n', verzeichnis: 'n', ergebnis: 'n', profil: 'n', bewerbungsfoto: 'n', portal: 'n', amt: 'n',
  jobcenter: 'n', zentrum: 'n', studium: 'n', verfahren: 'n', ziel: 'n', budget: 'n', geld: 'n', einkommen: 'n', visum: 'n',
  niveau: 'n', sprachniveau: 'n', problem: 'n', befund: 'm', bild: 'n', konzept: 'n', gewerbe: 'n', darlehen: 'n',
  führungszeugnis: 'n', arbeitszeugnis: 'n', coaching: 'n', bewerbungstraining: 'n', vorstellungsgespräch: 'n',
  recht: 'n', auto: 'n', kind: 'n', haus: 'n', zimmer: 'n', telefon: 'n', handy: 'n', jahr: 'n', modul: 'n', team: 'n', büro: 'n',
  // (against their endings: "das Abitur", not the "-ur" of "die Kultur"; "das Labor", "das Knie")
  abitur: 'n', labor: 'n', knie: 'n',
};
const SUFFIX_GENDER: Array<[RegExp, Gender]> = [
  [/(ung|heit|keit|schaft|ion|tät|ik|ur|ei|enz|anz|ie)$/, 'f'],
  [/(chen|lein|ment|um|tum)$/, 'n'],
  [/(ling|ismus|or)$/, 'm'],
];

/** Gender known from the lists or the lexicon, without guessing from endings. */
function knownGender(w: string): Gender | null {
  if (HEADS[w]) return HEADS[w]!;
  // an authority abbreviation has the gender of what it stands for ("die AGH", "der AVGS")
  const abbr = jargonEntry(w.toLocaleUpperCase('de')) ?? jargonEntry(w);
  if (abbr?.gender) return abbr.gender;
  const lex = nounGenderFromLexicon(w);
  if (lex) return lex;
  // longest known head at the end of a compound ("Arbeitsvertrag" → "vertrag")
  for (let i = 1; i < w.length - 2; i++) {
    const tail = w.slice(i);
    if (HEADS[tail]) return HEADS[tail]!;
  }
  return null;
}

/** Gender of a noun in its base form, or null when unsure. */
export function genderOf(noun: string): Gender | null {
  const abbr = jargonEntry(noun);
  if (abbr?.gender) return abbr.gender;
  const w = noun.toLocaleLowerCase('de');
  const known = knownGender(w);
  if (known) return known;
  for (const [re, g] of SUFFIX_GENDER) if (re.test(w)) return g;
  return null;
}

/** Base form of a genitive singular noun: "Lebenslaufs" → "Lebenslauf", "Zeugnisses" → "Zeugnis". */
export function genitiveBase(noun: string): string | null {
  if (/nisses$/.test(noun)) return noun.slice(0, -3);
  if (/[sßxz]es$/.test(noun) || /(?:ch|sch)es$/.test(noun)) {
    const base = noun.slice(0, -2);
    return genderOf(base) ? base : null;
  }
  if (/es$/.test(noun)) {
    const base = noun.slice(0, -2);
    if (genderOf(base) && Object.keys(HEADS).some((h) => base.toLocaleLowerCase('de').endsWith(h))) return base;
  }
  if (/s$/.test(noun)) {
    const base = noun.slice(0, -1);
    return genderOf(base) ? base : null;
  }
  return null;
}

/**
 * A plural we are sure of: by its ending ("-ungen", "-nisse") or a known singular with a plural ending ("Termine",
 * "Unterlagen"). A word of unknown gender that merely ends in "-e" ("Reserve") is not sure.
 */
export function surelyPlural(noun: string): boolean {
  const w = noun.toLocaleLowerCase('de');
  if (/(ungen|heiten|keiten|ionen|nisse|nissen|innen)$/.test(w)) return true;
  // (no German plural ends in "-ss": "Abschluss", "Pass" — nor "Ergebniss", a slip for "Ergebnis")
  if (HEADS[w] || /ss$/.test(w)) return false;
  for (const [end, cut] of [['e', 1], ['n', 1], ['s', 1], ['en', 2], ['er', 2]] as const) {
    if (w.endsWith(end) && w.length > cut + 2 && knownGender(w.slice(0, -cut)) !== null) return true;
  }
  // an umlaut plural: "Kontoauszüge" (Kontoauszug), "Anträge" (Antrag), "Abschlüsse" (Abschluss)
  const m = /^(.*)(äu|ä|ö|ü)([^äöü]*?)(e|er)$/.exec(w);
  if (m) {
    const plain = ({ äu: 'au', ä: 'a', ö: 'o', ü: 'u' } as Record<string, string>)[m[2]!]!;
    const singular = m[1]! + plain + m[3]!;
    if (knownGender(singular) === 'm' || knownGender(singular) === 'n' || knownGender(singular.replace(/ss$/, 'ss')) !== null) return true;
  }
  return false;
}

/** A plural-looking noun (no article needed in "Ich schreibe Bewerbungen"); false when unsure. */
export function looksPlural(noun: string): boolean {
  const w = noun.toLocaleLowerCase('de');
  if (/(ungen|heiten|keiten|ionen|nisse|nissen|innen)$/.test(w)) return true;
  // "-nis", "-us", "-is" end a singular ("Einverständnis", "Zeugnis", "Bonus"); their plural is "-nisse", "-usse", "-i"
  if (HEADS[w] || /(?:nis|us|is|ss)$/.test(w)) return false;
  // a known singular plus a plural ending: "Termin-e", "Unterlage-n", "Kind-er", "Training-s"
  for (const [end, cut] of [['e', 1], ['n', 1], ['s', 1], ['en', 2], ['er', 2]] as const) {
    if (w.endsWith(end) && w.length > cut + 2 && knownGender(w.slice(0, -cut)) !== null) return true;
  }
  return /(en|e|er|s|n)$/.test(w) && genderOf(w) === null;
}

interface NominalVerb {
  inf: string;
  reflexive?: boolean;
  object?: string;
  /** reflexive where it has no object ("Stabilisierung" → "mich stabilisieren") */
  reflexiveAlone?: boolean;
  /** done by an office to the client's thing: she has it done ("Anerkennung des Abschlusses" → "… anerkennen lassen") */
  byOthers?: boolean;
  /** an adverb the noun carries in its first part ("Wiedereinstieg in den Beruf" → "wieder in den Beruf einsteigen") */
  lead?: string;
}

// Nominalisations whose verb would say something else ("Beschäftigung" is not "sich beschäftigen", "Beratung" is
// something the client receives): no rewrite.
const NO_VERB = new Set([
  'beschäftigung', 'wohnung', 'rechnung', 'zeitung', 'leistung', 'erfahrung', 'bildung', 'richtung', 'stellung', 'meinung',
  'ordnung', 'hoffnung', 'versicherung', 'einrichtung', 'entfernung', 'beratung', 'hilfe', 'unterstützung', 'förderung',
  'betreuung', 'vermittlung', 'prüfung', 'begleitung', 'zahlung', 'genehmigung', 'bewilligung', 'einladung', 'erstattung',
  'übernahme', 'anstellung', 'einstellung', 'festanstellung', 'integrationskurs', 'sprachförderung',
]);
const NOMINAL_VERBS: Record<string, NominalVerb> = {
  teilnahme: { inf: 'teilnehmen' }, vorlage: { inf: 'vorlegen' }, abgabe: { inf: 'abgeben' }, aufnahme: { inf: 'aufnehmen' },
  annahme: { inf: 'annehmen' }, wahrnehmung: { inf: 'wahrnehmen' }, übernahme: { inf: 'übernehmen' },
  kontaktaufnahme: { inf: 'aufnehmen', object: 'Kontakt' }, antragstellung: { inf: 'stellen', object: 'einen Antrag' },
  ausbildung: { inf: 'machen', object: 'eine Ausbildung' }, umschulung: { inf: 'machen', object: 'eine Umschulung' },
  weiterbildung: { inf: 'machen', object: 'eine Weiterbildung' }, fortbildung: { inf: 'machen', object: 'eine Fortbildung' },
  schulung: { inf: 'machen', object: 'eine Schulung' }, qualifizierung: { inf: 'qualifizieren', reflexive: true }, rückmeldung: { inf: 'zurückmelden', reflexive: true },
  anmeldung: { inf: 'anmelden', reflexive: true }, meldung: { inf: 'melden', reflexive: true }, bewerbung: { inf: 'bewerben', reflexive: true },
  vorstellung: { inf: 'vorstellen', reflexive: true }, vorbereitung: { inf: 'vorbereiten', reflexive: true },
  information: { inf: 'informieren', reflexive: true }, erkundigung: { inf: 'erkundigen', reflexive: true },
  suche: { inf: 'suchen' }, besuch: { inf: 'besuchen' }, nachweis: { inf: 'nachweisen' }, erwerb: { inf: 'erwerben' },
  abschluss: { inf: 'abschließen' }, beginn: { inf: 'beginnen' }, durchführung: { inf: 'durchführen' },
  weiterleitung: { inf: 'weiterleiten' }, organisation: { inf: 'organisieren' }, einreichung: { inf: 'einreichen' },
  fortsetzung: { inf: 'fortsetzen' }, ausübung: { inf: 'ausüben' }, sicherstellung: { inf: 'sicherstellen' },
  feststellung: { inf: 'feststellen' }, erstellung: { inf: 'erstellen' }, vermeidung: { inf: 'vermeiden' },
  nutzung: { inf: 'nutzen' }, integration: { inf: 'integrieren', reflexive: true }, qualifikation: { inf: 'qualifizieren', reflexive: true },
  orientierung: { inf: 'orientieren', reflexive: true }, sammlung: { inf: 'sammeln' }, beantragung: { inf: 'beantragen' },
  beendigung: { inf: 'beenden' }, stabilisierung: { inf: 'stabilisieren', reflexiveAlone: true }, erholung: { inf: 'erholen', reflexive: true },
  weiterentwicklung: { inf: 'weiterentwickeln', reflexiveAlone: true }, anerkennung: { inf: 'anerkennen', byOthers: true },
  // going back or into work, and taking it up again
  rückkehr: { inf: 'zurückkehren' }, einstieg: { inf: 'einsteigen' }, wiedereinstieg: { inf: 'einsteigen', lead: 'wieder' },
  berufseinstieg: { inf: 'einsteigen', object: 'in den Beruf' }, arbeitsaufnahme: { inf: 'aufnehmen', object: 'eine Arbeit' },
  wiederaufnahme: { inf: 'aufnehmen', lead: 'wieder' }, entschuldigung: { inf: 'entschuldigen', reflexive: true },
};

/** The verb behind a nominalisation, checked against the verb lexicon. */
export function verbOfNominal(noun: string): NominalVerb | null {
  const w = noun.toLocaleLowerCase('de');
  if (NOMINAL_VERBS[w]) return NOMINAL_VERBS[w]!;
  if (NO_VERB.has(w)) return null;
  if (isNominalInfinitive(noun)) return { inf: w };
  const candidates: string[] = [];
  if (w.endsWith('ierung')) candidates.push(w.slice(0, -6) + 'ieren');
  if (w.endsWith('ation')) candidates.push(w.slice(0, -5) + 'ieren');
  if (w.endsWith('erung')) candidates.push(w.slice(0, -5) + 'ern');
  if (w.endsWith('elung')) candidates.push(w.slice(0, -5) + 'eln');
  if (w.endsWith('ung')) candidates.push(w.slice(0, -3) + 'en', w.slice(0, -3) + 'n');
  if (w.endsWith('nahme')) candidates.push(w.slice(0, -5) + 'nehmen');
  if (w.endsWith('gabe')) candidates.push(w.slice(0, -4) + 'geben');
  if (w.endsWith('lage')) candidates.push(w.slice(0, -4) + 'legen');
  for (const c of candidates) if (isInfinitive(c)) return { inf: c };
  return null;
}

const NOMINAL_FORM = /^\p{Lu}\p{L}{2,}(?:ung|nahme|gabe|lage|ion|suche)$/u;
export function isNominalisation(word: string): boolean {
  return (NOMINAL_FORM.test(word) && !STATE_NOUN.test(word.toLocaleLowerCase('de'))) || !!NOMINAL_VERBS[word.toLocaleLowerCase('de')] || isNominalInfinitive(word);
}
// nouns in "-ung"/"-lage" that name a state or a thing, no one's action ("– Voraussetzung für Gastro" is no "voraussetzen")
const STATE_NOUN = /(?:voraussetzung|bedingung|grundlage|erfahrung|meinung|hoffnung|wohnung|rechnung|zeitung|ordnung|leistung|richtung|entfernung|bedeutung|stimmung|wirkung|zulage|auflage)$/;
/** An infinitive used as a noun ("Erstellen von Bewerbungsunterlagen", "Erreichen des Niveaus A2"), not a noun of its own ("Anschreiben"). */
export function isNominalInfinitive(word: string): boolean {
  const w = word.toLocaleLowerCase('de');
  return /^\p{Lu}/u.test(word) && w.length > 5 && isInfinitive(w) && !HEADS[w] && !PLURAL_TOO.test(w) && !tagsOf(w).some((t) => /Noun$/.test(t));
}
// infinitives that are as often a plural noun ("Stellen ab 30 Std.", "Fragen zur Rente", "Schulden bei der Bank")
const PLURAL_TOO = /^(?:stellen|fragen|folgen|zahlen|reisen|regeln|stunden|kosten|leisten|sorgen|schulden|mieten)$/;

// The client's own things and people: abilities, documents about her, her situation, her family. In a rewrite into
// her own voice they take "mein" ("Verbesserung der Deutschkenntnisse" → "meine Deutschkenntnisse", "Lebenslauf
// aktualisieren" → "meinen Lebenslauf"), not "der/die/das".
const OWN = /(?:lebenslauf|anschreiben|bewerbungsmappe|bewerbungsunterlagen|bewerberprofil|profil|kenntnisse|kenntnis|fähigkeit|fähigkeiten|fertigkeiten|kompetenzen|stärken|situation|lage|gesundheit|belastbarkeit|eignung|arbeitszeit|einkommen|hilfebedürftigkeit|abschluss|abschlusses|zeugnis|zeugnisse|eigenbemühungen|bemühungen|fehlzeiten|einschränkungen|probleme|problematik|schulden|rückstände|wohnsituation|chancen|qualifikation|qualifikationen|erreichbarkeit|mobilität|motivation|vater|mutter|sohn|sohnes|tochter|kinder|kindes|eltern|partner|partnerin|ehemann|ehefrau|familie|bruder|schwester|gesundheitszustand|leistungsbild|beschäftigung|rückstand|anspruch|kontoauszüge|lohnabrechnung|lohnabrechnungen|gehaltsabrechnung|gehaltsabrechnungen|arbeitsvertrag|mietvertrag|schwerbehindertenausweis|medikation|medikamente|abitur|abiturs|diplom|diploms|tagesstruktur|alltagsstruktur|tagesablauf|bereitschaft)$/;
const NOT_OWN = /^(?:beschäftigung|abschluss|mann|frau|lage|situation)$/;
// compounds that only end like one of hers: a lawsuit or an annex is no "Lage", a childminder no "Mutter", the job's
// profile and a contact person not hers ("die Räumungsklage abwenden", not "meine Räumungsklage")
const NOT_OWN_COMPOUND = /(?:klage|anlage|grundlage|vorlage|ablage|unterlage|auflage|zulage|umlage|beilage|einlage|niederlage|tagesmutter|tagesvater|anforderungsprofil|stellenprofil|ansprechpartner|ansprechpartnerin|kooperationspartner|netzwerkpartner|erkenntnis|erkenntnisse)$/;
/** Is the noun (a base form or a genitive) one of the client's own things or people, read in her own voice? */
export function isOwnThing(noun: string): boolean {
  const w = noun.toLocaleLowerCase('de');
  // bare generic words ("Beschäftigung", "Abschluss", "Lage") need an adjective or a compound to be hers
  return OWN.test(w) && !NOT_OWN.test(w) && !NOT_OWN_COMPOUND.test(w);
}
const LETTERS = 'abcdefghijklmnopqrstuvwxyzäöüß';
/**
 * A word the lexicon does not know that is one letter away from one of her own things ("Lebnslauf" for "Lebenslauf"):
 * a slip of the note's, whose article ("einen"? "meinen"?) is not sure.
 */
export function looksMisspeltOwn(noun: string): boolean {
  const w = noun.toLocaleLowerCase('de');
  // (known as a word of its own, not only by the head it ends in)
  if (HEADS[w] || nounGenderFromLexicon(w) || isOwnThing(w) || w.length < 5) return false;
  // (the slip before the last part: "Räumungsklage" is no "Räumungslage" of hers)
  for (let i = 0; i < w.length - 4; i++) {
    if (isOwnThing(w.slice(0, i) + w.slice(i + 1))) return true;
    for (const c of LETTERS) {
      if (isOwnThing(w.slice(0, i) + c + w.slice(i))) return true;
      if (c !== w[i] && isOwnThing(w.slice(0, i) + c + w.slice(i + 1))) return true;
    }
  }
  return false;
}

/** Is the noun phrase from adjective + noun one of her own ("die gesundheitliche Lage", "die bestehende Beschäftigung")? */
export function isOwnPhrase(adjectives: readonly string[], noun: string): boolean {
  const w = noun.toLocaleLowerCase('de');
  if (isOwnThing(w)) return true;
  return NOT_OWN.test(w) && adjectives.some((a) => /^(?:gesundheitlich|persönlich|beruflich|finanziell|wirtschaftlich|familiär|psychisch|körperlich|bestehend|jetzig|aktuell|bisherig|schulisch|sprachlich)/.test(a.toLocaleLowerCase('de')));
}

// Words used without an article ("Deutsch lernen", "Kontakt aufnehmen", "Arbeit suchen").
const MASS = /^(?:arbeit|geld|kontakt|zeit|hilfe|rat|deutsch|englisch|sport|urlaub|bescheid|unterstützung|beratung|erfahrung|praxis|informationen|post|verantwortung)$/;
// a benefit is applied for without one too ("Kinderzuschlag beantragen" → "Ich beantrage Kinderzuschlag")
const BENEFIT = /(?:geld|zuschlag|unterhalt|bafög)$/;
export const isMassNoun = (noun: string): boolean => MASS.test(noun.toLocaleLowerCase('de')) || BENEFIT.test(noun.toLocaleLowerCase('de'));
// Forms and documents filled in or handed over, named with the definite article ("den Antrag ausfüllen").
const FORM = /(?:antrag|formular|fragebogen|vertrag|bescheid|nachweis|bescheinigung|attest|gutachten|erklärung|anlage)$/;
export const isFormNoun = (noun: string): boolean => FORM.test(noun.toLocaleLowerCase('de'));

// Nouns that go with their verb without an article ("Fuß fassen", "Bescheid geben", "Rücksicht nehmen"): an idiom,
// where "einen Fuß fassen" would be wrong. The verb as its base (without a separable particle).
const BARE_IDIOM = /^(?:fuß fassen|bescheid geben|bescheid sagen|platz nehmen|abstand nehmen|rücksicht nehmen|stellung nehmen|bezug nehmen|einfluss nehmen|anteil nehmen|kenntnis nehmen|schritt halten|maß halten|wert legen|sorge tragen|rechnung tragen|auto fahren|rad fahren|fahrrad fahren|bus fahren|pause machen|urlaub machen|urlaub nehmen|feierabend machen|hilfe holen|hilfe suchen|rat suchen|rat holen|acht geben|gas geben|not leiden|schlange stehen)$/;
/** Does the noun go with this verb without an article ("Fuß fassen")? */
export const isBareIdiom = (noun: string, verb: string): boolean => BARE_IDIOM.test(`${noun.toLocaleLowerCase('de')} ${verb.toLocaleLowerCase('de')}`);
