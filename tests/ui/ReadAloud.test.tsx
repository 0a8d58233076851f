// @vitest-environment jsdom
/**
 * The read-aloud mode, the client view and the print view, rendered into jsdom with a fake speech engine and a
 * fake extension API: the round speaks heading and point and waits for an explicit answer ("Passt so", "Ändern",
 * "Als offen markieren", "Nochmal"; "Weiter" records nothing), keys shown on the buttons; the screen-reader live
 * region stays quiet while speech runs; an open point gets its date and person, the checker's note while nobody is
 * named; the summary says how each status came about and when; "Kopieren"; the client view shows the question,
 * the answer and "Punkt 3 von 7"; the print view shows the summary it is sent. Voices: tests/ui/ReadAloud-voices.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientView } from '../../components/ClientView';
import type { MessageListener, RuntimeLike } from '../../browser/extension-api';
import { PAGE_PLAN_GRACE_MS, ReadAloud } from '../../components/ReadAloud';
import { SummaryPrint } from '../../components/SummaryPrint';
import { parseReadingSummary, parseReadingView, type ToPage } from '../../messages/index';
import type { Plan } from '../../core/plan';
import { ANNA, FakeApi, FakeEngine, nameOf, Screen } from '../helpers/read-aloud-fakes';

const PLAN: Plan = {
  sections: {
    ziel: ['Ich möchte als Lagerhelfer arbeiten.'],
    schritte: [{ text: 'Ich schreibe 3 Bewerbungen.', due: '2026-12-04' }, 'Ich melde mich beim Kurs an.'],
    jobcenter: ['Frau Berger schickt mir bis zum 30.11.2026 zwei Angebote.'],
  },
};
/** A clock the test moves: 20.11.2026, 10:02 local time at first. */
let minute = 2;
const tick = (m = 1) => void (minute += m);
function clock() {
  minute = 2;
  return () => new Date(2026, 10, 20, 10, minute);
}

const sc = new Screen();
beforeEach(() => sc.setUp());
afterEach(() => sc.tearDown());

/** Reads the current point to its end (heading and point, or the point alone). */
async function hear(engine: FakeEngine, chunks = 2) {
  for (let i = 0; i < chunks; i++) await engine.end();
}

