/**
 * The setting "Markierungen im Formular": whether Klarplan shows its markers and marks in the page. One switch
 * in storage.local (absent = on); no plan text is stored. The page agent follows changes at once.
 */
import { extensionApi } from './extension-api';

export const PAGE_MARKS_KEY = 'klarplan.pageMarks';

interface StorageLike {
  storage?: {
    local?: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged?: {
      addListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
      removeListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

/** Only an explicit `false` switches the marks off. */
export const pageMarksOn = (value: unknown): boolean => value !== false;

export async function readPageMarks(api: StorageLike | null = extensionApi<StorageLike>()): Promise<boolean> {
  const local = api?.storage?.local;
  if (!local) return true;
  const stored = await local.get(PAGE_MARKS_KEY).catch(() => ({}) as Record<string, unknown>);
  return pageMarksOn(stored[PAGE_MARKS_KEY]);
}

export async function savePageMarks(on: boolean, api: StorageLike | null = extensionApi<StorageLike>()): Promise<void> {
  const local = api?.storage?.local;
  if (!local) throw new Error('Kein Speicher verfügbar.');
  await local.set({ [PAGE_MARKS_KEY]: on });
}

/**
 * Calls back with the setting now and whenever it changes; returns the unsubscribe function. `known`: the value as
 * it was just read elsewhere (the background reads it when it injects the page actions), so no read here: in
 * Firefox a read still under way when the tab closes is an error in its console.
 */
export function watchPageMarks(callback: (on: boolean) => void, api: StorageLike | null = extensionApi<StorageLike>(), known?: boolean): () => void {
  let live = true;
  if (known === undefined) void readPageMarks(api).then((on) => live && callback(on));
  else queueMicrotask(() => live && callback(known));
  const events = api?.storage?.onChanged;
  if (!events) return () => void (live = false);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PAGE_MARKS_KEY in changes) callback(pageMarksOn(changes[PAGE_MARKS_KEY]!.newValue));
  };
  events.addListener(listener);
  return () => {
    live = false;
    events.removeListener(listener);
  };
}
