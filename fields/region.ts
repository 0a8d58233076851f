/**
 * The plan is a region of the page. A long case file holds income, assets, reachability notes and the
 * case worker's remarks around the plan, many of them with labels as generic as "Bemerkungen" or
 * "Sonstiges …"; a travel-cost form has one such field and no plan at all. Such a field joins the plan only
 * when it stands inside the plan's container, and on its own it never makes a page a plan.
 *
 * The plan's container: the element that holds every field whose label names a heading of the plan
 * specifically ("Mein Ziel", "Meine nächsten Schritte", a step row's owner) — their nearest common ancestor;
 * with one such field, its nearest section-like container (form, fieldset, section, tab panel …).
 * Fields a site profile maps are the site's own word and are always kept.
 */
import { isElement, parentAcross, safeMatches } from './dom';
import { fieldSelector } from './identity';
import { isNonPlanLabel, normaliseLabel } from './sections';
import type { PageField, PageNotice } from './types';

/** A field as read (its element, and what describeField made of it). */
export interface ReadField {
  el: Element;
  field: PageField;
}

// "Sonstiges"-patterns that name the flyer's heading or the plan's own further agreements are specific; the
// rest ("Bemerkungen", "Sonstiges Vermögen", "Sonstige Hinweise", "Anmerkungen", "Hinweise") is generic.
const SPECIFIC_OTHER = /was sonst noch wichtig|weitere (?:wichtige )?aspekte|sonstige (?:vereinbarungen|absprachen)|weitere (?:vereinbarungen|absprachen)/;

/**
 * Is this a field whose label alone cannot tell a plan part from a remark anywhere in a case file? (A "Sonstiges"
 * or "Bemerkungen" label, not the flyer's "Was sonst noch wichtig ist"; not a step row's owner; not a site profile.)
 */
export function isGenericField(f: PageField): boolean {
  if (f.section !== 'sonstiges' || f.via === 'row-owner' || f.via === 'profile') return false;
  return !SPECIFIC_OTHER.test(normaliseLabel(f.label));
}

const CONTAINER =
  'form, fieldset, section, article, main, details, dialog, [role=tabpanel], [role=region], [role=form], [role=group], [role=main], [role=dialog]';

/** The chain of ancestors of a node, the node first, across shadow roots and same-origin frames. */
function chain(node: Node): Node[] {
  const out: Node[] = [];
  for (let n: Node | null = node; n; n = parentAcross(n)) out.push(n);
  return out;
}

/** The nearest common ancestor (across shadow roots and frames) of the elements. */
function commonAncestor(els: readonly Element[]): Node | null {
  if (!els.length) return null;
  let common = chain(els[0]!);
  for (const el of els.slice(1)) {
    const mine = new Set(chain(el));
    const i = common.findIndex((n) => mine.has(n));
    if (i < 0) return null;
    common = common.slice(i);
  }
  return common[0] ?? null;
}

function containerOf(el: Element): Node | null {
  for (let n: Node | null = parentAcross(el); n; n = parentAcross(n)) {
    if (isElement(n) && (safeMatches(n, CONTAINER) || n.localName === 'body')) return n;
  }
  return null;
}

/** The plan's container for these read fields, or null when no field names a plan heading specifically. */
export function planRegion(read: readonly ReadField[]): Node | null {
  const anchors = read.filter((r) => r.field.section !== null && r.field.via !== 'profile' && !isGenericField(r.field)).map((r) => r.el);
  if (!anchors.length) return null;
  if (anchors.length === 1) return containerOf(anchors[0]!) ?? anchors[0]!;
  return commonAncestor(anchors);
}

const inside = (region: Node, el: Element) => chain(el).includes(region);

/**
 * The plan's fields: those a profile maps, those that name a plan heading, and generic ones inside the plan's
 * container; and the fields inside that container Klarplan could not place under a heading (as notices).
 */
export function keepPlanRegion(read: readonly ReadField[]): { fields: PageField[]; unplaced: PageNotice[] } {
  const region = planRegion(read);
  const fields: PageField[] = [];
  const unplaced: PageNotice[] = [];
  for (const r of read) {
    const f = r.field;
    if (f.via === 'profile' && f.section !== null) {
      fields.push(f);
      continue;
    }
    if (!region || !inside(region, r.el)) continue;
    if (f.section !== null) fields.push(f);
    else if (isUnplaced(f)) {
      const selector = fieldSelector(r.el);
      unplaced.push({ kind: 'unplaced', fieldId: f.id, label: f.label, ...(selector ? { selector } : {}) });
    }
  }
  return { fields, unplaced };
}

/** A field in the plan's container that names no heading, and whose own label does not say it is no plan part. */
function isUnplaced(f: PageField): boolean {
  if (f.label && isNonPlanLabel(f.label)) return false;
  // a one-line input without any label is rather a data field of the form than a plan part
  return f.kind !== 'input' || f.label !== '';
}
