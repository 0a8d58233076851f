/** Small helpers of the side panel (entrypoints/sidepanel/App.tsx). */
import { entryText, type Plan } from '../../core/plan';
import type { Card } from '../../checker/cards';
import { cardDomId } from '../../components/FindingCards';

/** The entry's text with one change applied (a fix, or a sentence deleted). */
export function withChange(plan: Plan, section: keyof Plan['sections'], entry: number, change: { start: number; end: number; text: string }): Plan {
  const list = [...(plan.sections[section] ?? [])];
  const e = list[entry];
  if (e === undefined) return plan;
  const text = entryText(e);
  const next = (text.slice(0, change.start) + change.text + text.slice(change.end)).trim();
  list[entry] = typeof e === 'string' ? next : { ...e, text: next };
  return { ...plan, sections: { ...plan.sections, [section]: list } };
}

export const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export const isFormControl = (t: EventTarget | null) => t instanceof HTMLElement && !!t.closest('input, select, textarea, [contenteditable=""], [contenteditable="true"]');

/** Scrolls to a card and focuses it (a marker click in the page, or the keys). */
export function focusCard(card: Pick<Card, 'id'>) {
  const el = document.getElementById(cardDomId(card));
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

