/**
 * Messages between the content script (the page) and the side panel, validated with zod on arrival:
 * a message that does not fit its schema is dropped. No message ever leaves the browser.
 */
import { z } from 'zod';
import { SECTION_KEYS } from '../core/plan';
import { PAGE_LIMITS as L } from './limits';

const Section = z.enum(SECTION_KEYS);

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const PageOwnerSchema = z.object({
  party: z.enum(['client', 'jobcenter', 'others', 'unknown']),
  person: z.string().max(200).optional(),
  text: z.string().max(500),
});
export const PageEntrySchema = z.object({ text: z.string().max(L.characters), start: z.number().int().min(0), due: Day.optional(), owner: PageOwnerSchema.optional() });
export const PageFieldSchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.enum(['textarea', 'input', 'contenteditable', 'ckeditor5', 'tinymce', 'quill']),
  section: Section.nullable(),
  label: z.string().max(500),
  name: z.string().max(500).optional(),
  text: z.string().max(L.characters),
  entries: z.array(PageEntrySchema).max(L.entries),
  via: z.string().max(100).optional(),
});
export const PagePlanDateSchema = z.object({ date: Day, end: Day.optional(), source: z.string().max(500) });
export const PageNoticeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('limit'), what: z.enum(['fields', 'entries', 'characters']), found: z.number().int().min(0), limit: z.number().int().min(0) }),
  z.object({ kind: z.literal('frame'), origin: z.string().max(500) }),
  z.object({ kind: z.literal('unplaced'), fieldId: z.string().max(100), label: z.string().max(500), selector: z.string().max(1000).optional() }),
  z.object({ kind: z.literal('error'), message: z.string().max(1000) }),
]);
export const PagePlanSchema = z.object({
  url: z.string().max(4000),
  fields: z.array(PageFieldSchema).max(L.fields),
  /** What the page agent sends: lines of page text that hold a date (the panel reads the plan's date from them). */
  dateLines: z.array(z.string().max(L.dateLine)).max(L.dateLines).optional(),
  /** Set in the panel from `dateLines` (fields/plan-date-text.ts `withPlanDate`, which drops any the page sent). */
  planDate: PagePlanDateSchema.optional(),
  notices: z.array(PageNoticeSchema).max(L.notices).optional(),
});
export type PagePlan = z.infer<typeof PagePlanSchema>;
export type PageField = z.infer<typeof PageFieldSchema>;
export type PageNotice = z.infer<typeof PageNoticeSchema>;

/** Content script → side panel. */
export const FromPageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('klarplan/plan'), plan: PagePlanSchema }),
  z.object({ type: z.literal('klarplan/applied'), fieldId: z.string(), ok: z.boolean() }),
  /** The case worker clicked a marker in the page: open the panel at that entry's card. */
  z.object({ type: z.literal('klarplan/focus'), fieldId: z.string().max(100), start: z.number().int().min(0) }),
  /** Background → side panel: the page agent was just started in this tab (after the toolbar click). */
  z.object({ type: z.literal('klarplan/agent-started'), tabId: z.number().int() }),
  /** Background → side panel: the browser kept refusing to start the page agent in this tab (after the toolbar click). */
  z.object({ type: z.literal('klarplan/agent-refused'), tabId: z.number().int() }),
]);
export type FromPage = z.infer<typeof FromPageSchema>;

const SeverityEnum = z.enum(['error', 'warning', 'info']);
/** One finding's words in a field of the page: offsets in the field's text, its severity and a short title. */
export const PageMarkSchema = z.object({
  fieldId: z.string().min(1).max(100),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  severity: SeverityEnum,
  title: z.string().max(200),
});

/** Side panel → content script. */
export const ToPageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('klarplan/request-plan') }),
  z.object({
    type: z.literal('klarplan/apply'),
    fieldId: z.string(),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    text: z.string().max(10_000),
    /** The field's whole text when the fix was computed; nothing is written if it changed since. */
    expected: z.string().max(200_000),
  }),
  z.object({ type: z.literal('klarplan/reveal'), fieldId: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) }),
  z.object({
    type: z.literal('klarplan/markers'),
    counts: z.record(z.string(), z.number().int().min(0)),
    /** The findings' words in the fields, for the marks in the page (optional: older panels send counts only). */
    marks: z.array(PageMarkSchema).max(2000).optional(),
    /** All findings of the plan (also those of the whole plan, in no field): the toolbar badge's count. */
    total: z.number().int().min(0).optional(),
    /** The worst severity among all findings: the badge's colour. */
    worst: SeverityEnum.optional(),
  }),
]);
export type PageMark = z.infer<typeof PageMarkSchema>;
export type ToPage = z.infer<typeof ToPageSchema>;

