/**
 * The six headings' keys, a finding's severity and how it reads in German (in the panel, the page's markers and on
 * the command line alike). On their own, without the validation library of core/plan.ts: the page's content script
 * imports them.
 */
export const SECTION_KEYS = ['ziel', 'zwischenziel', 'schritte', 'jobcenter', 'dritte', 'sonstiges'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Wichtig', warning: 'Empfehlung', info: 'Tipp' };
