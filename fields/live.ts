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
import { UI_ATTR, containsAcross, frameElementOf, holdsControl, isDocument, isElement, isRendered, isShadowRoot, isText, rootOf } from './dom';
import { fieldAdapter, fieldId, frameDocument, type DiscoverOptions, type FoundField } from './discover';
import { LabelContext, isHeadingLike, labelTargets } from './labels';
import { BUILTIN_PROFILES, profileFor } from './profile-match';
import type { SiteProfile } from './profiles';
import { TaskClock, timed, type SliceStats } from './slicing';
import { fieldWithText, nameField, type FieldNaming } from './snapshot';
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
  profiles?: readonly SiteProfile[];
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

const FIELD_QUERY = 'textarea, input, [contenteditable], iframe, frame';
const ATTRIBUTES = [
  'class', 'style', 'hidden', 'open', 'contenteditable', 'disabled', 'readonly', 'type', 'id', 'for', 'role',
  'aria-label', 'aria-labelledby', 'aria-hidden', 'aria-readonly', 'aria-disabled', 'placeholder',
  'data-placeholder', 'title', 'value', 'selected', 'checked', 'src', 'srcdoc',
];
/** Attributes that name a field (the others decide whether it is shown and editable). */
const NAMING_ATTRIBUTES = new Set(['id', 'for', 'aria-label', 'aria-labelledby', 'placeholder', 'data-placeholder', 'title', 'role']);
/** The label candidates in the order fields/labels.ts tries them. */
const LABEL_ORDER = [
  'aria-labelledby', 'aria-label', 'label-for', 'wrapping-label', 'container-label', 'legend', 'table-header', 'row-header',
  'nearby-text', 'heading', 'placeholder', 'title',
];
const NEARBY_STOP = new Set(['form', 'fieldset', 'section', 'article', 'body', 'html', 'td', 'th', 'tr', 'li', 'table', 'dialog', 'main']);
const HEADING_TAGS = new Set(['legend', 'summary']);
const SCOPE =
  'form, section, article, aside, nav, fieldset, dialog, details, table, [role=region], [role=group], [role=form], [role=tabpanel], [role=dialog], [role=article]';

function ours(node: Node): boolean {
  const el = isElement(node) ? node : node.parentElement;
  return !!el && !!el.closest(`[${UI_ATTR}]`);
}

/** Does a texts' change at this source matter for this naming? Not when the field's own label decided before it. */
function dependsOn(naming: FieldNaming | null | undefined, source: string): boolean {
  if (!naming) return true;
  if (naming.via === 'profile' || naming.via === 'row-owner') return false;
  if (!naming.decided) return true;
  const at = LABEL_ORDER.indexOf(naming.via);
  return at < 0 || at >= LABEL_ORDER.indexOf(source);
}