describe('ReadAloud: the round', () => {
  it('reads heading and point, waits for the answer, and keeps the live region quiet while speaking', async () => {
    const engine = new FakeEngine();
    const api = new FakeApi();
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} platform="linux" />);
    expect(sc.text()).not.toMatch(/Keine deutsche Stimme/);
    await sc.click('Vorlesen');
    expect(engine.texts).toEqual(['Mein Ziel ist:']);
    expect(engine.said[0]!.options).toMatchObject({ voice: ANNA, rate: 1, lang: 'de-DE' });
    expect(sc.$('.reading-phase')!.textContent).toBe('Klarplan liest vor …');
    expect(sc.live()).toBe('');
    expect(document.activeElement?.className).toBe('reading');
    // "Passt so" only once the point was heard to its end
    expect(sc.button('Passt so')!.disabled).toBe(true);
    await hear(engine);
    expect(sc.$('.reading-phase')!.textContent).toMatch(/Passt der Punkt so\? Klarplan wartet/);
    expect(sc.live()).toBe('Punkt 1 von 7 gelesen. Passt so, Ändern, offen, Nochmal oder Weiter?');
    expect(engine.texts).toHaveLength(2);
    expect(sc.button('Passt so')!.disabled).toBe(false);
    // every choice, with its key on the button and in aria-keyshortcuts
    const keys = Object.fromEntries(sc.$$<HTMLButtonElement>('.reading button').map((b) => [nameOf(b), [b.querySelector('kbd')?.textContent ?? '', b.getAttribute('aria-keyshortcuts')]]));
    expect(keys).toMatchObject({
      'Passt so': ['P', 'P'], Ändern: ['Ä', 'Ä'], 'Als offen markieren': ['O', 'O'], Nochmal: ['N', 'N'], Weiter: ['→', 'ArrowRight'],
      Zurück: ['←', 'ArrowLeft'], Pause: ['', 'Space'], Beenden: ['Esc', 'Escape'],
    });
    expect(sc.$('.reading-where')!.textContent).toBe('Punkt 1 von 7 · Mein Ziel ist (Punkt 1 von 1)');
    // the client view was told, with a message that fits its schema
    const views = api.readings();
    expect(parseReadingView(views[views.length - 1])).toMatchObject({ phase: 'waiting', heading: 'Mein Ziel ist', text: 'Ich möchte als Lagerhelfer arbeiten.', position: 1, total: 7, status: 'unread' });
    expect(parseReadingView(api.deliver({ type: 'klarplan/reading-request' }))).toMatchObject({ phase: 'waiting', position: 1 });
    // "Passt so": recorded, said, shown; the round stays on the point
    await sc.click('Passt so');
    expect(sc.live()).toBe('Punkt 1 von 7: bestätigt.');
    expect(sc.$('.reading-status')!.textContent).toBe('Stand: bestätigt');
    expect(parseReadingView(api.readings().at(-1))).toMatchObject({ status: 'bestätigt', position: 1 });
    expect(engine.texts).toHaveLength(2);
  });

  it('keys P, Ä, O, N, → and Esc; "Weiter" records nothing; the summary says how each status came about and when; "Kopieren"', async () => {
    const engine = new FakeEngine();
    const api = new FakeApi();
    const writeText = vi.fn(async (_t: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} now={clock()} />);
    await sc.click('Vorlesen');
    await hear(engine);
    tick();
    await sc.key('p'); // ziel: Passt so, 10:03
    await sc.key('ArrowRight'); // empty "Zunächst …" section: heading and "Noch kein Eintrag"
    expect(engine.texts.slice(2)).toEqual(['Zunächst möchte ich Folgendes erreichen:']);
    await hear(engine);
    await sc.key('ArrowRight'); // moved on without an answer
    expect(engine.texts.slice(4)).toEqual(['Meine nächsten Schritte sind:']);
    await hear(engine, 3);
    expect(engine.texts.slice(5)).toEqual(['Ich schreibe drei Bewerbungen.', 'Bis zum vierten Dezember zweitausendsechsundzwanzig.']);
    await sc.key('n');
    expect(engine.texts.slice(7)).toEqual(['Ich schreibe drei Bewerbungen.']);
    await hear(engine, 2);
    tick();
    await sc.key('ä'); // 10:04
    expect(sc.$('.reading-phase')!.textContent).toMatch(/Ändern Sie den Punkt im Formular/);
    await sc.key('ArrowRight'); // schritte:1
    await hear(engine, 1);
    tick(2);
    await sc.key('o'); // 10:06
    expect(sc.live()).toBe('Punkt 4 von 7: offen.');
    tick();
    await sc.key('Escape'); // 10:07
    expect(engine.cancels).toBeGreaterThan(0);
    expect(sc.$('.reading')).toBeNull();
    expect(document.activeElement?.id).toBe('zusammenfassung-heading');
    expect(sc.$$('.summary-status').map((e) => e.textContent)).toEqual([
      'bestätigt', 'nicht besprochen', 'Änderung gewünscht', 'offen', 'nicht besprochen', 'nicht besprochen', 'nicht besprochen',
    ]);
    expect(sc.$$('.summary-history').map((e) => e.textContent)).toEqual([
      '(„Passt so“ um 10:03)', '(vorgelesen, ohne Antwort)', '(„Ändern“ um 10:04)', '(„Als offen markieren“ um 10:06)',
      '(nicht vorgelesen)', '(nicht vorgelesen)', '(nicht vorgelesen)',
    ]);
    expect(sc.$('.summary-time')!.textContent).toBe('Vorgelesen am 20.11.2026, 10:02–10:07 Uhr. Vorlesen beendet bei Punkt 4 (von 7 Punkten).');
    expect(sc.live()).toBe('Vorlesen beendet. Die Zusammenfassung steht unten.');
    await sc.click('Kopieren');
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0]![0];
    expect(copied).toBe(sc.$('.summary-plain pre')!.textContent);
    expect(copied).toMatch(/^Kooperationsplan – Punkt für Punkt vorgelesen am 20\.11\.2026, 10:02–10:07 Uhr\n1 bestätigt · 1 Änderung gewünscht · 0 geändert · 1 offen · 4 nicht besprochen\n/);
    expect(sc.$('.copy-message')!.textContent).toMatch(/ist kopiert/);
    // the print view gets the same summary, and it fits its schema
    const summary = parseReadingSummary(api.deliver({ type: 'klarplan/summary-request' }));
    expect(summary?.text).toBe(copied);
    await sc.click('Druckansicht öffnen');
    expect(api.opened).toEqual(['chrome-extension://klarplan/summary.html']);
  });

  it('"Weiter" through the whole plan records nothing: every point "nicht besprochen"', async () => {
    const engine = new FakeEngine();
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={new FakeApi()} now={clock()} />);
    await sc.click('Vorlesen');
    for (let i = 0; i < 7; i++) {
      await hear(engine, 4);
      await sc.click('Weiter');
    }
    expect(sc.text()).toMatch(/Der ganze Plan ist vorgelesen/);
    expect(new Set(sc.$$('.summary-status').map((e) => e.textContent))).toEqual(new Set(['nicht besprochen']));
    expect(engine.texts.at(-1)).toBe('Das war der ganze Plan. Nicht besprochen: sieben Punkte.');
  });

  it('an open point: "Klärung bis" two weeks on (next working day), the person from the plan or typed, the checker\'s note until one is named', async () => {
    const engine = new FakeEngine();
    const api = new FakeApi();
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} now={clock()} />);
    await sc.click('Vorlesen');
    await hear(engine);
    await sc.click('Als offen markieren');
    expect(sc.button('Als offen markieren')!.getAttribute('aria-pressed')).toBe('true');
    const date = sc.$<HTMLInputElement>('.open-details input[type="date"]')!;
    const person = sc.$<HTMLInputElement>('.open-details input[type="text"]')!;
    expect(date.value).toBe('2026-12-04');
    expect(person.value).toBe('');
    expect(sc.$('.open-details .open-wording')!.textContent).toBe('Offen: Ich möchte als Lagerhelfer arbeiten – Klärung bis 04.12.2026');
    expect(sc.$('.open-details .open-flag')!.textContent).toBe('Niemand namentlich zuständig: Wer im Jobcenter? Nennen Sie die Person, die sich darum kümmert, mit Namen (z. B. „Frau Lindner“).');
    // the people the plan names are offered
    expect([...sc.$$<HTMLOptionElement>('#vorlesen-personen option')].map((o) => o.value)).toEqual(['Frau Berger']);
    await sc.click('Frau Berger');
    expect(sc.$<HTMLInputElement>('.open-details input[type="text"]')!.value).toBe('Frau Berger');
    expect(sc.$('.open-details .open-flag')).toBeNull();
    await sc.fill(sc.$<HTMLInputElement>('.open-details input[type="date"]')!, '2026-12-11');
    expect(sc.$('.open-details .open-wording')!.textContent).toBe('Offen: Ich möchte als Lagerhelfer arbeiten – Klärung bis 11.12.2026 mit Frau Berger');
    // the client view sees the answer, with date and person
    expect(parseReadingView(api.readings().at(-1))).toMatchObject({ status: 'offen', open: { by: '2026-12-11', person: 'Frau Berger' } });
    // keys typed in the fields are text, not commands
    await sc.fill(sc.$<HTMLInputElement>('.open-details input[type="text"]')!, 'das Jobcenter');
    person.focus();
    await sc.key('o');
    expect(sc.button('Als offen markieren')!.getAttribute('aria-pressed')).toBe('true');
    expect(sc.$('.open-details .open-flag')!.textContent).toMatch(/^Niemand namentlich zuständig: „Jobcenter“ ist keine Person/);
    await sc.fill(sc.$<HTMLInputElement>('.open-details input[type="text"]')!, 'Herr Nowak');
    await sc.click('Beenden');
    expect(sc.$$('.open-wordings li').map((e) => e.textContent)).toEqual(['Offen: Ich möchte als Lagerhelfer arbeiten – Klärung bis 11.12.2026 mit Herrn Nowak']);
  });

  it('an open point without a person is flagged in the summary, as the checker flags a commitment without one', async () => {
    const engine = new FakeEngine();
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={new FakeApi()} now={clock()} />);
    await sc.click('Vorlesen');
    await hear(engine);
    await sc.key('o');
    await sc.key('Escape');
    expect(sc.$$('.open-wordings li').map((e) => e.textContent)).toEqual([
      'Offen: Ich möchte als Lagerhelfer arbeiten – Klärung bis 04.12.2026 – Niemand namentlich zuständig: Wer im Jobcenter? Nennen Sie die Person, die sich darum kümmert, mit Namen (z. B. „Frau Lindner“).',
    ]);
    expect(sc.$('.summary-plain pre')!.textContent).toContain('  Hinweis – Niemand namentlich zuständig: Wer im Jobcenter?');
  });

  it('on the page: highlights each point in the form, "Ändern" leads there; the edited point is geändert, and confirmed once heard', async () => {
    const engine = new FakeEngine();
    const sent: ToPage[] = [];
    const fieldText = '- Ich möchte als Lagerhelfer arbeiten.';
    const locate = (section: string, entry: number) => (section === 'ziel' && entry === 0 ? { fieldId: 'f1', offset: 2, fieldText } : undefined);
    const now = clock();
    await sc.render(<ReadAloud plan={PLAN} source="page" locate={locate} send={(m) => sent.push(m)} engine={engine} api={new FakeApi()} now={now} />);
    expect(sc.text()).toMatch(/so, wie er jetzt im Formular steht/);
    await sc.click('Vorlesen');
    expect(sent).toEqual([{ type: 'klarplan/reveal', fieldId: 'f1', start: 2, end: fieldText.length }]);
    await hear(engine);
    await sc.click('Ändern');
    expect(sent).toHaveLength(2);
    expect(sc.$('.reading-phase')!.textContent).toMatch(/Ändern Sie den Punkt im Formular/);
    const changed: Plan = { sections: { ...PLAN.sections, ziel: ['Ich möchte im Lager arbeiten.'] } };
    await sc.render(<ReadAloud plan={changed} source="page" locate={locate} send={(m) => sent.push(m)} engine={engine} api={new FakeApi()} now={now} />);
    expect(sc.$('.reading-text')!.textContent).toBe('Ich möchte im Lager arbeiten.');
    expect(sc.$('.reading-status')!.textContent).toBe('Stand: geändert');
    expect(sc.button('Passt so')!.disabled).toBe(true); // the new wording was not heard yet
    await sc.click('Nochmal');
    await hear(engine, 1);
    tick(3);
    await sc.click('Passt so');
    await sc.click('Beenden');
    expect(sc.$('.summary-row')!.textContent).toBe('Ich möchte im Lager arbeiten. – bestätigt („Ändern“ um 10:02 → geändert → „Passt so“ um 10:05)');
  });

  it('the keyboard command (from the background) starts reading the page plan at once', async () => {
    const engine = new FakeEngine();
    const api = new FakeApi();
    await sc.render(<ReadAloud plan={PLAN} source="page" engine={engine} api={api} />);
    let answer: unknown;
    await act(async () => void (answer = api.deliver({ type: 'klarplan/read-aloud' })));
    await sc.flush();
    expect(answer).toEqual({ ok: true });
    expect(engine.texts).toEqual(['Mein Ziel ist:']);
    // a message that does not fit the schema does nothing
    expect(api.deliver({ type: 'klarplan/reading', view: { phase: 'nonsense' } })).toBeUndefined();
  });

  it('the command on a web page waits for that page\'s plan; without one it reads nothing and says why', async () => {
    const engine = new FakeEngine();
    const api = new FakeApi();
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} />);
    await act(async () => void api.deliver({ type: 'klarplan/read-aloud', page: true }));
    expect(engine.said).toEqual([]);
    expect(sc.$('.command-status')!.textContent).toBe('Einen Moment: Klarplan liest den Plan auf der Seite …');
    await sc.render(<ReadAloud plan={PLAN} source="page" engine={engine} api={api} />);
    expect(engine.texts).toEqual(['Mein Ziel ist:']);
    await sc.key('Escape');
    await sc.render(<ReadAloud plan={PLAN} source="example" engine={engine} api={api} />);
    vi.useFakeTimers();
    try {
      await act(async () => void api.deliver({ type: 'klarplan/read-aloud', page: true }));
      await act(async () => void vi.advanceTimersByTime(PAGE_PLAN_GRACE_MS - 1));
      expect(sc.$('.command-status')!.textContent).toMatch(/Einen Moment/);
      await act(async () => void vi.advanceTimersByTime(1));
      expect(sc.$('.command-status')!.textContent).toMatch(/keinen Plan gefunden/);
      expect(engine.said).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a panel opened by the command starts on its own (the background says so)', async () => {
    const engine = new FakeEngine();
    const api = new FakeApi();
    api.panelReadyAnswer = { readAloud: true };
    await sc.render(<ReadAloud plan={PLAN} source="page" engine={engine} api={api} />);
    expect(api.sent[0]).toEqual({ type: 'klarplan/panel-ready' });
    expect(engine.texts).toEqual(['Mein Ziel ist:']);
  });
});

