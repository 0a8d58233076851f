/**
 * One index of a root's `<label for>` elements per reading of the page (fields/labels.ts's LabelContext is
 * one): a field's label-for lookup is a map lookup, not a scan of every label (fields × labels).
 */
export class LabelForIndex {
  private readonly labelFor = new Map<Document | ShadowRoot, Map<string, Element[]>>();

  /** The root's `<label for=id>` elements, in page order, from an index built once per reading. */
  labelsNaming(root: Document | ShadowRoot, id: string): Element[] {
    let index = this.labelFor.get(root);
    if (!index) {
      index = new Map();
      for (const l of Array.from(root.querySelectorAll('label[for]'))) {
        const key = l.getAttribute('for') ?? '';
        const list = index.get(key);
        if (list) list.push(l);
        else index.set(key, [l]);
      }
      this.labelFor.set(root, index);
    }
    return index.get(id) ?? [];
  }
}

/** The index of the reading under way (see withLabelContext): it serves label lookups that are passed none. */
let active: LabelForIndex | null = null;

export function activeLabelIndex(): LabelForIndex | undefined {
  return active ?? undefined;
}

/** Runs `work` with `ctx` as the reading's index: every label lookup inside it (also a row's owner controls) uses it. */
export function withLabelContext<T>(ctx: LabelForIndex, work: () => T): T {
  const previous = active;
  active = ctx;
  try {
    return work();
  } finally {
    active = previous;
  }
}
