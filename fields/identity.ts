/**
 * A field's identity on its site, for a site profile ("this field is the plan's 'Sonstiges'"): a CSS selector
 * built only from the page's structure — the field's id, its name, or its position under the nearest element
 * with an id. Never from what the field holds: a profile keeps no plan text.
 */
import { rootOf, safeQueryAll } from './dom';

/** CSS.escape for identifiers, also where the engine has none (jsdom). */
function cssIdent(s: string): string {
  return s.replace(/^-?\d|[^\w-]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
}
const attr = (s: string) => s.replace(/["\\]/g, '\\$&');

/** A selector that finds exactly this element in its document or shadow root, or null. */
export function fieldSelector(el: Element): string | null {
  const root = rootOf(el);
  const unique = (sel: string, target: Element = el) => {
    const all = safeQueryAll(root, sel);
    return all.length === 1 && all[0] === target;
  };
  if (el.id && unique(`#${cssIdent(el.id)}`)) return `#${cssIdent(el.id)}`;
  const name = el.getAttribute('name');
  if (name && unique(`${el.localName}[name="${attr(name)}"]`)) return `${el.localName}[name="${attr(name)}"]`;
  // the path of element positions up to the nearest ancestor with an id (or the root)
  const steps: string[] = [];
  let e: Element | null = el;
  while (e) {
    if (e !== el && e.id && unique(`#${cssIdent(e.id)}`, e)) {
      steps.unshift(`#${cssIdent(e.id)}`);
      break;
    }
    const tag = e.localName;
    const parent: Element | null = e.parentElement;
    const same = parent ? Array.from(parent.children).filter((c) => c.localName === tag) : [e];
    steps.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(e) + 1})` : tag);
    e = parent;
  }
  const sel = steps.join(' > ');
  return unique(sel) ? sel : null;
}
