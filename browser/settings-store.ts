/**
 * The rule settings in the browser: the user's choices in storage.local (SETTINGS_KEY), the administrator's in
 * managed storage (key "rules"). Only rule ids, switches and severities are stored — never any plan text.
 * Validation and merging are pure, in checker/settings.ts.
 */
import { useEffect, useRef, useState } from 'react';
import type { RuleSetting } from '../checker/checker';
import { checkOptionsRules, MANAGED_RULES_KEY, readChoices, readStoredChoices, settingsValue, SETTINGS_KEY, withChoice, type RuleChoices } from '../checker/settings';

import { extensionApi } from './extension-api';

type Api = typeof import('wxt/browser').browser;

const api = () => extensionApi<Api>();

export interface SettingsSnapshot {
  /** The user's own choices (options page). */
  user: RuleChoices;
  /** The administrator's (managed storage); they win and are locked. */
  managed: RuleChoices;
}

/** Reads both; a browser without managed storage (or without a policy) has no managed choices. */
export async function readSettings(): Promise<SettingsSnapshot> {
  const b = api();
  if (!b) return { user: {}, managed: {} };
  const stored = ((await b.storage.local.get(SETTINGS_KEY).catch(() => ({}))) as Record<string, unknown>)[SETTINGS_KEY];
  let managed: RuleChoices = {};
  try {
    managed = readChoices((await b.storage.managed.get(MANAGED_RULES_KEY))[MANAGED_RULES_KEY]);
  } catch {
    // no policy, or a browser without managed storage
  }
  return { user: readStoredChoices(stored), managed };
}

/** Stores the user's choices (known rules only, defaults left out). */
export async function saveUserChoices(choices: RuleChoices): Promise<void> {
  const b = api();
  if (!b) throw new Error('Kein Speicher verfügbar.');
  await b.storage.local.set({ [SETTINGS_KEY]: settingsValue(choices) });
}

/** Calls back when the user's or the administrator's rule settings change (in any tab or window). */
export function onSettingsChanged(callback: () => void): () => void {
  const b = api();
  if (!b?.storage?.onChanged) return () => undefined;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'local' && SETTINGS_KEY in changes) || (area === 'managed' && MANAGED_RULES_KEY in changes)) callback();
  };
  b.storage.onChanged.addListener(listener);
  return () => b.storage.onChanged.removeListener(listener);
}

export interface RuleSettingsHandle {
  /** checkPlan's `rules` option as the settings stand now (read through a stable function, so listeners set up once see changes). */
  current(): Record<string, RuleSetting>;
  /** Resolves once the settings were read the first time (also when reading failed: then the defaults apply). */
  ready: Promise<void>;
  /** Counts loads and changes: a new value means the shown result should be checked again. */
  version: number;
}

/** For the side panel: loads the settings once, then follows storage changes. */
export function useRuleSettings(): RuleSettingsHandle {
  const [version, setVersion] = useState(0);
  const store = useRef<{ rules: Record<string, RuleSetting>; ready: Promise<void>; resolve: () => void } | null>(null);
  if (store.current === null) {
    let resolve!: () => void;
    const ready = new Promise<void>((r) => (resolve = r));
    store.current = { rules: {}, ready, resolve };
  }
  useEffect(() => {
    let live = true;
    const load = () =>
      readSettings()
        .then((s) => {
          if (!live) return;
          store.current!.rules = checkOptionsRules(s.user, s.managed);
          setVersion((v) => v + 1);
        })
        .catch(() => undefined)
        .finally(() => {
          if (live) store.current!.resolve();
        });
    void load();
    const stop = onSettingsChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);
  const s = store.current;
  return { current: () => s.rules, ready: s.ready, version };
}

/** Where the options page reads and writes the settings (tests pass one held in memory). */
export interface SettingsStore {
  read(): Promise<SettingsSnapshot>;
  save(user: RuleChoices): Promise<void>;
  subscribe(callback: () => void): () => void;
}

export const browserSettingsStore: SettingsStore = { read: readSettings, save: saveUserChoices, subscribe: onSettingsChanged };

/**
 * "Regel ausschalten" from a card in the panel: the same setting as the options page's switch (the user's
 * choices in storage.local). 'locked' when the administrator decides about this rule.
 */
export async function switchRuleOff(id: string): Promise<'off' | 'locked'> {
  const s = await readSettings();
  if (s.managed[id]?.enabled !== undefined) return 'locked';
  await saveUserChoices(withChoice(s.user, s.managed, id, { enabled: false }));
  return 'off';
}
