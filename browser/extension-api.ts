/**
 * The WebExtension API of the page, whichever the browser calls it: `browser` (Firefox, and Chrome where it
 * exists with a runtime) or `chrome`. Null outside an extension (unit tests, a page opened from disk).
 */
export function extensionApi<T>(): T | null {
  const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome?.runtime?.id ? g.chrome : null;
  return (api as T | null) ?? null;
}

/** A runtime.onMessage listener that may answer with sendResponse (works the same in Chrome and Firefox). */
export type MessageListener = (raw: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean | undefined;

/** The runtime messaging the read-aloud pages use (structural, so component tests can pass a fake). */
export interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage?: { addListener(fn: MessageListener): void; removeListener(fn: MessageListener): void };
  getURL?(path: string): string;
}
