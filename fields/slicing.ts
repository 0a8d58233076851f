/**
 * Work in slices: Klarplan's reading of a page gives the page's own work and its frames a turn every few
 * milliseconds, so no task of Klarplan's is long (a long task blocks the case worker's typing and scrolling).
 */

type YieldFn = () => Promise<void>;

/** Gives the page a turn: `scheduler.yield()` where the browser has it, else a message task (not throttled like timers). */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: YieldFn } }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield.call(s);
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** What the slicing saw: how many slices, and the longest stretch without a turn for the page. */
export interface SliceStats {
  slices: number;
  longestTaskMs: number;
}

/**
 * A clock for one piece of sliced work: `maybeYield()` between small steps yields once the budget is used up.
 * `end()` closes the last slice. The longest slice is noted in `stats` (a step itself can be longer than the budget).
 */
export class TaskClock {
  private started = now();
  constructor(
    private readonly stats: SliceStats,
    private readonly budgetMs = 6,
    private readonly yielder: () => Promise<void> = yieldToPage,
  ) {}

  /** Yields when this slice has used its budget; resolves at once otherwise. */
  async maybeYield(): Promise<void> {
    if (now() - this.started < this.budgetMs) return;
    this.end();
    await this.yielder();
    this.started = now();
  }

  end(): void {
    const took = now() - this.started;
    this.stats.slices++;
    if (took > this.stats.longestTaskMs) this.stats.longestTaskMs = took;
    this.started = now();
  }
}

/** Runs a synchronous piece of Klarplan's work (an event handler, a message) and notes how long it took. */
export function timed<T>(stats: SliceStats, work: () => T): T {
  const started = now();
  try {
    return work();
  } finally {
    const took = now() - started;
    if (took > stats.longestTaskMs) stats.longestTaskMs = took;
  }
}
