/**
 * The plan model: what the checker reads and what it returns.
 * Shapes follow the contract in the project's eval notes (sections, entries, findings).
 * Pure TypeScript + zod: no DOM, no browser API.
 */
import { z } from 'zod';

// Validation messages in German wherever the model is used (extension, command line, tests).
z.config(z.locales.de());
// No generated code: zod's faster object parser compiles a function at run time (`new Function`), which an
// extension page's content security policy forbids — the attempt alone puts a CSP error in Firefox's console.
z.config({ jitless: true });

export { SECTION_KEYS, type SectionKey } from './severity';
import { SECTION_KEYS, type SectionKey } from './severity';

/** The six headings as the BA flyer prints them (seed 004). */
export const SECTION_HEADINGS: Record<SectionKey, string> = {
  ziel: 'Mein Ziel ist',
  zwischenziel: 'Zunächst möchte ich Folgendes erreichen',
  schritte: 'Meine nächsten Schritte sind',
  jobcenter: 'Mein Jobcenter unterstützt mich durch',
  dritte: 'Zusätzlich unterstützt mich',
  sonstiges: 'Was sonst noch wichtig ist',
};

// The format only: a day the calendar does not have (2026-02-30) is a finding of the rules `impossible-date` and
// `impossible-plan-date`, so one typo in an export does not drop the whole plan.
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, {
  message: 'Datum im Format JJJJ-MM-TT erwartet, z. B. 2026-03-02 (date as YYYY-MM-DD)',
});

/**
 * Who a step row names as responsible ("Zuständig: Jobcenter (Frau Lindner)"), when the plan comes from a form with
 * an owner column: the party, a person named there (as written), and the cell's text. Optional everywhere.
 */
export const EntryOwnerSchema = z.object({
  party: z.enum(['client', 'jobcenter', 'others', 'unknown']),
  person: z.string().max(200).optional(),
  text: z.string().max(500),
});
export type EntryOwner = z.infer<typeof EntryOwnerSchema>;

export const EntrySchema = z.union([z.string(), z.object({ text: z.string(), due: isoDate.nullish(), owner: EntryOwnerSchema.optional() })], {
  error: 'Eintrag muss ein Text sein oder {"text": …, "due": "JJJJ-MM-TT"} (entry must be a string or {text, due})',
});
export type Entry = z.infer<typeof EntrySchema>;

const sectionList = EntrySchema.array().optional();

export const PlanSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  date: isoDate.optional(),
  /**
   * The plan's own end ("gültig bis", "Laufzeit … bis …") where the form gives one; without it the plan runs six
   * months from `date` (Weisung 4.3). Optional: plans of the evaluation contract have none.
   */
  end: isoDate.optional(),
  sections: z
    .object({
      ziel: sectionList,
      zwischenziel: sectionList,
      schritte: sectionList,
      jobcenter: sectionList,
      dritte: sectionList,
      sonstiges: sectionList,
    })
    .strict(),
});
export type Plan = z.infer<typeof PlanSchema>;

export const CATEGORIES = [
  'missing-deadline', 'vague-deadline', 'deadline-out-of-range', 'missing-counterpart',
  'vague-commitment', 'unspecific-own-effort', 'legal-threat', 'open-issue-as-duty',
  'not-first-person', 'jargon', 'hard-to-read', 'missing-goal', 'imbalance',
] as const;

export { SEVERITY_LABELS, type Severity } from './severity';
import type { Severity } from './severity';

export interface Fix { start: number; end: number; text: string }

export interface Finding {
  category: string;
  section: SectionKey | null;
  entry: number | null;
  start: number;
  end: number;
  severity: Severity;
  message: string;
  fix?: Fix;
}

export interface CheckResult { id?: string | number; findings: Finding[] }

/** Text and `due` of an entry, whichever form it has. */
export function entryText(e: Entry): string {
  return typeof e === 'string' ? e : e.text;
}
export function entryDue(e: Entry): string | undefined {
  return typeof e === 'string' ? undefined : (e.due ?? undefined);
}
/** The step row's owner of an entry, when the form has an owner column. */
export function entryOwner(e: Entry): EntryOwner | undefined {
  return typeof e === 'string' ? undefined : e.owner;
}

/** Turns a zod error into one short line naming the field, in German and English. */
export function describePlanError(err: z.ZodError): string {
  return err.issues
    .map((i) => {
      const where = i.path.length ? i.path.join('.') : '(Plan)';
      return `${where}: ${i.message}`;
    })
    .join('; ');
}
