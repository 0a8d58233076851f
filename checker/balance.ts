/**
 * The balance of a plan: the client's steps against the job centre's commitments — how many there are, and
 * how many of each have a checkable time and a named person. The IAB report's central finding in one view.
 */
import { EntryAnalysis, type PlanAnalysis } from '../core/analysis';
import { planDay } from '../language/time';
import { entryDue, entryOwner, entryText, type Plan, type SectionKey } from '../core/plan';

export interface SideBalance {
  entries: number;
  withTime: number;
  withPerson: number;
}
export interface Balance {
  client: SideBalance;
  jobcenter: SideBalance;
}

function side(list: readonly EntryAnalysis[], key: 'schritte' | 'jobcenter'): SideBalance {
  const filled = list.filter((a) => !a.isBlank);
  return {
    entries: filled.length,
    withTime: filled.filter((a) => a.hasTime).length,
    // the client's own steps need no named person; for them this counts steps that name someone to turn to
    withPerson: filled.filter((a) => (key === 'jobcenter' ? a.counterparts.length > 0 || !!a.ownerPerson : a.persons.length > 0)).length,
  };
}

const analyse = (plan: Plan, key: SectionKey, date: Date) => (plan.sections[key] ?? []).map((e, i) => new EntryAnalysis(entryText(e), key, i, date, entryDue(e), true, undefined, entryOwner(e)));

/** Call after `loadLanguage()`. */
export function planBalance(plan: Plan, today?: Date): Balance {
  const date = planDay(plan.date, today);
  return { client: side(analyse(plan, 'schritte', date), 'schritte'), jobcenter: side(analyse(plan, 'jobcenter', date), 'jobcenter') };
}

/** The balance from a plan the checker has already analysed (`checkPlanAnalysed`): the same numbers, no second pass. */
export function balanceOf(pa: PlanAnalysis): Balance {
  return { client: side(pa.entries.schritte, 'schritte'), jobcenter: side(pa.entries.jobcenter, 'jobcenter') };
}

/** The job centre's side in one line: "Jobcenter: 0 von 3 Zusagen mit Termin, 0 von 3 mit Namen". */
export function balanceLine(b: Balance): string {
  const j = b.jobcenter;
  if (j.entries === 0) return 'Jobcenter: keine Zusagen im Plan';
  return `Jobcenter: ${j.withTime} von ${j.entries} ${j.entries === 1 ? 'Zusage' : 'Zusagen'} mit Termin, ${j.withPerson} von ${j.entries} mit Namen`;
}
