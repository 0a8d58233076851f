/**
 * The side panel's state (what it shows: nothing yet, a check under way, a checked plan, no plan on the page, a
 * failure), the language data loaded once per panel session, and the status line. Split from App.tsx.
 */
import type { Balance } from '../../checker/balance';
import { loadLanguage } from '../../checker/checker';
import type { PlanReadability } from '../../checker/readability';
import type { CheckResult, Plan } from '../../core/plan';
import type { PagePlanView } from '../../browser/page-plan';
import type { PageNotice, PagePlan } from '../../fields/types';

export type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | {
      kind: 'done';
      source: 'example' | 'page';
      plan: Plan;
      result: CheckResult;
      balance: Balance;
      readability: PlanReadability;
      page?: PagePlanView;
      /** The page's plan as it arrived (for a re-check with another date). */
      raw?: PagePlan;
      /** What the page said it could not read (limits, frames, unplaced fields, errors). */
      notices?: PageNotice[];
    }
  /** The page next to the panel holds no field Klarplan can tell is part of a plan (a contact form …). */
  | { kind: 'no-plan'; notices?: PageNotice[] }
  | { kind: 'failed'; message: string };

// The language data is loaded once per side-panel session, not on every page load of the case-management software.
let languageReady: Promise<void> | undefined;
export function ensureLanguage(): Promise<void> {
  languageReady ??= loadLanguage().catch((error: unknown) => {
    languageReady = undefined; // let the next attempt try again
    throw error;
  });
  return languageReady;
}

export function statusText(state: State, shown: number | null, line: string): string {
  if (state.kind === 'checking') return 'Der Plan wird geprüft …';
  if (state.kind !== 'done' || shown === null) return '';
  return state.source === 'example' ? `Der Beispielplan ist geprüft – ${line}.` : `Der Plan auf der Seite ist geprüft – ${line}.`;
}