describe('ClientView', () => {
  class FakeRuntime implements RuntimeLike {
    listeners = new Set<MessageListener>();
    constructor(private answer: unknown) {}
    sendMessage = async () => this.answer;
    onMessage = { addListener: (fn: MessageListener) => void this.listeners.add(fn), removeListener: (fn: MessageListener) => void this.listeners.delete(fn) };
    async push(m: unknown) {
      await act(async () => this.listeners.forEach((l) => l(m, {}, () => undefined)));
    }
  }
  const view = {
    phase: 'waiting', heading: 'Meine nächsten Schritte sind', text: 'Ich schreibe 3 Bewerbungen.', due: '2026-12-04', empty: false,
    number: 1, of: 2, position: 3, total: 12, status: 'unread', statusLabel: 'nicht besprochen',
  };

  it('shows progress, the point, its date, the question and the answer given, in big type; follows valid messages only', async () => {
    const runtime = new FakeRuntime(null);
    await sc.render(<ClientView runtime={runtime} />);
    expect(sc.$('h1')!.textContent).toBe('Ihr Kooperationsplan');
    await runtime.push({ type: 'klarplan/reading', view });
    expect(sc.$('.cv-progress')!.textContent).toBe('Punkt 3 von 12');
    expect(sc.$('h1')!.textContent).toBe('Meine nächsten Schritte sind');
    expect(sc.$('.cv-text')!.textContent).toBe('Ich schreibe 3 Bewerbungen.');
    expect(sc.$('.cv-due')!.textContent).toBe('Bis 04.12.2026');
    expect(sc.$('.cv-question')!.textContent).toBe('Passt das so?');
    expect(sc.$('.cv-status')!.textContent).toBe('? Ihre Antwort: passt so, ändern oder offen?');
    await runtime.push({ type: 'klarplan/reading', view: { ...view, status: 'bestätigt', statusLabel: 'bestätigt' } });
    expect(sc.$('.cv-status')!.textContent).toBe('✓ Sie haben gesagt: passt so.');
    await runtime.push({ type: 'klarplan/reading', view: { ...view, status: 'änderung', statusLabel: 'Änderung gewünscht' } });
    expect(sc.$('.cv-status')!.textContent).toBe('✎ Sie haben gesagt: bitte ändern.');
    await runtime.push({ type: 'klarplan/reading', view: { ...view, status: 'offen', statusLabel: 'offen', open: { by: '2026-12-04', person: 'Herr Nowak' } } });
    expect(sc.$('.cv-status')!.textContent).toBe('? Sie haben gesagt: das ist noch offen. Wird geklärt bis 04.12.2026 mit Herrn Nowak.');
    // not our schema: ignored
    await runtime.push({ type: 'klarplan/reading', view: { ...view, text: 42 } });
    await runtime.push({ type: 'klarplan/reading', view: { ...view, phase: 'evil' } });
    expect(sc.$('.cv-text')!.textContent).toBe('Ich schreibe 3 Bewerbungen.');
    await runtime.push({ type: 'klarplan/reading', view: { ...view, phase: 'done' } });
    expect(sc.$('.cv-text')!.textContent).toBe('Der ganze Plan ist vorgelesen. Vielen Dank!');
  });

  it('asks the panel for the current point when it opens', async () => {
    await sc.render(<ClientView runtime={new FakeRuntime({ ...view, status: 'geändert', statusLabel: 'geändert' })} />);
    expect(sc.$('.cv-status')!.textContent).toBe('✎ Sie wollten eine Änderung. Der Punkt ist jetzt geändert.');
  });
});

