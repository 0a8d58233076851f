/**
 * What Klarplan does in the page when the panel asks: write a fix into a field on the user's "Übernehmen"
 * ('klarplan/apply'), show a finding in its field ("Im Formular zeigen", 'klarplan/reveal'), and draw the markers
 * and marks ('klarplan/markers', overlay.ts). Loaded into the page only on the first such request (index.ts): the
 * page agent that reads the plan carries none of it. The panel's messages are checked here by hand
 * (messages/check.ts); failures are reported once through the agent, never repeated on every update.
 */
import { writeField } from '../../fields/adapters/write';
import { checkToPage } from '../../messages/check';
import type { FromPage } from '../../messages/index';
import { clearHighlights, Markers, reveal, type FindField } from './overlay';

/** What the page agent gives the actions. */
export interface ActionsHost {
  doc: Document;
  /** A plan field by id, as the agent found it. */
  find: FindField;
  send(message: FromPage): void;
  /** A fix was written (or refused): the agent reads that field again and sends the plan. */
  applied(el: Element | null): void;
  /** Something failed; the agent says it once, with the plan. */
  failed(what: string, error: unknown): void;
}

export interface PageActions {
  /** A message from the panel for the page (anything else is ignored). */
  handle(raw: unknown): void;
  /** Redraws after the page changed (fields moved, came or went). */
  place(): void;
  stop(): void;
}

const NO_MARKERS = 'Die Markierungen im Formular lassen sich auf dieser Seite nicht zeigen';

export function startActions(host: ActionsHost): PageActions {
  const { doc } = host;
  let markers: Markers | null = null;
  let disabled = false;

  const withMarkers = (work: (m: Markers) => void) => {
    if (disabled) return;
    try {
      markers ??= new Markers(doc, {
        find: host.find,
        // a click on a marker: the panel opens at that entry's card
        focus: (fieldId, start) => host.send({ type: 'klarplan/focus', fieldId, start }),
        // a drawing that failed (said once, as a notice with the plan)
        error: (message) => {
          disabled = true; // not tried again on every update
          host.failed(message, '');
        },
      });
      work(markers);
    } catch (error) {
      // the page broke Klarplan's overlay: no markers from now on (not an error on every update)
      const m = markers;
      markers = null;
      disabled = true;
      try {
        m?.remove();
      } catch {
        /* already broken */
      }
      host.failed(NO_MARKERS, error);
    }
  };

  return {
    handle(raw) {
      const msg = checkToPage(raw);
      if (!msg) return;
      switch (msg.type) {
        case 'klarplan/apply': {
          const field = host.find(msg.fieldId);
          const done = field ? writeField(field.adapter.kind, field.el, msg.start, msg.end, msg.text, msg.expected) : Promise.resolve(false);
          void done.then(
            (ok) => ok,
            () => false,
          ).then((ok) => {
            host.send({ type: 'klarplan/applied', fieldId: msg.fieldId, ok });
            host.applied(field?.el ?? null); // checked again either way: if the text had changed, nothing was written
          });
          return;
        }
        case 'klarplan/reveal': {
          const field = host.find(msg.fieldId);
          if (!field) return;
          try {
            reveal(field, msg.start, msg.end);
          } catch (error) {
            host.failed('Die Stelle im Formular lässt sich auf dieser Seite nicht zeigen', error);
          }
          return;
        }
        case 'klarplan/markers':
          withMarkers((m) => m.update(msg.counts, msg.marks));
          return;
      }
    },
    place() {
      if (markers) withMarkers((m) => m.place());
    },
    stop() {
      try {
        markers?.remove();
        clearHighlights(doc);
      } catch {
        /* the page broke it already */
      }
    },
  };
}