/** A node's chain of hosts (shadow hosts, iframes) from the top document down to itself. */
function hostChain(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node; n; ) {
    out.push(n);
    const r = rootOf(n);
    n = isShadowRoot(r) ? r.host : isDocument(r) ? frameElementOf(r) : null;
  }
  return out.reverse();
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
  private json = '';
  private stopped = false;
  private readonly profile: SiteProfile | null;
  /** Ids some element is labelled by (aria-labelledby), as seen when reading. */
  private readonly referenced = new Set<string>();
  /** Fields in frames and shadow roots (found by their hosts). */
  private readonly foreign = new Set<Element>();
  /** Labels and headings as last indexed; dropped when elements come or go or change what they are. */
  private ctx: LabelContext | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onChange: (plan: PagePlan) => void,
    private readonly opts: LiveOptions = {},
  ) {
    this.profile = profileFor(this.url(), opts.profiles ?? BUILTIN_PROFILES);
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
    const fields: PageField[] = [];
    for (const el of this.order) {
      const f = this.known.get(el)?.field;
      if (f) fields.push(f);
    }
    const plan: PagePlan = { url: this.url(), fields };
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
      const mo = new win.MutationObserver((records) => timed(this.stats, () => this.onRecords(records)));
      mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES, attributeOldValue: true });
      const onEvent = (e: Event) => timed(this.stats, () => this.onEvent(e, root));
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

  private onEvent(e: Event, root: Document | ShadowRoot): void {
    const target = e.target as Node | null;
    if (!target || ours(target)) return;
    if (e.type === 'load') {
      // a frame (re)loaded: its document is new
      if (isElement(target) && (target.localName === 'iframe' || target.localName === 'frame')) this.markSubtree(target);
      return;
    }
    const field = this.fieldAt(target) ?? (isElement(target) && this.known.has(target) ? target : null);
    if (field) {
      this.markText(field);
      return;
    }
    // a control that is no field (an owner select, a date) names the fields of its row
    if (isElement(target)) this.rowOf(target, root);
  }

  /** The known field that holds this node (a contenteditable's text), or null. */
  private fieldAt(node: Node): Element | null {
    for (let e: Element | null = isElement(node) ? node : node.parentElement; e; e = e.parentElement) if (this.known.has(e)) return e;
    return null;
  }

  private rowOf(el: Element, _root: Document | ShadowRoot): void {
    const row = el.closest('tr, [role=row]');
    if (row) return this.nameWithin(row, 'row-header');
    let e = el.parentElement;
    for (let depth = 0; e && depth < 4; depth++, e = e.parentElement) {
      if (e.querySelector(FIELD_QUERY)) return this.nameWithin(e, 'row-header');
    }
  }

  /** Marks the known fields inside `el` whose naming may depend on texts at `source`. */
  private nameWithin(el: Element, source: string, reachable?: (f: Element) => boolean): void {
    const hit = (f: Element) => {
      const k = this.known.get(f);
      if (k && dependsOn(k.naming, source) && (!reachable || reachable(f))) this.markName(f);
    };
    if (this.known.has(el)) hit(el);
    for (const c of Array.from(el.querySelectorAll('textarea, input, [contenteditable]'))) if (this.known.has(c)) hit(c);
    // editors in frames and shadow roots are found through their labelled elements
    for (const f of this.foreign) if (rootOf(f) !== rootOf(el) && el.contains(hostChain(f).find((n) => rootOf(n) === rootOf(el)) ?? null)) hit(f);
  }

  private onRecords(records: MutationRecord[]): void {
    for (const r of records) {
      const t = r.target;
      if (ours(t)) {
        this.stats.ignored++;
        continue;
      }
      if (r.type === 'characterData') {
        this.textChanged(t);
        continue;
      }
      if (r.type === 'attributes') {
        this.attributeChanged(t as Element, r.attributeName ?? '', r.oldValue);
        continue;
      }
      // childList: fields gained or lost, or the text around them changed
      let relevant = false;
      if (Array.from(r.addedNodes).some(isElement) || Array.from(r.removedNodes).some(isElement)) this.ctx = null;
      for (const n of Array.from(r.addedNodes)) {
        if (isElement(n)) {
          if (n.hasAttribute(UI_ATTR)) continue;
          const inField = this.fieldAt(t);
          if (inField) {
            if (this.mayHoldFields(n)) this.markSubtree(inField);
            else this.markText(inField);
            continue;
          }
          if (this.mayHoldFields(n)) this.markSubtree(n);
          this.textChanged(n);
          relevant = true;
        } else if (isText(n) && n.data.trim()) {
          this.textChanged(n);
          relevant = true;
        }
      }
      for (const n of Array.from(r.removedNodes)) {
        if (isElement(n)) {
          if (n.hasAttribute(UI_ATTR)) continue;
          if (this.mayHoldFields(n)) {
            this.prune = true;
            this.schedule();
          }
          this.textChanged(t, r.nextSibling);
          relevant = true;
        } else if (isText(n) && n.data.trim()) {
          this.textChanged(t, r.nextSibling);
          relevant = true;
        }
      }
      if (!relevant) this.stats.ignored++;
    }
  }

  /** Might this new or removed subtree hold a field (or a shadow root or frame that might)? Bounded by its size. */
  private mayHoldFields(el: Element): boolean {
    if (el.matches(FIELD_QUERY) || el.shadowRoot) return true;
    if (el.querySelector(FIELD_QUERY)) return true;
    if (!el.firstElementChild) return false;
    for (const c of Array.from(el.querySelectorAll('*'))) if (c.shadowRoot) return true;
    return false;
  }

  private attributeChanged(el: Element, name: string, old: string | null): void {
    if (name === 'for' || name === 'class' || name === 'role' || name === 'hidden' || name === 'style') this.ctx = null; // what is a heading or label
    if (el.shadowRoot && !this.observed.has(el.shadowRoot)) {
      this.markSubtree(el);
      return;
    }
    const field = this.known.has(el) ? el : null;
    if (NAMING_ATTRIBUTES.has(name)) {
      if (field) this.markName(field);
      const owner = this.targetOf.get(el);
      if (owner) this.markName(owner);
      if (name === 'for' || name === 'id') {
        const root = rootOf(el);
        for (const id of [old, el.getAttribute(name)]) {
          if (!id) continue;
          const target = name === 'for' ? (root as Document).getElementById?.(id) : null;
          const f = target ? (this.known.has(target) ? target : this.targetOf.get(target)) : null;
          if (f) this.markName(f);
          if (name === 'id' && this.referenced.has(id)) this.labelledByChanged(el, id);
        }
      }
      if (name === 'aria-labelledby' || name === 'aria-label' || name === 'role') this.nameWithin(el, 'legend');
      if (!field && !owner && name !== 'for' && name !== 'id' && !el.querySelector(FIELD_QUERY)) this.stats.ignored++;
      return;
    }
    if (name === 'value' && field) {
      this.markText(field);
      return;
    }
    if (name === 'selected' || name === 'checked' || name === 'value') {
      this.rowOf(el, rootOf(el));
      return;
    }
    // shown or hidden, editable or not: the fields in this subtree may come or go
    if (field || el.matches(FIELD_QUERY) || el.querySelector(FIELD_QUERY)) {
      this.markSubtree(el);
      return;
    }
    // a heading shown or hidden names differently
    if (this.headingLike(el)) this.textChanged(el);
    else this.stats.ignored++;
  }

  private labelledByChanged(el: Element, id: string): void {
    const root = rootOf(el) as Document | ShadowRoot;
    let refs: Element[] = [];
    try {
      refs = Array.from(root.querySelectorAll(`[aria-labelledby~="${id.replace(/["\\]/g, '\\$&')}"]`));
    } catch {
      refs = [];
    }
    for (const ref of refs) {
      const f = this.known.has(ref) ? ref : this.targetOf.get(ref);
      if (f) this.markName(f);
      else this.nameWithin(ref, 'legend');
    }
  }

  private headingLike(el: Element): boolean {
    return HEADING_TAGS.has(el.localName) || isHeadingLike(el);
  }

  /**
   * The text at `node` changed (a text node, or an element added or changed): which fields can it name? The
   * field it is in (its text), a label for a field, a legend, a table cell of a row, an element fields are
   * labelled by, a heading above fields, or the text next to a field. Everything else — a clock, a status
   * line — names nothing. `after`: the text was removed; it stood before this node.
   */
  private textChanged(node: Node, after?: Node | null): void {
    const start = isElement(node) ? node : isShadowRoot(node) ? node.host : node.parentElement;
    if (!start) return;
    const field = this.fieldAt(start);
    if (field) {
      this.markText(field);
      return;
    }
    for (let e: Element | null = start, depth = 0; e && depth < 12; e = e.parentElement, depth++) {
      const tag = e.localName;
      const role = e.getAttribute('role');
      let marked = false;
      if (tag === 'label') {
        const id = e.getAttribute('for');
        if (id) {
          const target = (rootOf(e) as Document).getElementById?.(id);
          const f = target ? (this.known.has(target) ? target : this.targetOf.get(target)) : null;
          if (f) this.markName(f);
        } else this.nameWithin(e.parentElement?.parentElement ?? e, 'wrapping-label');
        marked = true;
      } else if (tag === 'legend') {
        if (e.parentElement) this.nameWithin(e.parentElement, 'legend');
        marked = true;
      } else if (tag === 'th' || tag === 'td' || role === 'columnheader' || role === 'rowheader' || role === 'gridcell' || role === 'cell') {
        const scope = tag === 'th' || role === 'columnheader' ? e.closest('table, [role=grid], [role=table]') : e.closest('tr, [role=row]');
        if (scope) this.nameWithin(scope, 'table-header');
        marked = true;
      }
      if (e.id && this.referenced.has(e.id)) this.labelledByChanged(e, e.id);
      if (this.headingLike(e)) {
        const scope = e.parentElement?.closest(SCOPE) ?? e.ownerDocument.body;
        if (scope) this.nameWithin(scope, 'heading');
        marked = true;
      }
      if (marked) break;
    }
    if (after !== undefined) {
      if (after) this.nearby(after, true);
    } else this.nearby(node, false);
  }

  /**
   * Text that may be the "nearby text" of a field (fields/labels.ts): a field, or a wrapper of it up to a few
   * levels that stands in no form/cell/section boundary, has this text as its first non-empty preceding sibling.
   */
  private nearby(node: Node, inclusive: boolean): void {
    let s: Node | null = node;
    let first = true;
    while (s) {
      if (isElement(s) && !(inclusive && first)) {
        if (s.localName === 'body' || s.localName === 'html') return;
        if (holdsControl(s) || (s.textContent?.length ?? 0) > 1000) return; // no field's nearby text can be inside
      }
      // the first sibling after it that shows anything: does it hold a field?
      let x: Node | null = inclusive && first ? s : s.nextSibling;
      for (; x; x = x.nextSibling) {
        if (isText(x)) {
          if (x.data.trim()) break;
          continue;
        }
        if (!isElement(x)) continue;
        if (x.matches(FIELD_QUERY) || x.textContent?.trim() || x.querySelector(FIELD_QUERY)) break;
      }
      if (x && isElement(x) && (x.matches(FIELD_QUERY) || x.querySelector(FIELD_QUERY))) {
        const top = x;
        // a field reaches `top` through at most five wrappers, none a boundary
        const reachable = (f: Element) => {
          let depth = 0;
          for (let e: Element | null = f; e && e !== top; e = e.parentElement, depth++) {
            if (depth >= 5 || (e !== f && NEARBY_STOP.has(e.localName))) return false;
          }
          return !NEARBY_STOP.has(top.localName) || top === f;
        };
        this.nameWithin(top, 'nearby-text', reachable);
      }
      first = false;
      const p: Element | null = s.parentElement;
      if (!p || NEARBY_STOP.has(p.localName)) return;
      s = p;
    }
  }
}
