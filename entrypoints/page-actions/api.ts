/**
 * How the page agent and the page actions meet: the actions' script (index.ts) is injected into the frame by the
 * background only when the panel first asks for a fix to be written, a finding to be shown or markers to be drawn,
 * and leaves its entry point on the content scripts' own global object (the page cannot see it: content scripts
 * run in their own world). Types and names only: importing this adds no action code to the page agent.
 */
import type { startActions } from './actions';

export type StartActions = typeof startActions;

/** The property of the content scripts' global object that holds the loaded actions. */
export const ACTIONS_GLOBAL = 'klarplanActions';
/** The property where the background leaves the setting "Markierungen im Formular" as it read it, before the actions' script runs. */
export const PAGE_MARKS_GLOBAL = 'klarplanPageMarks';
/** The actions' script in the extension package (WXT's unlisted script `page-actions`). */
export const ACTIONS_FILE = '/page-actions.js';

/** The setting "Markierungen im Formular" as the background read it when it injected the actions (else undefined). */
export function knownPageMarks(): boolean | undefined {
  const value = (globalThis as Record<string, unknown>)[PAGE_MARKS_GLOBAL];
  return typeof value === 'boolean' ? value : undefined;
}

/** The actions' entry point, when their script has run in this frame. */
export function loadedActions(): StartActions | null {
  return ((globalThis as Record<string, unknown>)[ACTIONS_GLOBAL] as StartActions | undefined) ?? null;
}
