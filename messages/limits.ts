/**
 * How much of a page's plan one message carries (PagePlanSchema in index.ts checks the same numbers), and how
 * a plan beyond them is cut to fit — with a notice saying so, so the panel never shows a part as the whole.
 * No validation library here: the page agent uses this, and what is injected into the page stays small.
 */
import type { PageField, PageNotice, PagePlan } from './index';

export const PAGE_LIMITS = {
  /** Plan fields per page (fields outside the plan are never sent). */
  fields: 500,
  /** Entries (points) per field. */
  entries: 500,
  /** Characters of one field's text. */
  characters: 200_000,
  label: 500,
  url: 4000,
  notices: 200,
  owner: 500,
  person: 200,
  via: 100,
  /** Lines of page text that hold a date, and characters of one (fields/plan-date.ts reads no more). */
  dateLines: 200,
  dateLine: 300,
} as const;

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

/** The plan cut to the limits, with a `limit` notice for each limit the page went over (found: the largest count). */
export function fitToLimits(plan: PagePlan): PagePlan {
  const L = PAGE_LIMITS;
  const over = { fields: 0, entries: 0, characters: 0 };
  const fields = plan.fields.length > L.fields ? plan.fields.slice(0, L.fields) : plan.fields;
  if (plan.fields.length > L.fields) over.fields = plan.fields.length;
  const fitted = fields.map((f): PageField => {
    let { text, entries } = f;
    if (text.length > L.characters) {
      over.characters = Math.max(over.characters, text.length);
      text = text.slice(0, L.characters);
      entries = entries
        .filter((e) => e.start < L.characters)
        .map((e) => (e.start + e.text.length > L.characters ? { ...e, text: e.text.slice(0, L.characters - e.start) } : e));
    }
    if (entries.length > L.entries) {
      over.entries = Math.max(over.entries, entries.length);
      entries = entries.slice(0, L.entries);
    }
    entries = entries.map((e) =>
      e.owner && (e.owner.text.length > L.owner || (e.owner.person?.length ?? 0) > L.person)
        ? { ...e, owner: { ...e.owner, text: clip(e.owner.text, L.owner), ...(e.owner.person !== undefined ? { person: clip(e.owner.person, L.person) } : {}) } }
        : e,
    );
    const out: PageField = { ...f, label: clip(f.label, L.label), text, entries };
    if (f.name !== undefined) out.name = clip(f.name, L.label);
    if (f.via !== undefined) out.via = clip(f.via, L.via);
    return out;
  });
  const notices: PageNotice[] = [];
  for (const what of ['fields', 'entries', 'characters'] as const) {
    if (over[what]) notices.push({ kind: 'limit', what, found: over[what], limit: L[what] });
  }
  notices.push(...(plan.notices ?? []));
  const out: PagePlan = { ...plan, url: clip(plan.url, L.url), fields: fitted };
  if (plan.dateLines) out.dateLines = plan.dateLines.slice(0, L.dateLines).map((l) => clip(l, L.dateLine));
  if (notices.length) out.notices = notices.slice(0, L.notices);
  return out;
}
