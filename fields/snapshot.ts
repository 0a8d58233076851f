/**
 * What the page shows of the plan: every field that belongs to one of the six headings, in page order,
 * with its text split into entries — and a watcher that says when that may have changed.
 *
 * A field's section comes from, in this order: a site profile's selector (fields/profiles.ts), the owner
 * of the step row it sits in (fields/rows.ts), the visible text that names it (fields/labels.ts). A field
 * whose section stays unknown is left out, so a page without a plan (a contact form) gives no fields.
 */
import type { SectionKey } from '../core/plan';
import { adapterFor } from './adapters/index';
import { UI_ATTR, isElement, safeClosest, safeQueryAll, rootOf } from './dom';
import { discover, fieldAdapter, findField, reachableRoots, type DiscoverOptions, type FoundField } from './discover';
import { LabelContext, labelOf, labelTargets, ownLabels, withLabelContext } from './labels';
import { frameNotices } from './frames';
import { dateLines } from './plan-date';
import { BUILTIN_PROFILES, profileFor } from './profile-match';
import type { ProfileField, SiteProfile } from './profiles';
import { keepPlanRegion, type ReadField } from './region';
import { pageOwner, parseDate, shownValue, stepRowOf } from './rows';
import { sectionOfOwner, splitPoints } from './sections';
import type { PageEntry, PageField, PageNotice, PageOwner, PagePlan } from './types';

export { adapterFor, findField };

export interface ReadOptions extends DiscoverOptions {
  /** Also list fields whose section is unknown (section null), e.g. for diagnostics. Default false. */
  includeUnmapped?: boolean;
}

function profileFieldFor(targets: Element[], profile: SiteProfile): ProfileField | null {
  for (const pf of profile.fields) {
    for (const t of targets) if (safeClosest(t, pf.selector)) return pf;
  }
  return null;
}

function profileRow(targets: Element[], pf: ProfileField): { owner: { text: string; section: SectionKey | null } | null; due: string | null } {
  if (!pf.ownerSelector && !pf.dueSelector) return { owner: null, due: null };
  let container: ParentNode | null = null;
  for (let i = targets.length - 1; i >= 0 && !container; i--) {
    const t = targets[i]!;
    container = pf.container ? safeClosest(t, pf.container) : t.closest('tr, [role=row]');
  }
  container ??= rootOf(targets[targets.length - 1]!);
  const ownerEl = pf.ownerSelector ? safeQueryAll(container, pf.ownerSelector)[0] : undefined;
  const dueEl = pf.dueSelector ? safeQueryAll(container, pf.dueSelector)[0] : undefined;
  const ownerText = ownerEl ? shownValue(ownerEl) : '';
  return {
    owner: ownerText ? { text: ownerText, section: sectionOfOwner(ownerText) } : null,
    due: dueEl ? parseDate(shownValue(dueEl)) : null,
  };
}

/** What names a field: its section, label, what decided, and a step row's date (kept while only its text changes). */
export interface FieldNaming {
  section: SectionKey | null;
  label: string;
  via: string;
  due: string | null;
  /** The field's own label decided (a heading or a section, or "no plan part"): texts after `via` in the label order do not matter. */
  decided: boolean;
  /** A step row's owner column ("Zuständig: Jobcenter (Frau Lindner)"), passed with each entry to the checker. */
  owner?: PageOwner | null;
  /** What the form calls a step row's text field ("Schritt 5"), for the panel. */
  name?: string;
}

/** How a field is named (section, label, row date); null for a step row's own owner or date control. */
export function nameField(found: FoundField, profile: SiteProfile | null = null, ctx: LabelContext = new LabelContext()): FieldNaming | null {
  return withLabelContext(ctx, () => nameWith(found, profile, ctx));
}

function nameWith(found: FoundField, profile: SiteProfile | null, ctx: LabelContext): FieldNaming | null {
  const { el, adapter } = found;
  const targets = labelTargets(el, adapter.kind);
  let section: SectionKey | null;
  let label: string;
  let via: string;
  let due: string | null = null;
  let decided = true;
  let owner: PageOwner | null = null;
  /** What the form calls a step row's text field ("Schritt 5"), for the panel (issue 13). */
  let name: string | undefined;

  const pf = profile ? profileFieldFor(targets, profile) : null;
  if (pf) {
    section = pf.section;
    label = pf.label ?? '';
    via = 'profile';
    const row = profileRow(targets, pf);
    if (section !== null && row.owner?.section) {
      section = row.owner.section;
      label ||= row.owner.text;
    }
    due = row.due;
    if (row.owner) owner = pageOwner(row.owner.text, row.owner.section);
    if (!label) label = labelOf(el, adapter.kind, ctx).label;
  } else {
    const row = stepRowOf(targets[targets.length - 1]!);
    if (row && row.role !== 'text') return null;
    const own = row?.kind === 'group' ? labelOf(el, adapter.kind, ctx) : null;
    if (own?.nonPlan) {
      // a group with an owner select around a field that names itself as no plan part ("Nachricht")
      section = null;
      label = own.label;
      via = own.source ?? 'none';
    } else if (row?.owner?.section) {
      section = row.owner.section;
      label = row.owner.text;
      via = 'row-owner';
      name = ownLabels(el).find((t) => t.length <= 60);
    } else {
      const l = labelOf(el, adapter.kind, ctx);
      section = l.section;
      label = l.label;
      via = l.source ?? 'none';
      decided = l.section !== null || !!l.nonPlan;
    }
    due = row?.due?.date ?? null;
    if (row?.owner) owner = pageOwner(row.owner.text, row.owner.section);
  }
  return { section, label, via, due, decided, owner, ...(name ? { name } : {}) };
}

