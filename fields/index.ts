/**
 * The page side of Klarplan as one import for the content script: finding the plan's fields, reading them,
 * watching them, writing fixes back. Pure DOM, no extension API.
 */
export type { FieldAdapter, FieldKind, PageEntry, PageField, PagePlan } from './types';
export { ADAPTERS, adapterFor } from './adapters/index';
export { UI_ATTR, openFolds } from './dom';
export { discover, fieldId, findField, reachableRoots, readFromParent, type DiscoverOptions, type FoundField } from './discover';
export { LabelContext, labelCandidates, labelOf, labelTargets, type FieldLabel, type LabelCandidate, type LabelSource } from './labels';
export {
  BUILTIN_PROFILES,
  ProfileFieldSchema,
  SiteProfileSchema,
  SiteProfilesSchema,
  compileMatchPattern,
  parseProfiles,
  profileFor,
  type ProfileField,
  type SiteProfile,
} from './profiles';
export { parseDate, stepRowOf, type StepRow } from './rows';
export { isNonPlanLabel, normaliseLabel, sectionOfLabel, sectionOfOwner, splitPoints } from './sections';
export { describeField, fieldById, readPage, watchPage, type ReadOptions, type WatchOptions } from './snapshot';
export { buildTextMap, readEditableText, type DomPoint, type TextMap } from './textmap';
export { textOffsetAt, textPoint, textRange } from './text-range';
