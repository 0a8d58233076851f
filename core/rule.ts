/**
 * What a rule is. One rule per file under rules/, each carrying its id (the finding category), a German
 * title and message, severity, the reason with its sources, the check, and its own examples — text that
 * must be flagged (with the expected text after the fix, where there is one) and text that must not.
 * tests/rule-examples.test.ts runs every example of every rule; a new rule needs no test wiring.
 */
import type { EntryAnalysis, PlanAnalysis } from './analysis';
import type { EntryOwner, Fix, Plan, SectionKey, Severity } from './plan';

export interface RuleSource {
  /** Seed file name, e.g. "002_9fe6ef79a2785a96.txt". */
  seed: string;
  /** Section or passage in that seed, e.g. "4.3 Dauer des Kooperationsplans". */
  section: string;
}

export interface Hit {
  start: number;
  end: number;
  /** The message for this finding; the rule's `message` when omitted. */
  message?: string;
  fix?: Fix;
  /** Names a fix may drop because they refer to the client ("Herr A." → "Ich"). */
  clientNames?: string[];
}

export interface EntryExample {
  text: string;
  /** Section the example is checked in; the rule's first section when omitted. */
  section?: SectionKey;
  due?: string;
  /** The step row's owner column, as a form with one gives it (core/plan.ts EntryOwner). */
  owner?: EntryOwner;
  /** Plan date (YYYY-MM-DD); 2026-03-02 when omitted. */
  planDate?: string;
  /** The plan's own end as the form gives it (YYYY-MM-DD, `Plan.end`); six months after the plan date when omitted. */
  planEnd?: string;
  /** For flagged examples: the whole entry text after applying the rule's fix(es). Omit when no fix is expected. */
  fixed?: string;
  /** For flagged examples: the rule must offer no fix (no rewrite is sure), only the finding. */
  noFix?: true;
  /**
   * For flagged examples: one of the rule's two or three teaching pairs ("So nicht → Besser so"), shown first in the
   * catalogue; the others are folded away. Such an example needs a "Besser so": its `fixed` text or `better`.
   */
  showcase?: boolean;
  /**
   * For flagged examples without a fix: a better wording with the same facts (same section, "bis wann" and plan
   * date), for "Besser so" in the catalogue. No rule may flag it (tests/rule-examples.test.ts).
   */
  better?: string;
}

export interface PlanExample {
  plan: Plan;
  note?: string;
  /** For flagged examples: one of the rule's teaching pairs (see EntryExample.showcase). */
  showcase?: boolean;
  /** For flagged examples: the same plan done better, for "Besser so"; no rule may flag it. */
  better?: Plan;
}

interface RuleBase {
  /** The finding category, e.g. "missing-deadline". */
  id: string;
  /** German title for the catalogue and the panel. */
  title: string;
  /** Default German message of a finding. */
  message: string;
  severity: Severity;
  /** Why the rule exists, in plain German ("Warum?"). */
  why: string;
  sources: RuleSource[];
  /** What the rule catches, in one German sentence (the catalogue and the one-page overview). */
  catches: string;
  /** "Warum?" in one short German sentence (presentation mode, the one-page overview). */
  whyBrief: string;
  /** A short tag for a finding in place (presentation mode, before/after), at most 16 characters. */
  tag: string;
}

export interface EntryRule extends RuleBase {
  level: 'entry';
  /** Sections the rule looks at. */
  sections: readonly SectionKey[];
  check(a: EntryAnalysis): Hit[];
  /**
   * The rule's fixes in one entry are one rewrite of it (every sentence "Ich …"): when the fact guard takes one away,
   * it takes them all, so the entry is never left half done ("Ich habe … . Er kann …").
   */
  oneRewrite?: boolean;
  examples: { flagged: EntryExample[]; clean: EntryExample[] };
}

export interface PlanRule extends RuleBase {
  level: 'plan';
  check(p: PlanAnalysis): Hit[];
  examples: { flagged: PlanExample[]; clean: PlanExample[] };
}

export type Rule = EntryRule | PlanRule;

export const CLIENT_SECTIONS = ['ziel', 'zwischenziel', 'schritte', 'sonstiges'] as const satisfies readonly SectionKey[];
export const ALL_SECTIONS = ['ziel', 'zwischenziel', 'schritte', 'jobcenter', 'dritte', 'sonstiges'] as const satisfies readonly SectionKey[];

/** Seed file names, so rule files cite them by a readable constant. */
export const SEED = {
  article: '000_758c8b553bc9b041.txt',
  iab: '001_7f90169469b02193.txt',
  weisung: '002_9fe6ef79a2785a96.txt',
  baPage: '003_8b10f586494c07b7.txt',
  flyer: '004_d9dc1c9a31191eb7.txt',
} as const;
