/**
 * Frames Klarplan may not enter: a portal that embeds the case-management system from another origin. The
 * page's agent cannot read such a frame (the browser keeps other origins apart), so it names the frame's origin
 * instead of showing the page as if it held no plan. Only frames a person sees count (not tracking pixels or
 * hidden helpers), each origin once.
 */
import { isInForm } from './dom';
import { frameDocument, walkElements } from './discover';
import type { PageNotice } from './types';

/** The origin of a frame's address (http/https only), relative to its document; null for about:, data:, javascript:. */
function originOf(frame: Element): string | null {
  const src = frame.getAttribute('src');
  if (!src) return null;
  try {
    const u = new URL(src, frame.ownerDocument.baseURI);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Is the frame big enough to hold a form (in a browser with layout; without layout every frame counts)? */
function sizeable(frame: Element): boolean {
  if (typeof (frame as HTMLElement).getBoundingClientRect !== 'function') return true;
  const r = frame.getBoundingClientRect();
  if (r.width === 0 && r.height === 0 && !(frame as Element & { checkVisibility?: unknown }).checkVisibility) return true; // jsdom
  return r.width >= 120 && r.height >= 60;
}

/** Notices for the frames of this page that come from another origin and cannot be read, one per origin. */
export function frameNotices(doc: Document): PageNotice[] {
  const own = doc.location?.origin;
  const seen = new Set<string>();
  const out: PageNotice[] = [];
  walkElements(doc, (el) => {
    if (el.localName !== 'iframe' && el.localName !== 'frame') return;
    if (frameDocument(el)) return; // readable: its fields are read in place
    const origin = originOf(el);
    if (!origin || origin === own || seen.has(origin)) return;
    if (!isInForm(el) || !sizeable(el)) return;
    seen.add(origin);
    out.push({ kind: 'frame', origin });
  });
  return out;
}
