/**
 * The reading script: the plan as the read-aloud mode speaks it, in plan order — each of the six headings as the
 * BA flyer prints it, then each of its points, with the text prepared for the ear.
 *
 * Empty sections: they are announced ("Mein Jobcenter unterstützt mich durch: Noch kein Eintrag."), as a point
 * of their own that the round waits on. A listener cannot see the form; hearing that a heading is empty — above
 * all the job centre's own commitments — is what lets the client ask for an entry there (seed 000: "Nicht nur
 * Pflichten, auch Jobcenter-Schritte konkretisieren"). `announceEmpty: false` leaves them out.
 *
 * Pure: no DOM. The page's field for each point comes from `locate` (browser/page-plan.ts's
 * `PagePlanView.locate`), so the UI can highlight the point in the form while it is read.
 */
import { SECTION_HEADINGS, SECTION_KEYS, entryDue, entryText, type Plan, type SectionKey } from '../core/plan';
import { EntryAnalysis } from '../core/analysis';
import { isLanguageLoaded } from '../language/language';
import { planDay } from '../language/time';
import { forTheEar } from './ear';
import { dateWords } from './numbers';

/** Where a point stands in the page's form (same shape as browser/page-plan.ts's EntryLocation). */
export interface PointRef {
  fieldId: string;
  offset: number;
  fieldText: string;
}

export interface HeadingItem {
  kind: 'heading';
  section: SectionKey;
  /** The flyer's heading, e.g. "Meine nächsten Schritte sind". */
  text: string;
  /** As spoken: the heading with a colon. */
  spoken: string;
}

export interface PointItem {
  kind: 'point';
  /** Stable across edits of the text: `${section}:${entry}`, or `${section}:leer` for an empty section. */
  key: string;
  section: SectionKey;
  heading: string;
  /** Index of the entry in plan.sections[section]; null for an empty section. */
  entry: number | null;
  /** Position among all points of the script (0-based). */
  index: number;
  /** 1-based number within its section (0 for an empty section) and how many points the section has. */
  number: number;
  of: number;
  /** The text as it stands in the form ("" for an empty section). */
  text: string;
  /** The "bis wann" date of the form's step row (YYYY-MM-DD), when there is one. */
  due?: string;
  /** What is spoken: the text for the ear, plus the "bis wann" date when the text does not say it already. */
  spoken: string;
  empty: boolean;
  ref?: PointRef;
}

export type ScriptItem = HeadingItem | PointItem;

export interface ReadingScript {
  items: ScriptItem[];
  /** The point items alone, in order (what the round steps through). */
  points: PointItem[];
}

export interface ScriptOptions {
  /** Where each entry stands in the page (PagePlanView.locate). */
  locate?: (section: SectionKey, entry: number) => PointRef | undefined;
  /** Announce empty sections as "Noch kein Eintrag." (default true). */
  announceEmpty?: boolean;
}

export const EMPTY_SECTION_SPOKEN = 'Noch kein Eintrag.';

export function headingSpoken(section: SectionKey): string {
  return SECTION_HEADINGS[section] + ':';
}

/** The due date as a sentence of its own: "Bis zum dreißigsten November zweitausendsechsundzwanzig." */
export function dueSpoken(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `Bis zum ${dateWords(d, m, y, 'en')}.`;
}

export function buildScript(plan: Plan, options: ScriptOptions = {}): ReadingScript {
  const announceEmpty = options.announceEmpty ?? true;
  const items: ScriptItem[] = [];
  const points: PointItem[] = [];
  for (const section of SECTION_KEYS) {
    const entries = (plan.sections[section] ?? [])
      .map((e, entry) => ({ entry, text: entryText(e), due: entryDue(e) }))
      .filter((e) => e.text.trim() !== '');
    if (!entries.length && !announceEmpty) continue;
    const heading = SECTION_HEADINGS[section];
    items.push({ kind: 'heading', section, text: heading, spoken: headingSpoken(section) });
    if (!entries.length) {
      const p: PointItem = {
        kind: 'point', key: `${section}:leer`, section, heading, entry: null, index: points.length, number: 0, of: 0,
        text: '', spoken: EMPTY_SECTION_SPOKEN, empty: true,
      };
      items.push(p);
      points.push(p);
      continue;
    }
    entries.forEach((e, i) => {
      let spoken = forTheEar(e.text);
      if (e.due && /^\d{4}-\d{2}-\d{2}$/.test(e.due)) {
        const due = dueSpoken(e.due);
        // the date words without "Bis zum" and the full stop: already said in the text?
        const words = due.slice('Bis zum '.length, -1);
        if (!spoken.includes(words) && !spoken.includes(words.replace(/^(\S+)en /, '$1er '))) {
          spoken = spoken && !/[.!?]$/.test(spoken) ? `${spoken}. ${due}` : `${spoken} ${due}`.trim();
        }
      }
      const ref = options.locate?.(section, e.entry);
      const p: PointItem = {
        kind: 'point', key: `${section}:${e.entry}`, section, heading, entry: e.entry, index: points.length,
        number: i + 1, of: entries.length, text: e.text, spoken, empty: false,
        ...(e.due ? { due: e.due } : {}),
        ...(ref ? { ref } : {}),
      };
      items.push(p);
      points.push(p);
    });
  }
  return { items, points };
}

/**
 * The people the plan names (besides the client as an object: "schickt Herrn Nowak"), in plan order, each once:
 * the choices for "Klärung mit …" of an open point. Empty while the language data is not loaded.
 */
export function namedPeople(plan: Plan): string[] {
  if (!isLanguageLoaded()) return [];
  const out: string[] = [];
  const day = planDay(plan.date);
  for (const section of SECTION_KEYS) {
    (plan.sections[section] ?? []).forEach((e, i) => {
      const a = new EntryAnalysis(entryText(e), section, i, day, entryDue(e));
      for (const p of a.counterparts) {
        const name = a.text.slice(p.start, p.end).replace(/^Herrn\b/, 'Herr').replace(/\s+/g, ' ');
        if (!out.includes(name)) out.push(name);
      }
    });
  }
  return out;
}
