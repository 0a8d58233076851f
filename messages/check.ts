/**
 * The panel's messages to the page, checked by hand in the page agent: the same shapes as ToPageSchema in
 * index.ts (a test holds the two together), without the validation library — what is injected into the page
 * stays small. The panel keeps the full zod validation of everything the page sends.
 */
import type { ToPage } from './index';

const isInt0 = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0; // as zod's int()
const isStr = (v: unknown, max = Infinity): v is string => typeof v === 'string' && v.length <= max;

const isSeverity = (v: unknown): v is 'error' | 'warning' | 'info' => v === 'error' || v === 'warning' || v === 'info';

/** A message for the page agent, or null when it is not one of ours or does not fit. */
export function checkToPage(raw: unknown): ToPage | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'klarplan/request-plan':
      return { type: m.type };
    case 'klarplan/apply':
      return isStr(m.fieldId) && isInt0(m.start) && isInt0(m.end) && isStr(m.text, 10_000) && isStr(m.expected, 200_000)
        ? { type: m.type, fieldId: m.fieldId, start: m.start, end: m.end, text: m.text, expected: m.expected }
        : null;
    case 'klarplan/reveal':
      return isStr(m.fieldId) && isInt0(m.start) && isInt0(m.end) ? { type: m.type, fieldId: m.fieldId, start: m.start, end: m.end } : null;
    case 'klarplan/markers': {
      const c = m.counts;
      if (!c || typeof c !== 'object' || Array.isArray(c)) return null;
      const entries = Object.entries(c as Record<string, unknown>);
      if (!entries.every(([, n]) => isInt0(n))) return null;
      const out: ToPage & { type: 'klarplan/markers' } = { type: m.type, counts: Object.fromEntries(entries) as Record<string, number> };
      if (m.marks !== undefined) {
        if (!Array.isArray(m.marks) || m.marks.length > 2000) return null;
        const marks = [];
        for (const k of m.marks as unknown[]) {
          if (!k || typeof k !== 'object') return null;
          const x = k as Record<string, unknown>;
          if (!isStr(x.fieldId, 100) || x.fieldId.length < 1 || !isInt0(x.start) || !isInt0(x.end) || !isSeverity(x.severity) || !isStr(x.title, 200)) return null;
          marks.push({ fieldId: x.fieldId, start: x.start, end: x.end, severity: x.severity, title: x.title });
        }
        out.marks = marks;
      }
      if (m.total !== undefined) {
        if (!isInt0(m.total)) return null;
        out.total = m.total;
      }
      if (m.worst !== undefined) {
        if (!isSeverity(m.worst)) return null;
        out.worst = m.worst;
      }
      return out;
    }
    default:
      return null;
  }
}
