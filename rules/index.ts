/**
 * All rules, in the order their findings are most useful to read. Add a new rule file here;
 * tests/rule-registry.test.ts fails if a file under rules/ is missing from this list.
 */
import type { Rule } from '../core/rule';
import counterpartRoleOnly from './counterpart-role-only';
import deadlineOutOfRange from './deadline-out-of-range';
import hardToRead from './hard-to-read';
import imbalance from './imbalance';
import impossibleDate from './impossible-date';
import impossiblePlanDate from './impossible-plan-date';
import jargon from './jargon';
import legalThreat from './legal-threat';
import missingCounterpart from './missing-counterpart';
import missingDeadline from './missing-deadline';
import missingGoal from './missing-goal';
import notFirstPerson from './not-first-person';
import officialWord from './official-word';
import openIssueAsDuty from './open-issue-as-duty';
import ownStepWithoutDate from './own-step-without-date';
import unspecificOwnEffort from './unspecific-own-effort';
import vagueCommitment from './vague-commitment';
import vagueDeadline from './vague-deadline';

export const RULES: readonly Rule[] = [
  missingGoal,
  impossiblePlanDate,
  imbalance,
  legalThreat,
  missingDeadline,
  vagueDeadline,
  impossibleDate,
  deadlineOutOfRange,
  missingCounterpart,
  counterpartRoleOnly,
  vagueCommitment,
  unspecificOwnEffort,
  openIssueAsDuty,
  notFirstPerson,
  jargon,
  officialWord,
  hardToRead,
  ownStepWithoutDate,
];
