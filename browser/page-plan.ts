/**
 * From what the page shows (fields with their entries) to the plan the checker reads, and back: for each
 * checked entry, the field it stands in and its offset there, so a fix can be applied and a finding revealed.
 */
import type { PagePlan } from '../fields/types';
import { SECTION_KEYS, type Entry, type Finding, type Plan, type SectionKey } from '../core/plan';

export interface EntryLocation {
  fieldId: string;
  /** Offset of the entry's text in the field's text. */
  offset: number;
  /** The field's whole text when it was read (a fix is written only if the field still holds exactly this). */
  fieldText: string;
}

export interface PagePlanView {
  plan: Plan;
  locate(section: SectionKey, entry: number): EntryLocation | undefined;
  /** What the page calls the entry's field or row ("Schritt 5", the field's label). */
  nameOf(section: SectionKey, entry: number): string | undefined;
  /** Findings per field id, for the markers next to the fields. */
  countsByField(findings: readonly Finding[]): Record<string, number>;
}

/**
 * `date`: the plan's date chosen in the panel; without it the date the page shows (`page.planDate`), else none
 * (the checker then uses today). The page's end ("gültig bis") goes with the page's own date only.
 */
export function viewOfPage(page: PagePlan, date?: string): PagePlanView {
  const sections: Record<SectionKey, Entry[]> = Object.fromEntries(SECTION_KEYS.map((k) => [k, []])) as unknown as Record<SectionKey, Entry[]>;
  const where: Record<SectionKey, EntryLocation[]> = Object.fromEntries(SECTION_KEYS.map((k) => [k, []])) as unknown as Record<SectionKey, EntryLocation[]>;
  const names: Record<SectionKey, string[]> = Object.fromEntries(SECTION_KEYS.map((k) => [k, []])) as unknown as Record<SectionKey, string[]>;
  for (const field of page.fields) {
    if (!field.section) continue;
    const name = field.name ?? field.label;
    for (const [i, e] of field.entries.entries()) {
      // the step row's owner goes with the entry: a person named there is the commitment's counterpart
      sections[field.section].push(e.due || e.owner ? { text: e.text, ...(e.due ? { due: e.due } : {}), ...(e.owner ? { owner: e.owner } : {}) } : e.text);
      where[field.section].push({ fieldId: field.id, offset: e.start, fieldText: field.text });
      names[field.section].push(name && field.entries.length > 1 ? `${name}, Punkt ${i + 1}` : name);
    }
  }
  const shown = page.planDate;
  const day = date ?? shown?.date;
  const end = shown?.end && day === shown.date ? shown.end : undefined;
  const plan: Plan = { sections, ...(day ? { date: day } : {}), ...(end ? { end } : {}) };
  return {
    plan,
    locate: (section, entry) => where[section][entry],
    nameOf: (section, entry) => names[section][entry] || undefined,
    countsByField(findings) {
      const counts: Record<string, number> = {};
      for (const f of findings) {
        if (f.section === null || f.entry === null) continue;
        const loc = where[f.section][f.entry];
        if (loc) counts[loc.fieldId] = (counts[loc.fieldId] ?? 0) + 1;
      }
      return counts;
    },
  };
}
