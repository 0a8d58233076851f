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
  ['jobcenter', /\b(?:mein |ihr )?jobcenter unterstützt (?:mich|sie|dich)|unterstützung (?:durch|vom|von|seitens) (?:das |dem |des |ihr |ihrem |mein |meinem )?jobcenters?|(?:leistungen|angebote|aktivitäten|schritte|aufgaben|zusagen|unterstützungsangebote) des jobcenters|das jobcenter (?:tut|macht|unterstützt|übernimmt|bietet)|(?:tut|macht|übernimmt|unterstützt) (?:mich |sie |dich )?das jobcenter|jobcenter ?(?:leistungen|angebote|aufgaben|zusagen|unterstützung)|wir unterstützen sie|das tun wir|was das jobcenter tut|förderung (?:durch|vom|von) (?:das |dem |ihr |ihrem |mein |meinem )?jobcenter|leistungen zur eingliederung|^(?:das |mein |ihr |ihrem |durch das |vom )jobcenter$/],
  ['dritte', /\bzusätzlich unterstützt (?:mich|sie|dich)|zusätzliche (?:unterstützung|hilfen?|unterstützer)|unterstützung durch (?:dritte|andere|weitere|externe)|weitere unterstützung|andere unterstützende|weitere unterstützer|dritte[rn]?\b|netzwerkpartner|kooperationspartner|externe (?:partner|stellen|unterstützung)|\b(?:wer|was) (?:unterstützt|hilft) (?:mich|sie|dich|ihnen|mir|dir) (?:außerdem|zusätzlich|noch|sonst|auch|weiter)|\b(?:außerdem|zusätzlich|auch noch|sonst noch) (?:unterstützt|hilft|helfen|unterstützen)/],
  ['zwischenziel', /\bzunächst möchte ich|zwischenziel|teilziel|nahziel|etappenziel|nächstes ziel|erstes ziel|(?:zunächst|zuerst|als erstes|als nächstes) (?:möchte ich |möchten sie |will ich |wollen sie )?erreichen|(?:was )?(?:möchte ich|möchten sie|wollen sie|will ich) (?:zunächst|zuerst|als erstes) erreichen/],
  ['ziel', /\bmeine? ziele?\b|\bihre? ziele?\b|\bziele? ist\b|\bziele? sind\b|^ziele?$|^(?:mein |meine |berufliches |berufliche |übergeordnetes |langfristiges |vereinbartes |vereinbarte |gemeinsames )?(?:ziele?|vermittlungsziele?|eingliederungsziele?|integrationsziele?|berufsziele?|hauptziele?|gesamtziele?|fernziele?|zielsetzung(?:en)?|zielvereinbarung(?:en)?|zielformulierung(?:en)?|zielbeschreibung(?:en)?)$|\bvermittlungsziel|\beingliederungsziel|\bziel der zusammenarbeit|\b(?:was )?(?:möchten sie|wollen sie|möchte ich|will ich) (?:beruflich |langfristig |insgesamt )?erreichen/],
  ['schritte', /\bmeine nächsten schritte|nächsten? schritte|schritte der kundin|schritte des kunden|schritte der kund(?:in)?nen|(?:meine|ihre) schritte|(?:meine|ihre) aktivitäten|aktivitäten der kundin|aktivitäten des kunden|eigenbemühungen|bemühungen der kundin|bemühungen des kunden|das tue ich|das mache ich|was ich (?:selbst )?(?:tue|mache|tun werde)|ich werde|(?:meine|ihre) aufgaben|aufgaben der kundin|aufgaben des kunden|vereinbarte schritte|^schritte$|\bwas (?:tun|machen|unternehmen) sie (?:selbst |als nächstes|als erstes)|\bwas (?:tue|mache) ich (?:selbst |als nächstes)|\bdas nehmen sie sich vor|\bdas nehme ich mir vor/],
  ['sonstiges', /\bwas sonst noch wichtig ist|sonstiges|sonstige (?:hinweise|vereinbarungen|absprachen)|weitere (?:wichtige )?aspekte|weitere (?:vereinbarungen|absprachen|hinweise)|wichtige hinweise|^hinweise$|bemerkungen|anmerkungen|rahmenbedingungen|zu beachten|\b(?:sonst|außerdem) noch (?:etwas )?(?:das |was )?wichtig/],
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

