// @vitest-environment jsdom
/**
 * The rule catalogue, rendered into jsdom: every rule of rules/index.ts with its title, message, reason,
 * sources and all of its own examples ("So nicht" with "Besser so" where the rule gives a fix, "In Ordnung" for
 * text that must not be flagged); text with markup is shown as text, never as HTML.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryText, SECTION_HEADINGS, SEVERITY_LABELS } from '../../core/plan';
import type { EntryRule, PlanRule, Rule } from '../../core/rule';
import { RULES } from '../../rules/index';
import { RuleCatalogue, ruleAnchor } from '../../components/RuleCatalogue';
import { sourceTitle } from '../../checker/rules-info';
import { entryTeaching, planTeaching } from '../../checker/teaching';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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

function render(ui: React.ReactNode): HTMLElement {
  act(() => root.render(ui));
  return container;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('rule catalogue', () => {
  it('shows every rule of rules/index.ts, in order, each under its own h2 and in the table of contents', () => {
    const c = render(<RuleCatalogue />);
    const sections = [...c.querySelectorAll('main section.rule')];
    expect(sections.map((s) => s.getAttribute('data-rule'))).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES) {
      const s = c.querySelector(`#${ruleAnchor(rule.id)}`)!;
      expect(s, rule.id).not.toBeNull();
      expect(text(s.querySelector('h2'))).toBe(rule.title);
      expect(s.getAttribute('aria-labelledby')).toBe(s.querySelector('h2')!.id);
    }
    const toc = [...c.querySelectorAll('nav a')];
    expect(toc.map((a) => a.getAttribute('href'))).toEqual(RULES.map((r) => `#${ruleAnchor(r.id)}`));
    expect(toc.map(text)).toEqual(RULES.map((r) => r.title));
  });

  it('gives each rule its severity, what it catches, what it says, why, and every source with its readable title', () => {
    const c = render(<RuleCatalogue />);
    for (const rule of RULES) {
      const s = c.querySelector(`#${ruleAnchor(rule.id)}`)!;
      const all = text(s);
      expect(text(s.querySelector('.rule-facts .severity-tag')), rule.id).toBe(SEVERITY_LABELS[rule.severity]);
      expect(text(s.querySelector('.rule-catches'))).toBe(norm(`Findet: ${rule.catches}`));
      expect(text(s.querySelector('.rule-message'))).toBe(norm(`Klarplan sagt: ${rule.message}`));
      expect(text(s.querySelector('.rule-why'))).toBe(norm(rule.why));
      const sources = [...s.querySelectorAll('.sources li')].map(text);
      expect(sources).toEqual(rule.sources.map((src) => norm(`${sourceTitle(src.seed)}, ${src.section}`)));
      expect(sources.every((t) => !/^\d{3}_[0-9a-f]+\.txt/.test(t))).toBe(true); // a document name, not a file name
      if (rule.level === 'entry') for (const k of rule.sections) if (rule.sections.length < 6) expect(all).toContain(SECTION_HEADINGS[k]);
    }
  });

  it('shows each rule\'s chosen pairs "So nicht → Besser so" open, and every other example once under "Alle Beispiele (n)"', () => {
    const c = render(<RuleCatalogue />);
    for (const rule of RULES) {
      const s = c.querySelector(`#${ruleAnchor(rule.id)}`)!;
      const pairs = [...s.querySelectorAll('.rule-pairs li.pair')];
      const details = s.querySelector('details.all-examples');
      expect(pairs.every((p) => p.closest('details') === null)).toBe(true);
      expect(details?.hasAttribute('open') ?? false).toBe(false);
      if (rule.level === 'entry') {
        const t = entryTeaching(rule as EntryRule);
        expect(pairs, rule.id).toHaveLength(t.pairs.length);
        t.pairs.forEach((p, i) => {
          expect(text(pairs[i]!.querySelector('.before q'))).toBe(norm(p.example.text));
          expect(text(pairs[i]!.querySelector('.after .label'))).toBe('→ Besser so:');
          expect(text(pairs[i]!.querySelector('.after q'))).toBe(norm(p.better));
        });
        const folded = [...(details?.querySelectorAll('li.example') ?? [])];
        expect(folded).toHaveLength(t.flagged.length + t.clean.length);
        if (folded.length) expect(text(details!.querySelector('summary'))).toBe(`Alle Beispiele (${folded.length})`);
        const flagged = [...(details?.querySelectorAll('li.example.flagged') ?? [])];
        t.flagged.forEach((ex, i) => {
          expect(text(flagged[i]!.querySelector('.before q'))).toBe(norm(ex.text));
          const after = flagged[i]!.querySelector('.after');
          if ((ex.fixed ?? ex.better) === undefined) expect(after).toBeNull();
          else expect(text(after!.querySelector('q'))).toBe(norm((ex.fixed ?? ex.better)!));
        });
        const clean = [...(details?.querySelectorAll('li.example.clean') ?? [])];
        t.clean.forEach((ex, i) => expect(text(clean[i]!.querySelector('q'))).toBe(norm(ex.text)));
        // every example's text is on the page (as a pair or folded), even when one that looks the same stands for it
        const shownTexts = new Set([...pairs, ...folded].flatMap((li) => [...li.querySelectorAll('q')].map(text)));
        for (const ex of [...rule.examples.flagged, ...rule.examples.clean]) expect(shownTexts, rule.id).toContain(norm(ex.text));
      } else {
        const t = planTeaching(rule as PlanRule);
        expect(pairs, rule.id).toHaveLength(t.pairs.length);
        pairs.forEach((p) => expect(p.querySelector('table.plan-pair-table')).not.toBeNull());
        expect(details?.querySelectorAll('li.example').length ?? 0).toBe(t.flagged.length + t.clean.length);
        // every entry of every example plan is on the page
        const shownTexts = new Set([...s.querySelectorAll('q')].map(text));
        for (const ex of [...rule.examples.flagged, ...rule.examples.clean]) {
          for (const t2 of Object.values(ex.plan.sections).flatMap((l) => (l ?? []).map(entryText)).filter((x) => x.trim())) expect(shownTexts).toContain(norm(t2));
        }
      }
    }
  });

  it('"Kein Ziel": the empty goal and the goal of blanks look the same and are listed once; the pair table marks what changed', () => {
    const c = render(<RuleCatalogue />);
    const s = c.querySelector(`#${ruleAnchor('missing-goal')}`)!;
    const folded = [...s.querySelectorAll('details.all-examples li.example')];
    const shown = folded.map((li) => text(li.querySelector('.example-plan')));
    expect(new Set(shown).size).toBe(shown.length);
    expect(folded.filter((li) => li.classList.contains('flagged'))).toHaveLength(1);
    const table = s.querySelector('li.pair table.plan-pair-table')!;
    const goalRow = [...table.querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')) === SECTION_HEADINGS.ziel)!;
    expect(goalRow.className).toBe('changed');
    expect(text(goalRow.querySelector('td.before'))).toBe('(leer)');
    expect(text(goalRow.querySelector('td.after'))).toMatch(/^„?Ich möchte/);
    const unchanged = [...table.querySelectorAll('tbody tr.unchanged td')];
    expect(unchanged.length).toBeGreaterThan(0);
    unchanged.forEach((td) => expect(td.getAttribute('colspan')).toBe('2'));
  });

  it('folds nothing away when every example is a pair (no "Alle Beispiele (0)")', () => {
    const c = render(<RuleCatalogue />);
    for (const rule of RULES) {
      const summary = c.querySelector(`#${ruleAnchor(rule.id)} details.all-examples summary`);
      if (summary) expect(text(summary)).not.toBe('Alle Beispiele (0)');
    }
    expect(c.querySelector(`#${ruleAnchor('official-word')} details.all-examples`)).toBeNull(); // its one clean example is a "Besser so"
  });

  it('is structured for assistive technology: one h1, header / nav / main landmarks, headings in order', () => {
    const c = render(<RuleCatalogue optionsHref="/options.html" onPrint={() => undefined} />);
    expect(c.querySelectorAll('h1')).toHaveLength(1);
    expect(c.querySelector('header h1')).not.toBeNull();
    expect(c.querySelector('nav[aria-labelledby="inhalt-heading"] h2#inhalt-heading')).not.toBeNull();
    expect(c.querySelectorAll('main')).toHaveLength(1);
    const levels = [...c.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1]!).toBeLessThanOrEqual(1));
    expect(c.querySelector('button')!.textContent).toBe('Regelkatalog drucken');
    expect(c.querySelector('a[href="/options.html"]')).not.toBeNull();
    // the print button and the table of contents are left out when printing
    expect(c.querySelector('button')!.closest('.no-print')).not.toBeNull();
  });

  it('the print button prints', () => {
    let printed = 0;
    const c = render(<RuleCatalogue onPrint={() => printed++} />);
    act(() => c.querySelector('button')!.click());
    expect(printed).toBe(1);
  });
});

describe('rule catalogue: text with markup is text', () => {
  const evil = '<img src=x onerror=alert(1)>';
  const entryRule: EntryRule = {
    id: 'evil-entry',
    level: 'entry',
    title: `Titel ${evil}`,
    message: `Meldung ${evil}`,
    severity: 'warning',
    why: `Grund <script>alert(2)</script>`,
    catches: `Findet ${evil}.`,
    whyBrief: `Kurz <script>alert(4)</script>.`,
    tag: `<i>x</i>`,
    sources: [{ seed: '<b>seed</b>', section: `Abschnitt ${evil}` }],
    sections: ['schritte'],
    check: () => [],
    examples: {
      flagged: [{ text: `Der Kunde ${evil} bewirbt sich.`, fixed: `Ich ${evil} bewerbe mich.`, due: '2026-04-01' }],
      clean: [{ text: `Ich <a href="javascript:alert(3)">klicke</a>.` }],
    },
  };
  const planRule: PlanRule = {
    id: 'evil-plan',
    level: 'plan',
    title: 'Plan',
    message: 'm',
    severity: 'info',
    why: 'w',
    catches: 'c.',
    whyBrief: 'w.',
    tag: 't',
    sources: [],
    check: () => [],
    examples: { flagged: [{ plan: { sections: { ziel: [evil], jobcenter: [{ text: `<iframe src="x"></iframe>`, due: '2026-04-01' }] } } }], clean: [] },
  };
  const rules: Rule[] = [entryRule, planRule];

  it('renders in jsdom without creating any element from the text', () => {
    let alerted = false;
    (window as unknown as { alert: () => void }).alert = () => (alerted = true);
    const c = render(<RuleCatalogue rules={rules} />);
    expect(c.querySelector('img, script, iframe, b, main a')).toBeNull();
    expect(c.querySelectorAll('[onerror]')).toHaveLength(0);
    const all = c.textContent ?? '';
    expect(all).toContain(`Der Kunde ${evil} bewirbt sich.`);
    expect(all).toContain(`Ich ${evil} bewerbe mich.`);
    expect(all).toContain('<script>alert(2)</script>');
    expect(all).toContain('<a href="javascript:alert(3)">klicke</a>');
    expect(all).toContain('<iframe src="x"></iframe>');
    expect(all).toContain(`Titel ${evil}`);
    expect(alerted).toBe(false);
  });

  it('and as static HTML the markup is escaped', () => {
    const html = renderToStaticMarkup(<RuleCatalogue rules={rules} />);
    expect(html).not.toMatch(/<img|<script|<iframe/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