/** The field as the panel gets it: its naming plus its text, read now and split into entries. */
export function fieldWithText(found: FoundField, naming: FieldNaming): PageField {
  const { section, label, via, due, owner, name } = naming;
  const text = found.adapter.read(found.el);
  const entries: PageEntry[] = splitPoints(text).map((p) => ({ ...p, ...(due ? { due } : {}), ...(owner ? { owner } : {}) }));
  return { id: found.id, kind: found.adapter.kind, section, label, ...(name ? { name } : {}), text, entries, via };
}

/** A field outside the plan's headings as its naming gives it, its text not read (for the region and the notices). */
export function fieldWithoutText(found: FoundField, naming: FieldNaming): PageField {
  return { id: found.id, kind: found.adapter.kind, section: naming.section, label: naming.label, text: '', entries: [], via: naming.via };
}

/** Everything Klarplan knows about one field; null for a step row's own owner or date control. */
export function describeField(found: FoundField, profile: SiteProfile | null = null, ctx: LabelContext = new LabelContext()): PageField | null {
  const naming = nameField(found, profile, ctx);
  return naming ? fieldWithText(found, naming) : null;
}

/**
 * The plan as the page shows it: all plan fields in page order (also in same-origin iframes and open
 * shadow roots), each with its section, label, text and entries. `profiles` defaults to the built-in list.
 */
export function readPage(doc: Document, url: string, profiles: readonly SiteProfile[] = BUILTIN_PROFILES, opts: ReadOptions = {}): PagePlan {
  const profile = profileFor(url, profiles);
  const ctx = new LabelContext();
  const read: ReadField[] = [];
  for (const found of discover(doc, opts)) {
    const field = describeField(found, profile, ctx);
    if (field) read.push({ el: found.el, field });
  }
  return finishPlan(doc, url, read, opts);
}

/**
 * What the last step of a reading found around the fields, from their elements and names alone (not their text):
 * the agent keeps it while the page's structure and the fields' names stay, so typing costs no region, no date.
 */
export interface PlanSurroundings {
  /** The fields of the plan's region (fields/region.ts), by element. */
  kept: ReadonlySet<Element>;
  /** Fields in the region that name no heading (notices). */
  unplaced: PageNotice[];
  /** The lines of page text around the fields that hold a date (the panel reads the plan's date from them). */
  dateLines: string[];
  /** Frames from another origin (notices). */
  frames: PageNotice[];
}

/**
 * The last step of a reading, shared by readPage and the page agent's incremental reading (fields/live.ts): only the
 * plan's region (a remark elsewhere in a case file is no plan part, and one generic field makes no plan); what
 * cannot be read is said (frames from another origin, fields in the plan that name no heading); and the plan's own
 * date, where the page shows one around its fields. `around`: what `surroundings` found before.
 */
export function finishPlan(doc: Document, url: string, read: readonly ReadField[], opts: { includeUnmapped?: boolean } = {}, around?: PlanSurroundings): PagePlan {
  if (opts.includeUnmapped) return { url, fields: read.map((r) => r.field) };
  const { kept, unplaced, dateLines: lines, frames } = around ?? surroundings(doc, read);
  const fields = read.filter((r) => kept.has(r.el)).map((r) => r.field);
  const notices = [...frames, ...unplaced];
  return { url, fields, ...(lines.length && fields.length ? { dateLines: lines } : {}), ...(notices.length ? { notices } : {}) };
}

/** The plan's region, its unplaced fields, its date (between its first and last field, or in a header) and the frames Klarplan may not read. */
export function surroundings(doc: Document, read: readonly ReadField[]): PlanSurroundings {
  const { fields, unplaced } = keepPlanRegion(read);
  const inPlan = new Set(fields);
  const els = read.filter((r) => inPlan.has(r.field)).map((r) => r.el);
  const first = els[0] ?? null, last = els[els.length - 1] ?? null;
  return { kept: new Set(els), unplaced, dateLines: first && last ? dateLines(doc, { first, last }) : [], frames: frameNotices(doc) };
}