// ---- the label grammar: what only instructs, qualifies or annotates ---------------------------------------

/**
 * Words that tell the case worker what to do with the field, not what it is: "Ziel eingeben", "Bitte … eintragen",
 * "… hier erfassen", "(optional)", "Pflichtfeld". Removed (as whole words, on the normalised label) before mapping.
 */
const INSTRUCTION =
  /\b(?:bitte|hier|dort|unten|jetzt|eingeben|eintragen|einfügen|hinzufügen|angeben|ausfüllen|erfassen|notieren|auswählen|wählen|ergänzen|optional|freiwillig|pflichtfeld|pflichtangabe|erforderlich|ggf|gegebenenfalls|evtl|max \d+ zeichen|zeichen|(?:tragen|geben|füllen|fügen|schreiben|wählen) sie(?: \S+){0,4}? (?:ein|an|aus|hinzu|auf)|(?:geben|tragen|schreiben) sie|sie können|können sie)\b/g;

/**
 * Who the heading is about, after its key word: "Ziel der Kundin", "Schritte des Kunden", "Zwischenziel(e) der
 * Teilnehmerin". Removed so the key word stands alone ("Ziel").
 */
const CLIENT_QUALIFIER =
  /\b(?:der|des|von der|vom|von|für die|für den|für) (?:kundin(?:nen)?|kunden?|kund in|leistungsberechtigten?|teilnehmerin|teilnehmers|teilnehmenden|person|antragstellerin|antragstellers|ratsuchenden|klientin|klienten)\b/g;

/** The bracketed remarks of a label, each on its own: "Berufswunsch (Ziel)" → ["Ziel"]; "Etappe 1 [Zwischenziel]". */
function annotations(label: string): string[] {
  const out: string[] = [];
  for (const m of label.matchAll(/\(([^)]*)\)|\[([^\]]*)\]/g)) {
    const inner = (m[1] ?? m[2] ?? '').trim();
    if (inner) out.push(inner);
  }
  return out;
}

const reduce = (n: string, re: RegExp) => n.replace(re, ' ').replace(/\s+/g, ' ').trim();

/**
 * The readings of a label a person would map, most literal first: the label as written, without instruction
 * words, without the client qualifier, then (when the label itself names none) its bracketed annotations.
 */
function readings(label: string): string[] {
  const core = labelCore(label);
  const out: string[] = [];
  const add = (n: string) => {
    if (n && !out.includes(n)) out.push(n);
  };
  add(core);
  const plain = reduce(core, INSTRUCTION);
  add(plain);
  const bare = reduce(plain, CLIENT_QUALIFIER);
  add(bare);
  // "Hier bitte das Ziel eintragen" → "das ziel" → "ziel"
  add(bare.replace(/^(?:das|die|der|den|dem) (?=\p{L})/u, ''));
  return out;
}

function matchSection(n: string): SectionKey | null {
  for (const [key, re] of PATTERNS) if (re.test(n)) return key;
  return null;
}

/** The section a visible label names, or null when it names none. */
export function sectionOfLabel(label: string): SectionKey | null {
  for (const n of readings(label)) {
    const key = matchSection(n);
    if (key) return key;
  }
  // "Berufswunsch (Ziel)", "Was möchten Sie erreichen? (Ziel)": the annotation names the heading
  for (const a of annotations(label)) {
    for (const n of readings(a)) {
      const key = matchSection(n);
      if (key) return key;
    }
  }
  return null;
}

/**
 * Who is responsible for a step row ("Verantwortlich: Kundin / Jobcenter / Dritte"): the row's owner decides
 * its section in case-management software that keeps all steps in one table.
 */
export function sectionOfOwner(owner: string): SectionKey | null {
  const n = normaliseLabel(owner);
  if (!n) return null;
  const owned = ownerSection(n);
  // a row's label cell that names a heading ("Sonstige Vereinbarungen:") is no owner, even when a word of it is one
  if (owned) {
    const asLabel = sectionOfLabel(owner);
    if (asLabel && asLabel !== owned) return null;
  }
  return owned;
}