describe('SummaryPrint', () => {
  const runtimeAnswering = (answer: unknown): RuntimeLike => ({ sendMessage: async () => answer });

  it('lays out the summary it is sent — time, statuses with their history, open points with the checker\'s note —, with a "Drucken" button', async () => {
    const print = vi.fn();
    const summary = {
      title: 'Kooperationsplan – Punkt für Punkt vorgelesen am 20.11.2026, 10:02–10:19 Uhr',
      time: 'am 20.11.2026, 10:02–10:19 Uhr',
      legend: 'Ein Punkt ist nur „bestätigt“, wenn …',
      counts: { unread: 0, bestätigt: 1, änderung: 0, geändert: 0, offen: 1 },
      rows: [
        { heading: 'Mein Ziel ist', number: 1, empty: false, text: 'Ich möchte arbeiten.', status: 'bestätigt', label: 'bestätigt', history: '„Passt so“ um 10:03' },
        {
          heading: 'Was sonst noch wichtig ist', number: 1, empty: false, text: 'Kinderbetreuung.', status: 'offen', label: 'offen', history: '„Als offen markieren“ um 10:05',
          open: { by: '2026-12-04', person: '', wording: 'Offen: Kinderbetreuung – Klärung bis 04.12.2026', flag: { title: 'Niemand namentlich zuständig', message: 'Wer im Jobcenter?' } },
        },
      ],
      text: '…',
    };
    await sc.render(<SummaryPrint runtime={runtimeAnswering(summary)} print={print} />);
    expect(sc.$('h1')!.textContent).toBe('Kooperationsplan – Punkt für Punkt vorgelesen am 20.11.2026, 10:02–10:19 Uhr');
    expect(sc.$('.counts')!.textContent).toBe('1 bestätigt · 0 Änderung gewünscht · 0 geändert · 1 offen · 0 nicht besprochen');
    expect(sc.$$('h2').map((e) => e.textContent)).toEqual(['Mein Ziel ist', 'Was sonst noch wichtig ist', 'Offene Punkte: Vorschlag für den Plan']);
    expect(sc.text()).toContain('Ich möchte arbeiten. – bestätigt („Passt so“ um 10:03)');
    expect(sc.text()).toContain('Offen: Kinderbetreuung – Klärung bis 04.12.2026 – Niemand namentlich zuständig: Wer im Jobcenter?');
    await sc.click('Drucken');
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('no summary (or one that does not fit the schema): says what to do', async () => {
    await sc.render(<SummaryPrint runtime={runtimeAnswering({ date: 5 })} />);
    expect(sc.$('h1')!.textContent).toBe('Keine Zusammenfassung');
  });
});
