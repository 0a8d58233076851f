/**
 * Which of the plan's six headings a field belongs to, from the text a person sees next to it
 * (label, legend, heading, column header, placeholder). Case- and punctuation-insensitive, with the
 * BA flyer's headings and the variants case-management software uses.
 * Pure TypeScript: the content script passes in the texts it found in the page.
 */
import type { SectionKey } from '../lib/plan';

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
  ['jobcenter', /\b(?:mein )?jobcenter unterstützt mich|unterstützung (?:durch|vom|von) (?:das |dem )?jobcenter|leistungen des jobcenters|angebote des jobcenters|aktivitäten des jobcenters|schritte des jobcenters|das jobcenter (?:tut|macht|unterstützt)|jobcenter leistungen|zusagen des jobcenters/],
  ['dritte', /\bzusätzlich unterstützt mich|unterstützung durch dritte|weitere unterstützung|unterstützung durch andere|andere unterstützende|dritte\b|netzwerkpartner|kooperationspartner/],
  ['zwischenziel', /\bzunächst möchte ich|zwischenziel|teilziel|nächstes ziel|erstes ziel/],
  ['ziel', /\bmein ziel\b|\bziel ist\b|^ziel(?:e)?$|^(?:mein |berufliches |übergeordnetes )?(?:ziel|vermittlungsziel|eingliederungsziel)$|\bvermittlungsziel|\beingliederungsziel/],
  ['schritte', /\bmeine nächsten schritte|nächste schritte|schritte der kundin|schritte des kunden|schritte der kund(?:in)?nen|meine schritte|meine aktivitäten|aktivitäten der kundin|aktivitäten des kunden|eigenbemühungen|das tue ich|was ich tue|ich werde/],
  ['sonstiges', /\bwas sonst noch wichtig ist|sonstiges|sonstige hinweise|weitere wichtige aspekte|weitere aspekte|wichtige hinweise|bemerkungen|anmerkungen|rahmenbedingungen|zu beachten/],
];

/** The section a visible label names, or null when it names none. */
export function sectionOfLabel(label: string): SectionKey | null {
  const n = normaliseLabel(label);
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
  if (/\b(?:jobcenter|jc|ifk|integrationsfachkraft|arbeitsvermittlung|fallmanagement|pap|ansprechperson|ansprechpartner(?:in)?|arbeitgeberservice|ags)\b/.test(n)) return 'jobcenter';
  if (/\b(?:kundin|kunde|kunden|ich|leistungsberechtigte[rn]?|elb|teilnehmer(?:in)?)\b/.test(n)) return 'schritte';
  if (/\b(?:dritte|träger|beratung(?:sstelle)?|netzwerk|partner|caritas|diakonie|awo|familie|jugendamt|schuldnerberatung|sonstige)\b/.test(n)) return 'dritte';
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
