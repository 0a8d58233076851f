/**
 * The balance of a plan: the client's steps against the job centre's commitments — how many there are, and
 * how many of each have a checkable time and a named person. The IAB report's central finding in one view.
 */
import { EntryAnalysis } from '../core/analysis';
import { planDay } from '../language/time';
import { entryDue, entryText, type Plan, type SectionKey } from '../core/plan';

export interface SideBalance {
  entries: number;
  withTime: number;
  withPerson: number;
}
export interface Balance {
  client: SideBalance;
  jobcenter: SideBalance;
}

function side(plan: Plan, key: SectionKey, date: Date): SideBalance {
  const list = (plan.sections[key] ?? []).map((e, i) => new EntryAnalysis(entryText(e), key, i, date, entryDue(e))).filter((a) => !a.isBlank);
  return {
    entries: list.length,
    withTime: list.filter((a) => a.hasTime).length,
    // the client's own steps need no named person; for them this counts steps that name someone to turn to
    withPerson: list.filter((a) => (key === 'jobcenter' ? a.counterparts.length > 0 : a.persons.length > 0)).length,
  };
}

/** Call after `loadLanguage()`. */
export function planBalance(plan: Plan, today?: Date): Balance {
  const date = planDay(plan.date, today);
  return { client: side(plan, 'schritte', date), jobcenter: side(plan, 'jobcenter', date) };
}
