/**
 * The page's plan, kept up to date at the cost of what changes (what the page agent uses; readPage/watchPage in
 * snapshot.ts read and watch the whole page at once, for tests and tools).
 *
 * - The first read walks the page in slices (fields/slicing.ts): the page gets a turn every few milliseconds.
 * - Afterwards only what a change can affect is read again: the field whose text changed (its naming is kept),
 *   the fields a changed label, legend, heading, header cell or nearby text names, a subtree that gained or
 *   lost fields. A mutation elsewhere — a ticking clock's text, a class toggled on a status icon, a subtree
 *   without fields — is dropped in the observer, at the cost of a few checks.
 * - `onChange` is called only when the plan the panel would see changed.
 */
import { UI_ATTR, containsAcross, isElement, isRendered, rootOf } from './dom';
import { fieldAdapter, fieldId, frameDocument, type DiscoverOptions, type FoundField } from './discover';
import { LabelContext, labelTargets } from './labels';
import { ATTRIBUTES, ChangeFilter, hostChain, ours } from './live-changes';
import type { SiteProfile } from './profiles';
import { TaskClock, timed, type SliceStats } from './slicing';
import type { ReadField } from './region';
import { fieldWithoutText, fieldWithText, finishPlan, nameField, surroundings, type FieldNaming, type PlanSurroundings } from './snapshot';
import type { PageField, PagePlan } from './types';

export interface LiveStats extends SliceStats {
  /** Reads of the whole page (every root walked, every field named). */
  fullReads: number;
  /** Fields named (labels, rows, profile) — the expensive part of a read. */
  namings: number;
  /** Field texts read. */
  textReads: number;
  /** Incremental updates run. */
  updates: number;
  /** Mutation records dropped as irrelevant. */
  ignored: number;
  /** Milliseconds from the start to the first plan (wall clock, the page's turns in between included). */
  firstReadMs: number;
}

export interface LiveOptions extends DiscoverOptions {
  /** The page's address for the plan (default: the document's). */
  url?: () => string;
  /**
   * The site profile of this page (`profileFor(url, profiles)` from fields/profile-match.ts), or none: the built-in
   * list is empty, so the page agent passes none and carries no pattern matching.
   */
  profile?: SiteProfile | null;
  /** Milliseconds of work per slice before the page gets a turn (default 6). */
  budgetMs?: number;
  /** Quiet time before changes are read (default 30 ms; at most 4× that while changes keep coming). */
  debounceMs?: number;
  /**
   * Every so many milliseconds, compare the values of the known plan fields (textarea, input): a page's script
   * may set a value without any event or mutation (a framework restoring a draft). 0 turns it off. Default 1000.
   */
  pollMs?: number;
  /** Also list fields whose section is unknown (section null). */
  includeUnmapped?: boolean;
}

interface Known {
  found: FoundField;
  /** undefined: not named yet; null: a step row's own owner/date control (no field of the plan). */
  naming: FieldNaming | null | undefined;
  field: PageField | null;
}

/** Page order across shadow roots and frames. */
function comparePage(a: Node, b: Node): number {
  const ca = hostChain(a);
  const cb = hostChain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === ca.length) return -1;
  if (i === cb.length) return 1;
  const pos = ca[i]!.compareDocumentPosition(cb[i]!);
  return pos & 4 ? -1 : pos & 2 ? 1 : 0;
}

