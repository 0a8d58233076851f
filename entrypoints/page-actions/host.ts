/**
 * Klarplan's own element in the page, which the page cannot take over: a plain `div` (a page may define a custom
 * element under any dashed name before Klarplan starts, and its constructor would run on Klarplan's host — no
 * page can define `div`), with a closed shadow root attached by the `attachShadow` saved when the script started.
 */
const attachShadow = typeof Element === 'undefined' ? null : Element.prototype.attachShadow;

/** Which overlay an element is: the value of its UI attribute (`data-klarplan-ui="markers"`). */
export const OVERLAY_HOST = 'markers';

export function createOverlayHost(doc: Document, uiAttr: string, name = OVERLAY_HOST): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  host.setAttribute(uiAttr, name);
  // the saved function for elements of this script's own world; another realm's element (a test's page) uses its own
  const root = attachShadow && host instanceof Element ? attachShadow.call(host, { mode: 'closed' }) : host.attachShadow({ mode: 'closed' });
  return { host, root };
}
