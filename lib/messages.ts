/**
 * Messages between the content script (the page) and the side panel, validated with zod on arrival:
 * a message that does not fit its schema is dropped. No message ever leaves the browser.
 */
import { z } from 'zod';
import { SECTION_KEYS } from './plan';

const Section = z.enum(SECTION_KEYS);

export const PageEntrySchema = z.object({ text: z.string().max(200_000), start: z.number().int().min(0), due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() });
export const PageFieldSchema = z.object({
  id: z.string().min(1).max(100),
  kind: z.enum(['textarea', 'input', 'contenteditable', 'ckeditor5', 'tinymce', 'quill']),
  section: Section.nullable(),
  label: z.string().max(500),
  text: z.string().max(200_000),
  entries: z.array(PageEntrySchema).max(500),
});
export const PagePlanSchema = z.object({ url: z.string().max(4000), fields: z.array(PageFieldSchema).max(200) });

/** Content script → side panel. */
export const FromPageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('klarplan/plan'), plan: PagePlanSchema }),
  z.object({ type: z.literal('klarplan/applied'), fieldId: z.string(), ok: z.boolean() }),
]);
export type FromPage = z.infer<typeof FromPageSchema>;

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
  z.object({ type: z.literal('klarplan/markers'), counts: z.record(z.string(), z.number().int().min(0)) }),
]);
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

/** Side panel → background. */
export const ToBackgroundSchema = z.discriminatedUnion('type', [
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
