/**
 * The contract between the page side (content script: finding fields, reading, writing) and the
 * extension side (side panel: checking, showing). Field adapters live in fields/adapters/, one per kind
 * of editor; this file only names the shapes they share.
 */
import type { SectionKey } from '../core/plan';

export type FieldKind = 'textarea' | 'input' | 'contenteditable' | 'ckeditor5' | 'tinymce' | 'quill';

/** A point of the plan as it stands in one field. `start` is its offset in the field's text. */
export interface PageEntry {
  text: string;
  start: number;
  /** The step row's "bis wann" date (YYYY-MM-DD), when the field sits in a row with a date column. */
  due?: string;
  /**
   * The step row's owner column ("Zuständig", "Wer"), when the field sits in such a row: who it names, and a person
   * named there ("Jobcenter (Frau Yilmaz)" → jobcenter, "Frau Yilmaz"). The checker counts that person as named.
   */
  owner?: PageOwner;
}

export interface PageOwner {
  party: 'client' | 'jobcenter' | 'others' | 'unknown';
  /** The person the owner cell names, as written ("Frau Yilmaz"). */
  person?: string;
  /** The owner cell's text as the page shows it. */
  text: string;
}

/** One text field of the page that belongs to the plan. */
export interface PageField {
  /** Stable for the life of the element in the page (a data attribute is never written into the page). */
  id: string;
  kind: FieldKind;
  /** The plan heading the field belongs to; null when Klarplan cannot tell. */
  section: SectionKey | null;
  /** The visible text that decided the section (label, legend, heading, column header, placeholder). */
  label: string;
  /**
   * What the form itself calls this field or row, for "where is it" in the panel ("Schritt 5", "Ziel der Kundin");
   * absent when the page gives nothing better than the heading.
   */
  name?: string;
  /** The field's whole text, as the adapter reads it. */
  text: string;
  entries: PageEntry[];
  /**
   * What decided the section (optional, for diagnostics): a site profile, the step row's owner, or the kind
   * of visible text (`label-for`, `heading`, `table-header` …, see fields/labels.ts).
   */
  via?: string;
}

/** The plan's own dates as the page shows them ("Plan vom 02.03.2026", "Gültig ab … bis …", "Laufzeit …"). */
export interface PagePlanDate {
  /** The day the plan was agreed or updated (YYYY-MM-DD). */
  date: string;
  /** The plan's own end ("gültig bis", "Laufzeit … bis …"), YYYY-MM-DD, when the page shows one. */
  end?: string;
  /** The page's words the date was read from (a label and its value), to show where it came from. */
  source: string;
}

/**
 * Something Klarplan could not read, said out loud in the panel instead of showing a partial plan as complete:
 * a page beyond the limits, a frame Klarplan may not enter, fields it found but could not place under a heading.
 */
export type PageNotice =
  | { kind: 'limit'; what: 'fields' | 'entries' | 'characters'; found: number; limit: number }
  | { kind: 'frame'; origin: string }
  /** `selector`: the field's identity on its site (structure only, never its text), for assigning it in a site profile. */
  | { kind: 'unplaced'; fieldId: string; label: string; selector?: string }
  /** The page agent failed once (e.g. a hostile page); reported once, not on every update. */
  | { kind: 'error'; message: string };

/** What the page shows of the plan, in page order. */
export interface PagePlan {
  url: string;
  fields: PageField[];
  /**
   * The lines of page text around the plan that hold a date (fields/plan-date.ts), as the page agent sends them;
   * the panel reads the plan's date from them and drops them (fields/plan-date-text.ts `withPlanDate`).
   */
  dateLines?: string[];
  /** The plan's date, read in the panel; absent when the page shows none (the panel then says that today's date is used). */
  planDate?: PagePlanDate;
  notices?: PageNotice[];
}

/**
 * An adapter knows one kind of editor: how to recognise it and read it. Writing into it the way its own code
 * expects is in fields/adapters/write.ts (loaded with the page actions, not with the reading agent).
 */
export interface FieldAdapter {
  kind: FieldKind;
  /** Is this element the editable root of this kind? */
  matches(el: Element): boolean;
  /** The text as a person sees it (DOM-based editors: fields/textmap.ts, whose map also gives the DOM ranges). */
  read(el: Element): string;
}
