/**
 * Which of the plan's six headings a field belongs to, from the text a person sees next to it
 * (label, legend, heading, column header, placeholder). Case- and punctuation-insensitive, with the
 * BA flyer's headings and the variants case-management software uses.
 * Pure TypeScript: the content script passes in the texts it found in the page.
 */
import type { SectionKey } from '../core/plan';

/** Lower case, umlauts kept, punctuation and extra white space gone, gendered forms folded ("Kund*in" → "kundin"). */
export function normaliseLabel(text: string): string {
  return text
    .toLocaleLowerCase('de')
    .replace(/[*:_/](?=in|innen)/g, '') // Kund*in, Kund:innen, Kund_in
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Ordered: the first pattern that matches wins, so the specific ones ("Mein Jobcenter unterstützt mich")
// stand before the general ones ("unterstützt mich").
const PATTERNS: Array<[SectionKey, RegExp]> = [
  ['jobcenter', /\b(?:mein |ihr )?jobcenter unterstützt (?:mich|sie|dich)|unterstützung (?:durch|vom|von|seitens) (?:das |dem |des |ihr |ihrem |mein |meinem )?jobcenters?|(?:leistungen|angebote|aktivitäten|schritte|aufgaben|zusagen|unterstützungsangebote) des jobcenters|das jobcenter (?:tut|macht|unterstützt|übernimmt|bietet)|(?:tut|macht|übernimmt) das jobcenter|jobcenter leistungen|wir unterstützen sie|das tun wir|was das jobcenter tut|förderung (?:durch|vom|von) (?:das |dem |ihr |ihrem |mein |meinem )?jobcenter|leistungen zur eingliederung/],
  ['dritte', /\bzusätzlich unterstützt (?:mich|sie|dich)|zusätzliche (?:unterstützung|hilfen?|unterstützer)|unterstützung durch (?:dritte|andere|weitere|externe)|weitere unterstützung|andere unterstützende|weitere unterstützer|dritte\b|netzwerkpartner|kooperationspartner|externe (?:partner|stellen|unterstützung)/],
  ['zwischenziel', /\bzunächst möchte ich|zwischenziel|teilziel|nächstes ziel|erstes ziel/],
  ['ziel', /\bmeine? ziele?\b|\bihre? ziele?\b|\bziele? ist\b|\bziele? sind\b|^ziele?$|^(?:mein |meine |berufliches |berufliche |übergeordnetes |langfristiges |vereinbartes |vereinbarte |gemeinsames )?(?:ziele?|vermittlungsziele?|eingliederungsziele?)$|\bvermittlungsziel|\beingliederungsziel|\bziel der zusammenarbeit/],
  ['schritte', /\bmeine nächsten schritte|nächsten? schritte|schritte der kundin|schritte des kunden|schritte der kund(?:in)?nen|(?:meine|ihre) schritte|(?:meine|ihre) aktivitäten|aktivitäten der kundin|aktivitäten des kunden|eigenbemühungen|bemühungen der kundin|bemühungen des kunden|das tue ich|das mache ich|was ich (?:selbst )?(?:tue|mache|tun werde)|ich werde|(?:meine|ihre) aufgaben|aufgaben der kundin|aufgaben des kunden|vereinbarte schritte|^schritte$/],
  ['sonstiges', /\bwas sonst noch wichtig ist|sonstiges|sonstige (?:hinweise|vereinbarungen|absprachen)|weitere (?:wichtige )?aspekte|weitere (?:vereinbarungen|absprachen|hinweise)|wichtige hinweise|^hinweise$|bemerkungen|anmerkungen|rahmenbedingungen|zu beachten/],
];

// Enumerations that are no Arabic number: "I. Ziel", "IV – Unterstützung …", "a) Ziel", "Abschnitt C – …",
// "Teil II: …". Seen on the raw label (a single letter counts only with its punctuation: "A) Ziel", not "A Ziel").
const ENUM_WORD = /^\s*(?:abschnitt|teil|punkt|kapitel|bereich)\s+(?:\d{1,2}|[ivx]{1,4}|[a-h])(?![\p{L}\p{N}])[\s.:)\-–—]*/iu;
const ENUM_ROMAN = /^\s*(?:[IVX]{1,4}|[ivx]{1,4}|[A-Ha-h])(?:[.)]|\s*[–—-](?=\s))\s*(?=\p{L})/u;

function stripEnumeration(label: string): string {
  return label.replace(ENUM_WORD, '').replace(ENUM_ROMAN, '');
}

/**
 * A label without what only frames it: remarks in brackets ("Ziel (max. 500 Zeichen)") and a leading number
 * ("1. Ziel", "Abschnitt 2: Zwischenziel").
 */