export class LivePlan {
  readonly stats: LiveStats = { fullReads: 0, namings: 0, textReads: 0, updates: 0, ignored: 0, slices: 0, longestTaskMs: 0, firstReadMs: 0 };
  private readonly known = new Map<Element, Known>();
  /** An element a field is labelled as (the element an editor replaced, its container) → the field. */
  private readonly targetOf = new WeakMap<Element, Element>();
  private order: Element[] = [];
  private orderDirty = false;
  private readonly observed = new Map<Document | ShadowRoot, { mo: MutationObserver; off: () => void }>();
  private readonly dirtyText = new Set<Element>();
  private readonly dirtyName = new Set<Element>();
  private readonly subtrees = new Set<Element | Document | ShadowRoot>();
  private prune = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pendingSince = 0;
  private running: Promise<void> | null = null;
  private poll: ReturnType<typeof setInterval> | null = null;
  private plan: PagePlan | null = null;
  /** The region, the plan's own date and the frames as last worked out, and whether they must be again. */
  private around: PlanSurroundings | null = null;
  private aroundDirty = true;
  private json = '';
  private stopped = false;
  private readonly profile: SiteProfile | null;
  /** Ids some element is labelled by (aria-labelledby), as seen when reading. */
  private readonly referenced = new Set<string>();
  /** Fields in frames and shadow roots (found by their hosts). */
  private readonly foreign = new Set<Element>();
  /** Labels and headings as last indexed; dropped when elements come or go or change what they are. */
  private ctx: LabelContext | null = null;
  private readonly changes: ChangeFilter;

  constructor(
    private readonly doc: Document,
    private readonly onChange: (plan: PagePlan) => void,
    private readonly opts: LiveOptions = {},
  ) {
    this.profile = opts.profile ?? null;
    this.changes = new ChangeFilter({
      known: this.known,
      targetOf: this.targetOf,
      referenced: this.referenced,
      foreign: this.foreign,
      stats: this.stats,
      markText: (el) => this.markText(el),
      markName: (el) => this.markName(el),
      markSubtree: (node) => this.markSubtree(node),
      prunePending: () => {
        this.prune = true;
        this.schedule();
      },
      dropIndex: () => (this.ctx = null),
      observes: (root) => this.observed.has(root),
    });
  }

  private url(): string {
    return this.opts.url?.() ?? this.doc.location?.href ?? '';
  }

  /** The first read of the whole page (sliced), then watching. Resolves with the plan. */
  async start(): Promise<PagePlan> {
    this.stats.fullReads++;
    const began = Date.now();
    // watched from the start: what changes while the first read is under way is read after it
    this.attach([this.doc]);
    const first = (async () => {
      const clock = new TaskClock(this.stats, this.opts.budgetMs);
      const found: FoundField[] = [];
      const roots: Array<Document | ShadowRoot> = [];
      await this.collect(this.doc, clock, found, roots);
      if (this.stopped) return;
      this.attach(roots);
      for (const f of found) this.add(f);
      this.order = found.map((f) => f.el);
      this.orderDirty = false;
      await this.process(clock);
      clock.end();
    })();
    this.running = first;
    try {
      await first;
    } finally {
      this.running = null;
    }
    if (this.stopped) return { url: this.url(), fields: [] };
    this.startPoll();
    this.stats.firstReadMs = Date.now() - began;
    const plan = this.compose(false);
    if (this.dirtyText.size + this.dirtyName.size + this.subtrees.size > 0 || this.prune) this.schedule();
    return plan;
  }

  /** The plan as last read; `fresh` when no change is waiting to be read (then it can be sent as it is). */
  snapshot(): { plan: PagePlan; fresh: boolean } | null {
    if (!this.plan) return null;
    const pending = this.timer !== null || this.running !== null || this.dirtyText.size + this.dirtyName.size + this.subtrees.size > 0 || this.prune;
    return { plan: this.plan, fresh: !pending };
  }

