/** What the UI shows about a rule: title, reason and sources with readable document names. */
import { SEED } from '../core/rule';
import { RULES } from '../rules/index';

const SEED_TITLES: Record<string, string> = {
  [SEED.article]: 'Ratgeber-Artikel „Kooperationsplan“ (Februar 2026)',
  [SEED.iab]: 'IAB-Forschungsbericht 2/2026',
  [SEED.weisung]: 'Weisung zum Kooperationsplan',
  [SEED.baPage]: 'Bundesagentur für Arbeit: Der neue Kooperationsplan',
  [SEED.flyer]: 'BA-Flyer „Mein Kooperationsplan“',
};

/** A seed's readable document name (the file name when unknown). */
export function sourceTitle(seed: string): string {
  return SEED_TITLES[seed] ?? seed;
}

export interface RuleInfo {
  id: string;
  title: string;
  /** A short tag for a finding in place (presentation mode, before/after). */
  tag: string;
  /** What the rule catches, in one sentence. */
  catches: string;
  /** "Warum?" in one sentence. */
  whyBrief: string;
  why: string;
  sources: Array<{ seed: string; title: string; section: string }>;
}

const BY_ID = new Map<string, RuleInfo>(
  RULES.map((r) => [
    r.id,
    {
      id: r.id,
      title: r.title,
      tag: r.tag,
      catches: r.catches,
      whyBrief: r.whyBrief,
      why: r.why,
      sources: r.sources.map((s) => ({ ...s, title: SEED_TITLES[s.seed] ?? s.seed })),
    },
  ]),
);

export function ruleById(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}
