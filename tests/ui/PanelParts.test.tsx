// @vitest-environment jsdom
/**
 * The panel's parts rendered into jsdom: the page notices (limits, an error, frames with their switch-on button,
 * fields not placed), the plan date line, and the cards (where, tags, proposal, buttons).
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageNotices, limitText } from '../../components/PageNotices';
import { PlanDate } from '../../components/PlanDate';
import { FindingCards } from '../../components/FindingCards';
import { buildCards } from '../../checker/cards';
import type { Finding, Plan } from '../../core/plan';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});
const render = (el: React.ReactElement) => act(() => root.render(el));

describe('PageNotices', () => {
  it('renders nothing without notices', () => {
    render(<PageNotices notices={[]} />);
    expect(host.innerHTML).toBe('');
  });

  it('says limits, errors, frames and unplaced fields plainly', () => {
    const enabled: string[] = [];
    render(
      <PageNotices
        notices={[
          { kind: 'limit', what: 'fields', found: 250, limit: 200 },
          { kind: 'error', message: 'Die Seite hat sich beim Lesen verändert.' },
          { kind: 'frame', origin: 'https://andere.example:8443' },
          { kind: 'frame', origin: 'https://andere.example:8443' },
          { kind: 'unplaced', fieldId: 'f7', label: 'Bemerkung' },
          { kind: 'unplaced', fieldId: 'f8', label: '' },
        ]}
        onEnableOrigin={(o) => enabled.push(o)}
      />,
    );
    const text = host.textContent ?? '';
    expect(text).toContain('Auf dieser Seite sind mehr als 200 Felder (250) – Klarplan prüft die ersten 200.');
    expect(text).toContain('Klarplan konnte diese Seite nicht ganz lesen: Die Seite hat sich beim Lesen verändert.');
    expect(text).toContain('Ein Teil dieser Seite kommt von andere.example:8443 – Klarplan darf ihn nicht lesen.');
    expect(host.querySelectorAll('.notice-frame')).toHaveLength(1); // the same origin once
    expect([...host.querySelectorAll('.notice-unplaced li')].map((li) => li.textContent)).toEqual(['Bemerkung', 'Feld ohne Beschriftung']);
    expect(text).toContain('Nicht zugeordnet');
    const button = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Auf andere.example:8443 einschalten')!;
    act(() => button.click());
    expect(enabled).toEqual(['https://andere.example:8443']);
  });

  it('shows no switch-on button where the panel cannot switch a site on', () => {
    render(<PageNotices notices={[{ kind: 'frame', origin: 'https://x.example' }]} />);
    expect(host.querySelector('button')).toBeNull();
  });

  it('words each kind of limit', () => {
    expect(limitText({ kind: 'limit', what: 'entries', found: 500, limit: 500 })).toBe('Auf dieser Seite sind mehr als 500 Einträge – Klarplan prüft die ersten 500.');
    expect(limitText({ kind: 'limit', what: 'characters', found: 300000, limit: 200000 })).toBe(
      'Ein Feld auf dieser Seite hat mehr als 200.000 Zeichen (300.000) – Klarplan prüft die ersten 200.000.',
    );
  });
});

describe('PlanDate', () => {
  it('says the page\'s date and end, or that today is used, and changes it', () => {
    const changes: Array<string | null> = [];
    render(<PlanDate date="2026-03-02" end="2026-09-02" from="page" today="2026-12-02" onChange={(d) => changes.push(d)} />);
    expect(host.querySelector('.plan-date-line')!.textContent).toBe('Plan vom 02.03.2026 · läuft bis 02.09.2026');
    const input = host.querySelector('input[type="date"]') as HTMLInputElement;
    expect(input.value).toBe('2026-03-02');
    expect(host.querySelector('label')!.htmlFor).toBe(input.id);
    render(<PlanDate date={undefined} from="none" today="2026-12-02" onChange={(d) => changes.push(d)} />);
    expect(host.querySelector('.plan-date-line')!.textContent).toBe('Kein Datum im Formular – geprüft mit dem heutigen Datum (02.12.2026).');
    render(<PlanDate date="2026-05-01" from="panel" today="2026-12-02" onChange={(d) => changes.push(d)} />);
    expect(host.querySelector('.plan-date-line')!.textContent).toBe('Plan vom 01.05.2026 (von Ihnen hier geändert)');
    act(() => [...host.querySelectorAll('button')].find((b) => b.textContent === 'Datum des Plans wieder nehmen')!.click());
    expect(changes).toEqual([null]);
  });
});

describe('FindingCards', () => {
  const plan: Plan = { sections: { jobcenter: ['Das Jobcenter unterstützt mich bei der <b>Vermittlung</b>.'] } };
  const f = (p: Partial<Finding>): Finding => ({ category: 'missing-deadline', section: 'jobcenter', entry: 0, start: 0, end: 0, severity: 'warning', message: 'Bis wann? <i>x</i>', ...p });

  it('one card: the form\'s name, the text, tags, the full message once, proposal and buttons', () => {
    const groups = buildCards(plan, [
      f({}),
      f({ category: 'missing-counterpart', start: 4, end: 13, message: 'Wer?' }),
      f({ category: 'not-first-person', start: 0, end: 3, message: 'Ich-Form', fix: { start: 0, end: 13, text: 'Mein Jobcenter' } }),
    ]);
    const applied: string[] = [];
    const ignored: string[][] = [];
    const off: string[] = [];
    render(
      <FindingCards
        groups={groups}
        nameOf={() => 'Schritt 5'}
        onApply={(c) => applied.push(c.id)}
        onReveal={() => undefined}
        onIgnore={(keys) => ignored.push(keys)}
        onRuleOff={(id) => off.push(id)}
      />,
    );
    const cards = host.querySelectorAll('li.card');
    expect(cards).toHaveLength(1);
    expect(host.querySelector('.card-name')!.textContent).toBe('Schritt 5');
    expect(host.querySelector('.card-text')!.textContent).toBe('Das Jobcenter unterstützt mich bei der <b>Vermittlung</b>.');
    expect(host.querySelector('b')).toBeNull(); // text, never HTML
    expect([...host.querySelectorAll('.tags .tag')].map((t) => t.textContent)).toEqual(['Termin fehlt', 'Nicht in Ich-Form', 'Person fehlt']);
    expect(host.querySelectorAll('.message')).toHaveLength(3);
    expect(host.querySelector('.fix q')!.textContent).toBe('Mein Jobcenter unterstützt mich bei der <b>Vermittlung</b>.');
    expect(host.querySelectorAll('details.why')).toHaveLength(1);
    const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name)!;
    act(() => button('Übernehmen').click());
    expect(applied).toEqual(['jobcenter:0']);
    act(() => button('Ignorieren').click());
    expect(ignored[0]).toHaveLength(3);
    act(() => button('Regel „Zusage ohne Termin“ ausschalten').click());
    expect(off).toEqual(['missing-deadline']);
    expect(host.querySelector('article')!.getAttribute('tabindex')).toBe('-1');
  });

  it('without the page\'s name: the entry\'s number under its heading', () => {
    render(<FindingCards groups={buildCards(plan, [f({})])} />);
    expect(host.querySelector('.card-name')!.textContent).toBe('Punkt 1');
    expect(host.querySelector('button.apply')).toBeNull();
  });
});
