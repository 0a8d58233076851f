// @vitest-environment jsdom
/**
 * The trainer's views rendered into jsdom: before/after (rows side by side, changed words marked, each entry's
 * findings next to it, counts at the top of both columns) and presentation mode (findings in place with a tag each,
 * arrow keys step one at a time with "Warum?" in one sentence, Esc leaves, the bar hides while presenting).
 * Layout (fits the screen, rows line up) is checked in a real browser: tests/e2e/trainer.e2e.test.ts.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPlan } from '../../checker/checker';
import { stepOrder } from '../../checker/marks';
import { ruleById } from '../../checker/rules-info';
import { entryText } from '../../core/plan';
import { BeforeAfter } from '../../components/BeforeAfter';
import { Presentation } from '../../components/Presentation';
import { alignPlans } from '../../components/plan-diff';
import { EXAMPLE_PLAN, GOOD_PLAN } from '../../examples/example-plan';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
Element.prototype.scrollIntoView ??= () => undefined; // jsdom has no layout

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});
const render = (ui: React.ReactNode) => {
  act(() => root.render(ui));
  return container;
};
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const key = (k: string) => act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

describe('before/after', () => {
  it('puts the same entry of both versions in one row, counts at the top of both columns', () => {
    const c = render(<BeforeAfter before={EXAMPLE_PLAN} after={GOOD_PLAN} />);
    const heads = [...c.querySelectorAll('.ba-table thead th')].map(text);
    expect(heads).toHaveLength(2);
    expect(heads[0]).toMatch(new RegExp(`^Vorher: schwache Fassung ${checkPlan(EXAMPLE_PLAN).findings.length} Hinweise: 1 wichtig · \\d+ Empfehlungen( · \\d+ Tipps?)?$`));
    expect(heads[1]).toBe('Nachher: verbesserte Fassung Keine Hinweise');
    const rows = [...c.querySelectorAll('tr.ba-row')];
    expect(rows).toHaveLength(alignPlans(EXAMPLE_PLAN, GOOD_PLAN).length);
    rows.forEach((tr) => expect(tr.querySelectorAll('td')).toHaveLength(2));
  });

  it('marks removed words on the left and new words on the right', () => {
    const c = render(<BeforeAfter before={EXAMPLE_PLAN} after={GOOD_PLAN} />);
    const staplerschein = [...c.querySelectorAll('tr.ba-row')].find((tr) => text(tr).includes('Staplerschein. (bis 31.01.2027)'))!;
    const [left, right] = [...staplerschein.querySelectorAll('td')];
    expect([...left!.querySelectorAll('del')].map(text)).toEqual(['habe einen gültigen']);
    expect(left!.querySelector('ins')).toBeNull();
    expect([...right!.querySelectorAll('ins')].map(text)).toEqual(['mache den']);
    expect(right!.querySelector('del')).toBeNull();
  });

  it('shows each entry\'s findings next to it, with the rule\'s tag and the message', () => {
    const c = render(<BeforeAfter before={EXAMPLE_PLAN} after={GOOD_PLAN} />);
    const findings = checkPlan(EXAMPLE_PLAN).findings;
    const entry = entryText(EXAMPLE_PLAN.sections.jobcenter![0]!);
    const row = [...c.querySelectorAll('tr.ba-row')].find((tr) => text(tr.querySelector('td .ba-text')) === entry)!;
    const own = findings.filter((f) => f.section === 'jobcenter' && f.entry === 0);
    const shown = [...row.querySelectorAll('td:first-child .ba-findings li')];
    expect(shown.map((li) => text(li.querySelector('.ba-tag')))).toEqual(own.map((f) => ruleById(f.category)!.tag));
    expect(shown.map((li) => text(li.querySelector('.ba-message')))).toEqual(own.map((f) => f.message.replace(/\s+/g, ' ').trim()));
    // and every finding of the plan is shown once
    expect(c.querySelectorAll('td:first-child .ba-findings li, tbody tr:not(.ba-row) td:first-child .ba-findings li').length).toBeGreaterThanOrEqual(findings.length);
    expect(new Set([...c.querySelectorAll('.ba-table tr > td:first-child .ba-findings li')]).size).toBe(findings.length);
  });

  it('names its regions uniquely', () => {
    const c = render(<BeforeAfter before={EXAMPLE_PLAN} after={GOOD_PLAN} />);
    const names = [...c.querySelectorAll('section[aria-labelledby]')].map((s) => text(document.getElementById(s.getAttribute('aria-labelledby')!)));
    expect(new Set(names).size).toBe(names.length);
    const ids = [...c.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('presentation mode', () => {
  const ordered = stepOrder(checkPlan(EXAMPLE_PLAN).findings);

  function present(onExit: () => void = () => undefined) {
    return render(<Presentation title="Demo" plan={EXAMPLE_PLAN} version="schwach" onVersion={() => undefined} onExit={onExit} />);
  }

  it('shows the plan with every finding in place: a numbered tag each, its words marked', () => {
    const c = present();
    const tags = [...c.querySelectorAll('.pres-plan .pres-tag')];
    expect(tags.map((t) => Number(t.getAttribute('data-step'))).sort((a, b) => a - b)).toEqual(ordered.map((_, i) => i + 1));
    expect(tags.map((t) => text(t).replace(/^\d+ /, ''))).toEqual(
      [...tags].map((t) => ruleById(ordered[Number(t.getAttribute('data-step')) - 1]!.category)!.tag),
    );
    expect([...c.querySelectorAll('.pres-plan mark')].map(text).join(' ')).toContain('Leistungsminderung');
    const withoutTags = c.querySelector('.pres-plan')!.cloneNode(true) as HTMLElement;
    withoutTags.querySelectorAll('.pres-tag').forEach((t) => t.remove());
    for (const k of ['ziel', 'schritte', 'jobcenter'] as const) for (const e of EXAMPLE_PLAN.sections[k]!) expect(text(withoutTags)).toContain(entryText(e));
  });

  it('arrow keys step one finding at a time, each with its "Warum?" in one sentence; the bar hides while presenting', () => {
    const c = present();
    expect(c.querySelector('.pres-bar')!.classList.contains('hidden')).toBe(false);
    expect(c.querySelector('mark.current')).toBeNull();
    key('ArrowRight');
    expect(c.querySelector('.pres-bar')!.classList.contains('hidden')).toBe(true);
    for (let i = 0; i < ordered.length; i++) {
      const rule = ruleById(ordered[i]!.category)!;
      expect(text(c.querySelector('.pres-caption'))).toContain(`${i + 1} von ${ordered.length}`);
      expect(text(c.querySelector('.pres-caption .pres-why'))).toBe(`Warum? ${rule.whyBrief}`);
      expect(c.querySelectorAll('.pres-plan .pres-tag.current')).toHaveLength(1);
      expect(c.querySelector('.pres-plan .pres-tag.current')!.getAttribute('data-step')).toBe(String(i + 1));
      key('ArrowRight');
    }
    expect(text(c.querySelector('.pres-caption'))).toContain(`${ordered.length} von ${ordered.length}`); // stays on the last
    key('ArrowLeft');
    expect(text(c.querySelector('.pres-caption'))).toContain(`${ordered.length - 1} von ${ordered.length}`);
    key('PageUp');
    expect(text(c.querySelector('.pres-caption'))).toContain(`${ordered.length - 2} von ${ordered.length}`);
    key('Home');
    expect(c.querySelector('.pres-plan .pres-tag.current')).toBeNull();
  });

  it('Esc leaves', () => {
    let left = 0;
    present(() => left++);
    key('Escape');
    expect(left).toBe(1);
  });

  it('is a main landmark with one h1, the caption a live region, the bar a labelled toolbar', () => {
    const c = present();
    expect(c.querySelectorAll('main')).toHaveLength(1);
    expect(c.querySelectorAll('h1')).toHaveLength(1);
    expect(c.querySelector('.pres-caption')!.getAttribute('aria-live')).toBe('polite');
    expect(c.querySelector('[role="toolbar"]')!.getAttribute('aria-label')).toBe('Präsentation steuern');
  });
});
