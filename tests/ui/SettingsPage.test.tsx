// @vitest-environment jsdom
/**
 * The options page, rendered into jsdom with the settings held in memory: switching a rule off and changing a
 * severity saves at once; the administrator's values are locked and marked; an invalid import shows a German
 * error naming the problem and changes nothing; export → import gives the same settings.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEVERITY_LABELS } from '../../core/plan';
import { parseSettingsFile, type RuleChoices } from '../../checker/settings';
import { RULES } from '../../rules/index';
import { LOCKED_TEXT, SettingsPage } from '../../components/SettingsPage';
import type { SettingsSnapshot, SettingsStore } from '../../browser/settings-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

class MemoryStore implements SettingsStore {
  saves: RuleChoices[] = [];
  listeners = new Set<() => void>();
  constructor(public snapshot: SettingsSnapshot) {}
  async read() {
    return structuredClone(this.snapshot);
  }
  async save(user: RuleChoices) {
    this.saves.push(structuredClone(user));
    this.snapshot = { ...this.snapshot, user: structuredClone(user) };
    this.listeners.forEach((l) => l());
  }
  subscribe(cb: () => void) {
    this.listeners.add(cb);
    return () => void this.listeners.delete(cb);
  }
  /** The administrator changes the policy while the page is open. */
  setManaged(managed: RuleChoices) {
    this.snapshot = { ...this.snapshot, managed };
    this.listeners.forEach((l) => l());
  }
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

async function render(store: SettingsStore, download?: (name: string, text: string) => void) {
  await act(async () => root.render(<SettingsPage store={store} catalogueHref="/catalogue.html" {...(download ? { download } : {})} />));
  return container;
}
const checkbox = (id: string) => container.querySelector<HTMLInputElement>(`#an-${id}`)!;
const select = (id: string) => container.querySelector<HTMLSelectElement>(`#stufe-${id}`)!;
const status = () => container.querySelector('[role="status"]')!.textContent;
const alertText = () => container.querySelector('[role="alert"]')!.textContent;