  /** Reads what is waiting now (not after the quiet time) and resolves with the plan. */
  async settle(): Promise<PagePlan> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.running) await this.running;
    if (this.dirtyText.size + this.dirtyName.size + this.subtrees.size > 0 || this.prune) await this.run();
    return this.plan ?? this.compose(false);
  }

  /** This field's text is read again (after Klarplan wrote into it). */
  touchField(el: Element): void {
    if (this.known.has(el)) this.markText(el);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.poll !== null) clearInterval(this.poll);
    for (const w of this.observed.values()) {
      w.mo.disconnect();
      w.off();
    }
    this.observed.clear();
  }

  // ---- reading ----------------------------------------------------------------------------------------

  /** Every field under `root` (itself included when it is an element), in page order, in slices. */
  private async collect(root: Element | Document | ShadowRoot, clock: TaskClock, out: FoundField[], roots: Array<Document | ShadowRoot>): Promise<void> {
    const frames = this.opts.frames !== false;
    const visit = async (el: Element) => {
      const by = el.getAttribute('aria-labelledby');
      if (by) for (const id of by.split(/\s+/)) if (id) this.referenced.add(id);
      const adapter = fieldAdapter(el, this.opts);
      if (adapter) out.push({ id: fieldId(el), el, adapter });
      if (el.shadowRoot) await this.collect(el.shadowRoot, clock, out, roots);
      const fdoc = frames ? frameDocument(el) : null;
      if (fdoc && isRendered(el)) await this.collect(fdoc, clock, out, roots);
    };
    if (isElement(root)) {
      if (ours(root)) return;
      await visit(root);
    } else roots.push(root);
    const all = root.querySelectorAll('*');
    let skip: Element | null = null;
    for (let i = 0; i < all.length; i++) {
      if ((i & 31) === 0) await clock.maybeYield();
      const el = all[i]!;
      if (skip && skip.contains(el)) continue;
      skip = null;
      if (el.hasAttribute(UI_ATTR)) {
        skip = el;
        continue;
      }
      await visit(el);
    }
  }

  private add(f: FoundField): void {
    if (this.known.has(f.el)) return;
    this.known.set(f.el, { found: f, naming: undefined, field: null });
    if (rootOf(f.el) !== this.doc) this.foreign.add(f.el);
    this.dirtyName.add(f.el);
  }

  private remove(el: Element): void {
    if (!this.known.delete(el)) return;
    this.foreign.delete(el);
    this.orderDirty = true;
  }

  /** Reads what is marked: subtrees first (fields gained or lost), then namings, then texts. */
  private async process(clock: TaskClock): Promise<void> {
    if (this.prune) {
      this.prune = false;
      for (const el of [...this.known.keys()]) if (!el.isConnected || !el.ownerDocument.defaultView) this.remove(el);
    }
    if (this.subtrees.size) {
      const trees = [...this.subtrees];
      this.subtrees.clear();
      for (const tree of trees) {
        if (this.stopped) return;
        const found: FoundField[] = [];
        const roots: Array<Document | ShadowRoot> = [];
        if (isElement(tree) && !tree.isConnected) continue;
        await this.collect(tree, clock, found, roots);
        const now = new Set(found.map((f) => f.el));
        for (const el of [...this.known.keys()]) {
          const gone = !el.ownerDocument.defaultView; // in a frame's document that was replaced
          if (gone || (!now.has(el) && (el === tree || containsAcross(tree, el)))) this.remove(el);
        }
        for (const f of found) {
          if (!this.known.has(f.el)) {
            this.add(f);
            this.orderDirty = true;
          }
        }
        this.attach(roots);
      }
    }
    if (this.dirtyName.size) {
      // one index of labels and headings, kept while the page's structure stays (built in slices)
      const ctx = (this.ctx ??= new LabelContext());
      const list = [...this.dirtyName];
      this.dirtyName.clear();
      const roots = new Set<Document | ShadowRoot>();
      for (const el of list) if (el.isConnected) roots.add(rootOf(el));
      for (const root of roots) await ctx.prepare(root, () => clock.maybeYield());
      for (const el of list) {
        await clock.maybeYield();
        if (this.stopped) return;
        const k = this.known.get(el);
        if (!k) continue;
        if (!el.isConnected) {
          this.remove(el);
          continue;
        }
        k.naming = nameField(k.found, this.profile, ctx);
        this.stats.namings++;
        for (const t of labelTargets(el, k.found.adapter.kind)) this.targetOf.set(t, el);
        this.dirtyText.add(el);
      }
    }
    if (this.dirtyText.size) {
      const list = [...this.dirtyText];
      this.dirtyText.clear();
      for (const el of list) {
        await clock.maybeYield();
        if (this.stopped) return;
        const k = this.known.get(el);
        if (!k || k.naming === undefined) continue;
        if (!k.naming || (k.naming.section === null && !this.opts.includeUnmapped)) {
          k.field = null; // outside the plan: its text is never read
          continue;
        }
        k.field = fieldWithText(k.found, k.naming);
        this.stats.textReads++;
      }
    }
  }

  /** The plan in page order; calls onChange when it differs from the last one. */
  private compose(notify = true): PagePlan {
    if (this.orderDirty) {
      this.order = [...this.known.keys()].sort(comparePage);
      this.orderDirty = false;
    }
    // every field named so far (outside the headings without its text), for the plan's region and the notices
    const read: ReadField[] = [];
    for (const el of this.order) {
      const k = this.known.get(el);
      if (!k?.naming) continue;
      const field = k.field ?? (k.naming.section === null ? fieldWithoutText(k.found, k.naming) : null);
      if (field) read.push({ el, field });
    }
    // the region, the plan's date and the frames are worked out again only when the page's structure or the names
    // changed, not on typing
    if (this.aroundDirty || !this.around) {
      this.around = surroundings(this.doc, read);
      this.aroundDirty = false;
    }
    const plan: PagePlan = finishPlan(this.doc, this.url(), read, this.opts, this.around);
    const json = JSON.stringify(plan);
    if (json !== this.json) {
      this.json = json;
      this.plan = plan;
      if (notify) this.onChange(plan);
    }
    return this.plan ?? plan;
  }

  private run(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        this.stats.updates++;
        if (this.dirtyName.size + this.subtrees.size > 0 || this.prune) this.aroundDirty = true;
        const clock = new TaskClock(this.stats, this.opts.budgetMs);
        await this.process(clock);
        if (!this.stopped) this.compose();
        clock.end();
      } finally {
        this.running = null;
      }
      if (!this.stopped && (this.dirtyText.size + this.dirtyName.size + this.subtrees.size > 0 || this.prune)) this.schedule();
    })();
    return this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    const quiet = this.opts.debounceMs ?? 30;
    const t = Date.now();
    if (this.timer === null) this.pendingSince = t;
    else {
      if (t - this.pendingSince >= quiet * 4) return; // changes keep coming: the run is due anyway
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.running) void this.running.then(() => this.schedule());
      else void this.run();
    }, quiet);
  }

  // ---- watching ---------------------------------------------------------------------------------------

  private attach(roots: Array<Document | ShadowRoot>): void {
    for (const root of roots) {
      if (this.observed.has(root)) continue;
      const win = (root as Node).ownerDocument?.defaultView ?? (root as Document).defaultView ?? this.doc.defaultView;
      if (!win) continue;
      const mo = new win.MutationObserver((records) => timed(this.stats, () => this.changes.onRecords(records)));
      mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES, attributeOldValue: true });
      const onEvent = (e: Event) => timed(this.stats, () => this.changes.onEvent(e, root));
      const types = ['input', 'change', 'load'] as const;
      for (const t of types) root.addEventListener(t, onEvent, true);
      this.observed.set(root, { mo, off: () => types.forEach((t) => root.removeEventListener(t, onEvent, true)) });
    }
  }

  private startPoll(): void {
    const ms = this.opts.pollMs ?? 1000;
    if (ms <= 0 || this.stopped) return;
    this.poll = setInterval(() => {
      timed(this.stats, () => {
        for (const [el, k] of this.known) {
          const f = k.field;
          if (!f || (f.kind !== 'textarea' && f.kind !== 'input')) continue;
          if ((el as HTMLTextAreaElement).value !== f.text) this.markText(el);
        }
      });
    }, ms);
  }

  private markText(el: Element): void {
    const k = this.known.get(el);
    if (!k) return;
    // a field outside the plan: its text does not matter
    if (k.naming === null || (k.naming && k.naming.section === null && !this.opts.includeUnmapped)) return;
    this.dirtyText.add(el);
    this.schedule();
  }

  private markName(el: Element): void {
    if (!this.known.has(el)) return;
    this.dirtyName.add(el);
    this.schedule();
  }

  private markSubtree(node: Element | Document | ShadowRoot): void {
    this.subtrees.add(node);
    this.schedule();
  }

}
