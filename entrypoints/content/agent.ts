/**
 * The page agent: reads the plan's fields, tells the side panel whenever they change, and on request writes a
 * fix into a field, shows a finding in the page, or puts small count markers next to the fields.
 * It runs as the content script on case-management pages and inside Klarplan's own demo page.
 *
 * It never writes into the page's editors except on the user's explicit "Übernehmen", and never adds markup
 * to them: what Klarplan shows in the page is in overlay.ts.
 */
import { fieldById, readFromParent, readPage, watchPage } from '../../fields/index';
import type { FromPage } from '../../messages/index';
import { parseToPage } from '../../messages/index';
import { clearHighlights, Markers, reveal } from './overlay';

export interface AgentIO {
  send(message: FromPage): void;
  /** Subscribes to messages for the page; returns the unsubscribe function. */
  listen(handler: (raw: unknown) => void): () => void;
}

export function startAgent(doc: Document, io: AgentIO): () => void {
  // A same-origin frame's fields are read by the agent of the page around it: one report per page, not two.
  if (readFromParent(doc)) return () => undefined;
  let last = '';
  let overlayError: string | null = null; // the markers failed to draw: said once, as a notice with the plan
  const publish = (force = false) => {
    const read = readPage(doc, doc.location.href);
    const plan = overlayError ? { ...read, notices: [...(read.notices ?? []), { kind: 'error' as const, message: overlayError }] } : read;
    const json = JSON.stringify(plan);
    if (!force && json === last) return;
    last = json;
    io.send({ type: 'klarplan/plan', plan });
  };
  const markers = new Markers(doc, {
    focus: (fieldId, start) => io.send({ type: 'klarplan/focus', fieldId, start }),
    error(message) {
      overlayError = message.slice(0, 1000);
      publish(true);
    },
  });
  const stopWatching = watchPage(doc, () => {
    publish();
    markers.place();
  });
  const stopListening = io.listen((raw) => {
    const msg = parseToPage(raw);
    if (!msg) return;
    switch (msg.type) {
      case 'klarplan/request-plan':
        publish(true);
        return;
      case 'klarplan/apply': {
        const field = fieldById(doc, msg.fieldId);
        const done = field ? field.adapter.write(field.el, msg.start, msg.end, msg.text, msg.expected) : Promise.resolve(false);
        void done.then((ok) => {
          io.send({ type: 'klarplan/applied', fieldId: msg.fieldId, ok });
          publish(true); // checked again either way: if the text had changed, nothing was written
        });
        return;
      }
      case 'klarplan/reveal':
        reveal(doc, msg.fieldId, msg.start, msg.end);
        return;
      case 'klarplan/markers':
        markers.update(msg.counts, msg.marks);
        return;
    }
  });
  publish(true);
  return () => {
    stopWatching();
    stopListening();
    markers.remove();
    clearHighlights(doc);
  };
}