async function changeSelect(el: HTMLSelectElement, value: string) {
  await act(async () => {
    // React tracks the value itself: set it through the prototype's setter, then fire the event
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function importText(content: string, name = 'einstellungen.json') {
  const input = container.querySelector<HTMLInputElement>('#import-datei')!;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  const before = `${alertText()}|${status()}`;
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // the file is read asynchronously: wait until the page has answered (an error or a status line)
  for (let i = 0; i < 100 && `${alertText()}|${status()}` === before; i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
}

describe('options page', () => {
  it('lists every rule with a labelled switch and a labelled severity choice (Wichtig / Empfehlung / Tipp)', async () => {
    await render(new MemoryStore({ user: {}, managed: {} }));
    const rows = [...container.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-rule'))).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES) {
      const cb = checkbox(rule.id);
      expect(cb.checked).toBe(true);
      expect(container.querySelector(`label[for="an-${rule.id}"]`)!.textContent).toContain(rule.title);
      const sel = select(rule.id);
      expect(sel.value).toBe(rule.severity);
      expect(container.querySelector(`label[for="stufe-${rule.id}"]`)!.textContent).toContain(rule.title);
      expect([...sel.options].map((o) => o.textContent)).toEqual(
        (['error', 'warning', 'info'] as const).map((s) => SEVERITY_LABELS[s] + (s === rule.severity ? ' (Standard)' : '')),
      );
    }
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    expect(container.querySelector('main')).not.toBeNull();
    expect(container.textContent).not.toContain(LOCKED_TEXT);
  });

  it('switching a rule off and changing a severity saves at once and says so', async () => {
    const store = new MemoryStore({ user: {}, managed: {} });
    await render(store);
    await act(async () => checkbox('jargon').click());
    expect(store.saves.at(-1)).toEqual({ jargon: { enabled: false } });
    expect(checkbox('jargon').checked).toBe(false);
    expect(status()).toMatch(/ausgeschaltet/);

    await changeSelect(select('missing-deadline'), 'error');
    expect(store.saves.at(-1)).toEqual({ jargon: { enabled: false }, 'missing-deadline': { severity: 'error' } });
    expect(select('missing-deadline').value).toBe('error');
    expect(status()).toMatch(/Stufe „Wichtig“/);

    await act(async () => container.querySelector<HTMLButtonElement>('button')!.click()); // "Alle … zurücksetzen"
    expect(store.saves.at(-1)).toEqual({});
    expect(checkbox('jargon').checked).toBe(true);
  });

  it('the administrator\'s values win, are locked and marked "von Ihrer Verwaltung festgelegt"', async () => {
    const store = new MemoryStore({ user: { jargon: { enabled: true, severity: 'info' } }, managed: { jargon: { enabled: false }, 'legal-threat': { severity: 'warning' } } });
    await render(store);
    expect(checkbox('jargon').checked).toBe(false);
    expect(checkbox('jargon').disabled).toBe(true);
    expect(select('jargon').disabled).toBe(false);
    expect(select('jargon').value).toBe('info');
    expect(select('legal-threat').value).toBe('warning');
    expect(select('legal-threat').disabled).toBe(true);
    const describedBy = checkbox('jargon').getAttribute('aria-describedby')!;
    expect(container.querySelector(`#${describedBy}`)!.textContent).toContain(LOCKED_TEXT);
    expect(container.querySelector(`#${select('legal-threat').getAttribute('aria-describedby')}`)!.textContent).toContain(LOCKED_TEXT);
    expect(container.querySelectorAll('.locked')).toHaveLength(2);

    // a policy change while the page is open shows at once
    await act(async () => store.setManaged({}));
    expect(checkbox('jargon').disabled).toBe(false);
    expect(checkbox('jargon').checked).toBe(true);
    expect(container.textContent).not.toContain(LOCKED_TEXT);
  });

  it('an invalid import shows a German error naming the problem, and nothing changes', async () => {
    const store = new MemoryStore({ user: { jargon: { enabled: false } }, managed: {} });
    await render(store);
    await importText('{"format":"klarplan-einstellungen","version":1,"rules":{"jargon":{"severity":"hoch"}}}', 'kaputt.json');
    expect(alertText()).toMatch(/^Die Datei „kaputt\.json“ wurde nicht importiert\. .*\(jargon\), Feld „severity“ muss .* nicht "hoch".* Es wurde nichts geändert\.$/);
    expect(store.saves).toEqual([]);
    expect(checkbox('jargon').checked).toBe(false);

    await importText('keine JSON-Datei', 'notiz.txt');
    expect(alertText()).toMatch(/„notiz\.txt“ wurde nicht importiert\. Die Datei ist kein gültiges JSON/);
    await importText('{"rules":{"gibt-es-nicht":{"enabled":false}}}');
    expect(alertText()).toMatch(/Feld „format“/);
    expect(alertText()).toMatch(/Regel „gibt-es-nicht“ unbekannte Regel/);
    expect(store.saves).toEqual([]);
  });

  it('export → import: the file carries the settings and brings them back', async () => {
    const files: Array<{ name: string; text: string }> = [];
    const store = new MemoryStore({ user: { 'hard-to-read': { enabled: false }, jargon: { severity: 'info' } }, managed: {} });
    await render(store, (name, text) => files.push({ name, text }));
    const exportButton = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Einstellungen exportieren')!;
    await act(async () => exportButton.click());
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('klarplan-einstellungen.json');
    expect(parseSettingsFile(files[0]!.text)).toEqual({ ok: true, rules: { jargon: { severity: 'info' }, 'hard-to-read': { enabled: false } } });

    await act(async () => [...container.querySelectorAll('button')].find((b) => /zurücksetzen/.test(b.textContent ?? ''))!.click());
    expect(checkbox('hard-to-read').checked).toBe(true);
    await importText(files[0]!.text, 'klarplan-einstellungen.json');
    expect(alertText()).toBe('');
    expect(status()).toMatch(/„klarplan-einstellungen\.json“ sind übernommen/);
    expect(store.saves.at(-1)).toEqual({ jargon: { severity: 'info' }, 'hard-to-read': { enabled: false } });
    expect(checkbox('hard-to-read').checked).toBe(false);
    expect(select('jargon').value).toBe('info');
  });
});