// ---- watching -------------------------------------------------------------------------------------------

export interface WatchOptions extends DiscoverOptions {
  /**
   * Every so many milliseconds, compare the values of text fields: a page's script may set a value without
   * any event or DOM mutation (a framework restoring a draft). 0 turns it off. Default 1000.
   */
  pollMs?: number;
}

const WATCHED_ATTRIBUTES = [
  'class', 'style', 'hidden', 'open', 'contenteditable', 'disabled', 'readonly', 'type', 'id', 'for', 'role',
  'aria-label', 'aria-labelledby', 'aria-hidden', 'aria-readonly', 'aria-disabled', 'placeholder',
  'data-placeholder', 'title', 'value', 'selected', 'checked', 'src', 'srcdoc',
];

function ours(node: Node): boolean {
  const el = isElement(node) ? node : node.parentElement;
  return !!el && !!safeClosest(el, `[${UI_ATTR}]`);
}

/** A mutation of Klarplan's own UI only: inside it, or adding/removing its host element. */
function oursOnly(r: MutationRecord): boolean {
  if (ours(r.target)) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => isElement(n) && n.hasAttribute(UI_ATTR));
}

/**
 * Calls `onChange` when the page's plan fields may have changed: text typed or set, fields added, removed
 * or re-rendered, labels or row owners changed — in the document, in every same-origin iframe and every open
 * shadow root, including ones that appear later. At most one call per animation frame. Returns the cleanup.
 */
export function watchPage(doc: Document, onChange: () => void, opts: WatchOptions = {}): () => void {
  const win = doc.defaultView;
  const observed = new Map<Document | ShadowRoot, { mo: MutationObserver; off: () => void }>();
  let stopped = false;
  let scheduled = false;
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    if (frame !== null && win) win.cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
    scheduled = false;
    if (stopped) return;
    attach();
    onChange();
  };

  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    // The next frame; a hidden tab gets no frames, so a timer stands in (the page may be behind another window).
    if (win && typeof win.requestAnimationFrame === 'function') frame = win.requestAnimationFrame(flush);
    timer = setTimeout(flush, frame === null ? 16 : 32);
  };

  const onEvent = (e: Event) => {
    if (e.target && ours(e.target as Node)) return;
    schedule();
  };

  const attach = () => {
    const roots = new Set(reachableRoots(doc, opts));
    for (const [root, w] of observed) {
      if (!roots.has(root)) {
        w.mo.disconnect();
        w.off();
        observed.delete(root);
      }
    }
    for (const root of roots) {
      if (observed.has(root)) continue;
      const rootWin = (root as Node).ownerDocument?.defaultView ?? (root as Document).defaultView ?? win;
      if (!rootWin) continue;
      const mo = new rootWin.MutationObserver((records) => {
        if (records.every(oursOnly)) return;
        schedule();
      });
      mo.observe(root, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: WATCHED_ATTRIBUTES,
      });
      const types = ['input', 'change', 'load'] as const;
      for (const t of types) root.addEventListener(t, onEvent, true);
      observed.set(root, { mo, off: () => types.forEach((t) => root.removeEventListener(t, onEvent, true)) });
    }
  };

  attach();

  let poll: ReturnType<typeof setInterval> | null = null;
  const pollMs = opts.pollMs ?? 1000;
  if (pollMs > 0) {
    let last = '';
    const signature = () =>
      discover(doc, opts)
        .filter((f) => f.adapter.kind === 'textarea' || f.adapter.kind === 'input')
        .map((f) => `${f.id}\u0000${(f.el as HTMLTextAreaElement).value}`)
        .join('\u0001');
    last = signature();
    poll = setInterval(() => {
      if (stopped) return;
      const now = signature();
      if (now !== last) {
        last = now;
        schedule();
      }
    }, pollMs);
  }

  return () => {
    stopped = true;
    if (frame !== null && win) win.cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    if (poll !== null) clearInterval(poll);
    for (const w of observed.values()) {
      w.mo.disconnect();
      w.off();
    }
    observed.clear();
  };
}

/** The adapter and element of a field id, ready for writing, or null when the field is gone. */
export function fieldById(doc: Document, id: string, opts: DiscoverOptions = {}): { el: Element; adapter: NonNullable<ReturnType<typeof fieldAdapter>> } | null {
  const el = findField(doc, id, opts);
  const adapter = el ? fieldAdapter(el, opts) : null;
  return el && adapter ? { el, adapter } : null;
}