function labelCore(label: string): string {
  const n = normaliseLabel(stripEnumeration(label.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')));
  return n.replace(/^(?:(?:abschnitt|teil|punkt|nr|nummer)\s+)?\d{1,2}[a-z]?\s+(?=\p{L})/u, '');
}

/** The section a visible label names, or null when it names none. */
export function sectionOfLabel(label: string): SectionKey | null {
  const n = labelCore(label);
  if (!n) return null;
  for (const [key, re] of PATTERNS) if (re.test(n)) return key;
  return null;
}

/**
 * Who is responsible for a step row ("Verantwortlich: Kundin / Jobcenter / Dritte"): the row's owner decides
 * its section in case-management software that keeps all steps in one table.
 */
export function sectionOfOwner(owner: string): SectionKey | null {
  const n = normaliseLabel(owner);
  if (!n) return null;
  if (/\b(?:jobcenter|jc|ifk|integrationsfachkraft|arbeitsvermittlung|arbeitsvermittler(?:in)?|fallmanagement|fallmanager(?:in)?|pap|ansprechperson|ansprechpartner(?:in)?|arbeitgeberservice|ags|persönliche[rn]? ansprechpartner(?:in)?)\b/.test(n)) return 'jobcenter';
  if (/\b(?:kundin|kunde|kunden|kd|kdin|kdn|ich|leistungsberechtigte[rn]?|elb|teilnehmer(?:in)?)\b/.test(n)) return 'schritte';
  if (/\b(?:dritte|\w*träger|\w*beratung(?:sstelle)?|netzwerk\w*|partner|caritas|diakonie|awo|familie|jugendamt|sozialamt|arbeitgeber(?:in)?|volkshochschule|vhs|sonstige)\b/.test(n)) return 'dritte';
  return null;
}

/** One text field holding several points, one per line or bullet, split into entries with their offsets. */
export function splitPoints(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const bullet = /^\s*(?:[-–•*·▪]|\d{1,2}[.)])\s+/.exec(m[0]);
    const start = m.index + (bullet ? bullet[0].length : m[0].length - m[0].trimStart().length);
    const body = text.slice(start, m.index + m[0].length).trimEnd();
    if (body.trim()) out.push({ text: body, start });
  }
  return out;
}

// Own labels of fields that are no part of a plan (personal data, case data, message forms, a step row's
// owner and date columns). Anchored at the start of the label: "Name", "Ihre E-Mail-Adresse", "Datum der …".
const NON_PLAN = new RegExp(
  '^(?:ihre?n? |meine?n? |der |die |das )?(?:' +
    [
      'vorname', 'nachname', 'familienname', 'geburtsname', 'name', 'e mail(?: adresse)?', 'email', 'mail',
      'telefon(?:nummer)?', 'tel', 'handy(?:nummer)?', 'mobil(?:nummer)?', 'fax', 'adresse', 'anschrift',
      'stra(?:ß|ss)e', 'hausnummer', 'plz', 'postleitzahl', 'ort', 'wohnort', 'geburtsdatum', 'geburtsort',
      'kundennummer', 'kunden ?nr', 'bg ?nummer', 'bg ?nr', 'aktenzeichen', 'az', 'nummer', 'datum',
      'betreff', 'nachricht', 'unterschrift', 'passwort', 'kennwort', 'benutzername', 'suche(?= in\\b|$)', 'suchbegriff',
      'iban', 'bic', 'verantwortlich(?:e|er)?', 'zuständig(?:e|er|keit)?', 'bis wann', 'termin', 'frist',
      'fällig(?: am| bis)?', 'erledigt(?: am| bis)?', '(?:zu )?erledigen bis', 'erledigung(?: bis)?', 'status', 'ansprechp(?:artner|erson)(?:in)?', 'intern(?:e|er|es)?',
      // the case worker's own notes: Vermerk, Gesprächsvermerk, Aktenvermerk, Gesprächsnotiz, Gesprächsprotokoll
      '[a-zäöüß]*vermerk(?:e)?', '[a-zäöüß]*notiz(?:en)?', 'gesprächs(?:inhalt|protokoll|verlauf|dokumentation|zusammenfassung)',
    ].join('|') +
    ')\\b',
);

/**
 * Does a field's own label (label, aria-label, placeholder, its column header) say that it is no part of
 * the plan ("Name", "E-Mail", "Kundennummer", "Nachricht", "Bis wann")? Then a heading above it does not
 * make it one.
 */
export function isNonPlanLabel(label: string): boolean {
  const n = labelCore(label);
  return !!n && NON_PLAN.test(n);
}
