/**
 * What a rule is. One rule per file under rules/, each carrying its id (the finding category), a German
 * title and message, severity, the reason with its sources, the check, and its own examples — text that
 * must be flagged (with the expected text after the fix, where there is one) and text that must not.
 * tests/rule-examples.test.ts runs every example of every rule; a new rule needs no test wiring.
 */
import type { EntryAnalysis, PlanAnalysis } from './analysis';
import type { Fix, Plan, SectionKey, Severity } from './plan';

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
  /** Plan date (YYYY-MM-DD); 2026-03-02 when omitted. */
  planDate?: string;
  /** For flagged examples: the whole entry text after applying the rule's fix(es). Omit when no fix is expected. */
  fixed?: string;
}

export interface PlanExample {
  plan: Plan;
  note?: string;
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
}

export interface EntryRule extends RuleBase {
  level: 'entry';
  /** Sections the rule looks at. */
  sections: readonly SectionKey[];
  check(a: EntryAnalysis): Hit[];
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
