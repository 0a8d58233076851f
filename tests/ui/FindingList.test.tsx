import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SECTION_HEADINGS, SECTION_KEYS, type Finding } from '../../core/plan';
import { EXAMPLE_PLAN } from '../../examples/example-plan';
import { FindingList } from '../../components/FindingList';

const vague: Finding = {
  category: 'vague-commitment',
  section: 'jobcenter',
  entry: 0,
  start: 14,
  end: 25,
  severity: 'warning',
  message: 'Wer tut was bis wann? <b>Konkret</b> & klar.',
  fix: { start: 14, end: 25, text: 'schickt mir bis 15.12. drei Stellenangebote' },
};

describe('FindingList', () => {
  it('shows all six headings and the findings as list items', () => {
    const html = renderToStaticMarkup(<FindingList plan={EXAMPLE_PLAN} result={{ findings: [vague] }} />);
    for (const key of SECTION_KEYS) expect(html).toContain(SECTION_HEADINGS[key]);
    expect(html.match(/<h3 /g)).toHaveLength(6);
    expect(html).toContain('<li class="finding severity-warning">');
    expect(html).toContain('Empfehlung:');
    expect(html).toContain('Eintrag 1');
    expect(html).toContain('<q>unterstützt</q>');
    expect(html).toContain('Vorschlag: <q>schickt mir bis 15.12. drei Stellenangebote</q>');
  });

  it('renders message text as text, never as HTML', () => {
    const html = renderToStaticMarkup(<FindingList plan={EXAMPLE_PLAN} result={{ findings: [vague] }} />);
    expect(html).toContain('&lt;b&gt;Konkret&lt;/b&gt; &amp; klar.');
    expect(html).not.toContain('<b>');
  });

  it('adds a "Plan insgesamt" group for plan-wide findings', () => {
    const planWide: Finding = { ...vague, section: null, entry: null, category: 'imbalance', message: 'Ungleich verteilt.' };
    const html = renderToStaticMarkup(<FindingList plan={EXAMPLE_PLAN} result={{ findings: [planWide] }} headingLevel={2} />);
    expect(html).toContain('Plan insgesamt');
    expect(html.match(/<h2 /g)).toHaveLength(7);
    expect(html).not.toContain('Eintrag');
  });
});
