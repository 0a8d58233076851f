/**
 * The one-page overview ("Spickzettel"), as static HTML: one row per rule in the rules' order with its title,
 * severity, what it catches, why in one sentence and its shortest pair "So nicht → Besser so"; escaped text.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SEVERITY_LABELS } from '../../core/plan';
import { RULES } from '../../rules/index';
import { CheatSheet } from '../../components/CheatSheet';
import { changedHeadings, shortestPair } from '../../checker/teaching';
import { formatDate } from '../../checker/findings';
import { ruleAnchor } from '../../components/RuleCatalogue';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const dom = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document;

describe('Spickzettel', () => {
  const doc = dom(renderToStaticMarkup(<CheatSheet catalogueHref="/catalogue.html" onPrint={() => undefined} />));

  it('has one row per rule, in order, with a link to the rule in the catalogue', () => {
    const rows = [...doc.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-rule'))).toEqual(RULES.map((r) => r.id));
    rows.forEach((row, i) => {
      const rule = RULES[i]!;
      expect(row.querySelector('th a')!.getAttribute('href')).toBe(`/catalogue.html#${ruleAnchor(rule.id)}`);
      expect(text(row.querySelector('th a'))).toBe(rule.title);
      expect(text(row.querySelector('.severity-tag'))).toBe(SEVERITY_LABELS[rule.severity]);
      const cells = [...row.querySelectorAll('td')].map(text);
      expect(cells[0]).toBe(norm(rule.catches));
      expect(cells[1]).toBe(norm(rule.whyBrief));
    });
  });

  it('shows each rule\'s shortest pair, "So nicht" and "Besser so" named for screen readers', () => {
    for (const rule of RULES) {
      const cell = doc.querySelector(`tr[data-rule="${rule.id}"] td:last-child`)!;
      const pair = shortestPair(rule)!;
      expect(pair, rule.id).toBeDefined();
      if ('section' in pair) {
        expect(text(cell.querySelector('.before q'))).toBe(norm(pair.example.text));
        expect(text(cell.querySelector('.after q'))).toBe(norm(pair.better));
      } else {
        // One line per changed heading, and one for the plan date when that is what the rule changes.
        const lines = [...cell.querySelectorAll('.plan-line')].map(text);
        const dateChanged = pair.example.plan.date !== pair.better.date;
        expect(lines.length, rule.id).toBe(changedHeadings(pair.example.plan, pair.better).length + (dateChanged ? 1 : 0));
        expect(lines.length, rule.id).toBeGreaterThan(0);
        if (dateChanged) expect(lines[0]).toBe(`Datum des Plans: So nicht: ${formatDate(pair.example.plan.date!)} → Besser so: ${formatDate(pair.better.date!)}`);
      }
      expect(text(cell.querySelector('.before .visually-hidden'))).toBe('So nicht:');
      expect(text(cell.querySelector('.after .visually-hidden'))).toBe('Besser so:');
    }
  });

  it('is one h1, a header and a main with a captioned table with column and row headers', () => {
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('main table caption')).not.toBeNull();
    expect(doc.querySelectorAll('thead th[scope="col"]')).toHaveLength(4);
    expect(doc.querySelectorAll('tbody th[scope="row"]')).toHaveLength(RULES.length);
    expect(doc.querySelector('.no-print button')!.textContent).toBe('Spickzettel drucken (eine Seite)');
  });

  it('escapes markup in rule texts', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const rule = { ...RULES.find((r) => r.id === 'jargon')!, title: evil, catches: `${evil}.`, whyBrief: `${evil}.` };
    const html = renderToStaticMarkup(<CheatSheet rules={[rule]} />);
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