function ownerSection(n: string): SectionKey | null {
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
      'vorname', 'nachname', 'familienname', 'geburtsname', 'namen?', 'e mail(?: adresse)?', 'email', 'mail',
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
  const [core, ...rest] = readings(label);
  if (!core) return false;
  if (NON_PLAN.test(core)) return true;
  // "Bitte Vermerk erfassen": what stays without the instruction; "Bemerkung (intern)": the annotation
  if (rest.some((n) => NON_PLAN.test(n) && !matchSection(n))) return true;
  return annotations(label).some((a) => INTERNAL.test(normaliseLabel(a)));
}

/** Annotations that keep a field out of the plan the client gets: "(intern)", "(nicht für den Kunden)". */
const INTERNAL = /^(?:nur )?(?:intern|für die akte)|nicht für (?:die |den )?(?:kund|teilnehm)|wird nicht (?:gedruckt|ausgehändigt|angezeigt)/;

// ---- the field's own name/id as a last hint ------------------------------------------------------------------

/**
 * The words of a field's `name` or `id` in the system's own vocabulary: camelCase, snake_case, kebab-case,
 * dots and brackets split, lower case, umlauts as written out folded ("unterstuetzung" → "unterstützung").
 * "txtZielKunde" → ["txt", "ziel", "kunde"], "kopl.schritte[1]" → ["kopl", "schritte", "1"].
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-zäöüß])([A-ZÄÖÜ])/g, '$1 $2')
    .replace(/([A-ZÄÖÜ]+)([A-ZÄÖÜ][a-zäöüß])/g, '$1 $2')
    .replace(/(\p{L})(\d)|(\d)(\p{L})/gu, (_m, a, b, c, d) => (a ? `${a} ${b}` : `${c} ${d}`))
    .toLocaleLowerCase('de')
    .replace(/ue/g, 'ü')
    .replace(/oe/g, 'ö')
    .replace(/ae/g, 'ä')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// Words that make a name something else than the plan: the goal's job code, a place, the case worker's notes, money.
const NAME_DENY = new Set([
  'intern', 'vermerk', 'notiz', 'notizen', 'bemerkung', 'kosten', 'betrag', 'euro', 'einkommen', 'vermögen', 'datum',
  'ort', 'plz', 'beruf', 'gruppe', 'code', 'nr', 'nummer', 'bkz', 'kdnr', 'telefon', 'mail', 'suche', 'tel', 'alt', 'vorlage',
  'template', 'hidden', 'history', 'verlauf',
]);
const NAME_SUPPORT = new Set(['leistung', 'leistungen', 'unterstützung', 'angebot', 'angebote', 'zusage', 'zusagen', 'aufgabe', 'aufgaben', 'hilfe', 'hilfen']);

/**
 * The section a field's own name or id names, as a last hint when no visible text does: whole words only
 * ("txtZielKunde", "schritte_1", "jc_leistung", "unterstuetzung-dritte", "kpSonstiges"), never a word inside a
 * compound ("zielberuf", "reise_zielort"), and nothing with a word of personal data, notes or money.
 */
export function sectionOfName(name: string): SectionKey | null {
  const w = nameWords(name);
  if (w.length === 0 || w.some((x) => NAME_DENY.has(x))) return null;
  const has = (...xs: string[]) => xs.some((x) => w.includes(x));
  if (has('zwischenziel', 'zwischenziele', 'teilziel', 'teilziele')) return 'zwischenziel';
  if (has('ziel', 'ziele', 'zielsetzung', 'zielvereinbarung')) return 'ziel';
  if (has('schritte', 'schritt', 'eigenbemühungen')) return 'schritte';
  if (has('jobcenter', 'jc') && (w.length === 1 ? w[0] === 'jobcenter' : w.some((x) => NAME_SUPPORT.has(x) || x === 'kp' || x === 'kopl'))) return 'jobcenter';
  if (has('dritte', 'dritter', 'dritten')) return 'dritte';
  if (has('sonstiges', 'sonstige')) return 'sonstiges';
  return null;
}