/** Parses a message; null when it is not one of ours or does not fit. */
export function parseFromPage(raw: unknown): FromPage | null {
  const r = FromPageSchema.safeParse(raw);
  return r.success ? r.data : null;
}
export function parseToPage(raw: unknown): ToPage | null {
  const r = ToPageSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** Side panel or page agent → background. */
export const ToBackgroundSchema = z.discriminatedUnion('type', [
  /** The page agent needs the page actions (write a fix, show a finding, draw markers): injected into that frame. */
  z.object({ type: z.literal('klarplan/load-actions') }),
  /** The page agent asks for the user's own site profile of its page (answered with it, or null). */
  z.object({ type: z.literal('klarplan/profile') }),
  /** The user switched Klarplan on for a site (the host permission was granted in the panel). */
  z.object({ type: z.literal('klarplan/enable-site'), pattern: z.string().regex(/^https?:\/\/[^/*]+\/\*$/), tabId: z.number().int().optional() }),
  z.object({ type: z.literal('klarplan/disable-site'), pattern: z.string().regex(/^https?:\/\/[^/*]+\/\*$/) }),
]);
export type ToBackground = z.infer<typeof ToBackgroundSchema>;
export function parseToBackground(raw: unknown): ToBackground | null {
  const r = ToBackgroundSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** The match pattern for a page's site ("https://fachverfahren.example/*"), or null for pages Klarplan cannot run on. */
export function sitePattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.host.replace(/:\d+$/, '')}/*` : null;
  } catch {
    return null;
  }
}

// ───────────────────────── read-aloud mode ("Vorlesen") ─────────────────────────
// Between Klarplan's own extension pages only: the side panel, the client view (a big-type page for a screen
// turned towards the client), the print view of the summary, and the background (keyboard command). Sent with
// runtime messaging, which web pages and content scripts never receive. Nothing is stored.

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Count = z.number().int().min(0);
export const PointStatusSchema = z.enum(['unread', 'bestätigt', 'änderung', 'geändert', 'offen']);
/** An open point's "Klärung bis" date and the person who clears it ('' when nobody is named yet). */
const OpenSchema = z.object({ by: IsoDay.or(z.literal('')), person: z.string().max(200) });

/** What the client view shows: the point being read (or waited on) and its status — nothing else of the plan. */
export const ReadingViewSchema = z.object({
  phase: z.enum(['idle', 'speaking', 'paused', 'waiting', 'done', 'stopped']),
  heading: z.string().max(500),
  text: z.string().max(200_000),
  due: IsoDay.optional(),
  /** The point stands for an empty section ("Noch kein Eintrag"). */
  empty: z.boolean(),
  /** Number within its section, and how many points the section has (0 for an empty section). */
  number: Count,
  of: Count,
  /** 1-based position among all points of the plan, and their count. */
  position: Count,
  total: Count,
  status: PointStatusSchema,
  statusLabel: z.string().max(100),
  /** For an open point: until when and with whom it is cleared. */
  open: OpenSchema.optional(),
});
export type ReadingView = z.infer<typeof ReadingViewSchema>;

/** The summary at the end of a round, for the print view. */
export const ReadingSummarySchema = z.object({
  /** "Kooperationsplan – Punkt für Punkt vorgelesen am 20.11.2026, 10:02–10:19 Uhr" */
  title: z.string().max(200),
  /** "am 20.11.2026, 10:02–10:19 Uhr" */
  time: z.string().max(100),
  /** What the statuses mean. */
  legend: z.string().max(1000),
  counts: z.object({ unread: Count, bestätigt: Count, änderung: Count, geändert: Count, offen: Count }),
  rows: z
    .array(
      z.object({
        heading: z.string().max(500),
        number: Count,
        empty: z.boolean(),
        text: z.string().max(200_000),
        due: IsoDay.optional(),
        status: PointStatusSchema,
        label: z.string().max(100),
        /** How the status came about ("„Passt so“ um 10:07"). */
        history: z.string().max(5000),
        open: OpenSchema.extend({
          by: IsoDay,
          wording: z.string().max(200_500),
          /** The checker's note when the clarification names no person. */
          flag: z.object({ title: z.string().max(200), message: z.string().max(1000) }).nullable(),
        }).optional(),
      }),
    )
    .max(5000),
  /** The same as plain text (what "Kopieren" puts on the clipboard). */
  text: z.string().max(2_000_000),
});
export type ReadingSummary = z.infer<typeof ReadingSummarySchema>;

export const ReadAloudMessageSchema = z.discriminatedUnion('type', [
  /** Side panel → client view: the reading moved on (null: nothing is being read). */
  z.object({ type: z.literal('klarplan/reading'), view: ReadingViewSchema.nullable() }),
  /** Client view → side panel, on opening: answered with the current ReadingView or null. */
  z.object({ type: z.literal('klarplan/reading-request') }),
  /** Print view → side panel: answered with the ReadingSummary of the last round, or null. */
  z.object({ type: z.literal('klarplan/summary-request') }),
  /**
   * Background → side panel: the keyboard command "read-aloud" was pressed; answered with { ok: true }. `page`: it
   * was pressed on a web page, whose plan the panel should wait for.
   */
  z.object({ type: z.literal('klarplan/read-aloud'), page: z.boolean().optional() }),
  /**
   * Side panel → background, once when it opens: answered with { readAloud: boolean, page: boolean } (was the panel
   * opened by the command, and on a web page?).
   */
  z.object({ type: z.literal('klarplan/panel-ready') }),
]);
export type ReadAloudMessage = z.infer<typeof ReadAloudMessageSchema>;

export function parseReadAloud(raw: unknown): ReadAloudMessage | null {
  const r = ReadAloudMessageSchema.safeParse(raw);
  return r.success ? r.data : null;
}
export function parseReadingView(raw: unknown): ReadingView | null {
  const r = ReadingViewSchema.safeParse(raw);
  return r.success ? r.data : null;
}
export function parseReadingSummary(raw: unknown): ReadingSummary | null {
  const r = ReadingSummarySchema.safeParse(raw);
  return r.success ? r.data : null;
}
