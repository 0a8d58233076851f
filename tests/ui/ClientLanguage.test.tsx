// @vitest-environment jsdom
/**
 * The client view and the print view in the client's language, with a fake on-device Translator: nothing shows
 * while the setting is off or the API is missing; the choice lists what the translator offers; a language pack is
 * fetched only after "Sprachpaket laden" (the question says no plan text leaves the machine); each text shows under
 * the German one with the notice in both languages, right to left for Arabic, facts isolated and never sent;
 * a point the translator would change is not shown translated; read aloud only with a voice for that language on
 * this machine. The panel's switch: off by default, only where the translator offers a language, locked by the
 * administrator, storing `{ enabled }` only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { ClientView } from '../../components/ClientView';
import { ReadAloud } from '../../components/ReadAloud';
import { SummaryPrint } from '../../components/SummaryPrint';
import type { RuntimeLike } from '../../browser/extension-api';
import { MANAGED_TRANSLATION_KEY } from '../../checker/settings';
import { TRANSLATION_SETTING_KEY, type TranslationApi } from '../../translation/session';
import { ANNA, FakeApi, FakeEngine, Screen, voice } from '../helpers/read-aloud-fakes';

const sc = new Screen();
beforeEach(() => sc.setUp());
afterEach(() => sc.tearDown());

/** A fake Translator: availability per language, create recorded (with download progress), every input recorded. */
function fakeTranslator(avail: Record<string, string> = { en: 'available', ar: 'downloadable', fa: 'downloadable' }, rewrite?: (s: string, lang: string) => string) {
  const created: string[] = [];
  const inputs: string[] = [];
  const api: TranslationApi = {
    Translator: {
      availability: async ({ targetLanguage }) => avail[targetLanguage] ?? 'unavailable',
      create: async ({ targetLanguage, monitor }) => {
        created.push(targetLanguage);
        const listeners: Array<(e: { loaded: number }) => void> = [];
        monitor?.({ addEventListener: (_t, fn) => void listeners.push(fn) });
        for (const loaded of [0.25, 1]) listeners.forEach((l) => l({ loaded }));
        avail[targetLanguage] = 'available';
        return {
          translate: async (s: string) => {
            inputs.push(s);
            return rewrite ? rewrite(s, targetLanguage) : targetLanguage === 'ar' ? `ترجمة: ${s}` : `EN: ${s.replace('Ich schreibe', 'I write').replace('Meine nächsten Schritte sind', 'My next steps are')}`;
          },
        };
      },
    },
  };
  return { api, created, inputs };
}

const VIEW = {
  phase: 'waiting', heading: 'Meine nächsten Schritte sind', text: 'Ich schreibe bis zum 30.04.2026 drei Bewerbungen an Frau Lindner.', empty: false,
  number: 1, of: 2, position: 3, total: 12, status: 'unread', statusLabel: 'nicht besprochen',
};
const runtime = (answer: unknown): RuntimeLike => ({ sendMessage: async () => answer });
const on = (api: FakeApi, enabled = true) => (api.stored[TRANSLATION_SETTING_KEY] = { enabled });
const select = () => sc.$<HTMLSelectElement>('.client-language select');
async function choose(code: string) {
  await act(async () => {
    const s = select()!;
    s.value = code;
    s.dispatchEvent(new Event('change', { bubbles: true }));
  });
  for (let i = 0; i < 4; i++) await sc.flush();
}

describe('client view in the client\'s language', () => {
  it('off by default: no choice, nothing asked of the translator', async () => {
    const t = fakeTranslator();
    await sc.render(<ClientView runtime={runtime(VIEW)} translation={{ storage: new FakeApi().storage, translationApi: t.api, engine: null }} />);
    expect(select()).toBeNull();
    expect(t.created).toEqual([]);
  });

  it('turned on, but no translator in this browser (Firefox, Chromium without it): nothing changes', async () => {
    const api = new FakeApi();
    on(api);
    await sc.render(<ClientView runtime={runtime(VIEW)} translation={{ storage: api.storage, translationApi: null, engine: null }} />);
    expect(select()).toBeNull();
    expect(sc.$('.cv-text')!.textContent).toBe(VIEW.text);
  });

  it('the administrator forced it off: nothing, whatever the case worker chose', async () => {
    const api = new FakeApi();
    on(api);
    api.managed = { [MANAGED_TRANSLATION_KEY]: false };
    await sc.render(<ClientView runtime={runtime(VIEW)} translation={{ storage: api.storage, translationApi: fakeTranslator().api, engine: null }} />);
    expect(select()).toBeNull();
  });

  it('offers what the translator offers; an available language shows at once, under the German text, marked in both languages, facts kept out', async () => {
    const api = new FakeApi();
    on(api);
    const t = fakeTranslator();
    await sc.render(<ClientView runtime={runtime(VIEW)} translation={{ storage: api.storage, translationApi: t.api, engine: null }} />);
    expect([...select()!.options].map((o) => o.textContent)).toEqual(['Nur Deutsch', 'Arabisch – العربية (Sprachpaket nötig)', 'Englisch – English', 'Farsi/Dari – فارسی / دری (Sprachpaket nötig)']);
    expect(sc.$('.client-language label')!.textContent).toMatch(/^Sprache der Kundin \/ des Kunden/);
    await choose('en');
    expect(t.created).toEqual(['en']);
    const block = sc.$('.cv-text-translation')!;
    expect(block.getAttribute('lang')).toBe('en');
    expect(block.getAttribute('dir')).toBe('ltr');
    expect(block.querySelector('.translation-notice')!.textContent).toBe('Maschinelle Übersetzung – verbindlich ist der deutsche Text Machine translation – the German text is binding');
    expect(block.querySelector('.translated-text')!.textContent).toBe('EN: I write bis zum 30.04.2026 drei Bewerbungen an Frau Lindner.');
    expect([...block.querySelectorAll('bdi.fact')].map((b) => b.textContent)).toEqual(['30.04.2026', 'Frau Lindner']);
    // the German text stays above, unchanged; the heading is translated too
    expect(sc.$('.cv-text')!.textContent).toBe(VIEW.text);
    expect(sc.$('.cv-heading-translation .translated-text')!.textContent).toBe('EN: My next steps are');
    // what the translator got: no date, no name
    expect(t.inputs).toContain('Ich schreibe bis zum [1] drei Bewerbungen an [2].');
    for (const input of t.inputs) expect(input).not.toMatch(/30\.04|Lindner/);
    // nothing stored but the switch
    expect(api.stored).toEqual({ [TRANSLATION_SETTING_KEY]: { enabled: true } });
  });

  it('a language pack: asked first (no plan text leaves the machine), fetched only on "Sprachpaket laden", with progress; Arabic right to left', async () => {
    const api = new FakeApi();
    on(api);
    const t = fakeTranslator();
    await sc.render(<ClientView runtime={runtime(VIEW)} translation={{ storage: api.storage, translationApi: t.api, engine: null }} />);
    await choose('ar');
    expect(t.created).toEqual([]);
    expect(sc.$('.language-pack')!.textContent).toMatch(/^Für Arabisch braucht der Browser einmal ein Sprachpaket\. Er lädt es jetzt aus dem Internet – dabei verlässt kein Text des Plans diesen Computer: Übersetzt wird danach nur hier, auf diesem Computer\./);
    expect(sc.$('.cv-text-translation')).toBeNull();
    await sc.click('Sprachpaket laden');
    for (let i = 0; i < 4; i++) await sc.flush();
    expect(t.created).toEqual(['ar']);
    const block = sc.$('.cv-text-translation')!;
    expect(block.getAttribute('dir')).toBe('rtl');
    expect(block.getAttribute('lang')).toBe('ar');
    expect(block.querySelector('.translation-notice span[lang="ar"]')!.textContent).toBe('ترجمة آلية – النص الألماني هو النص الملزم');
    expect(block.querySelector('.translation-notice span[lang="de"]')!.getAttribute('dir')).toBe('ltr');
    expect([...block.querySelectorAll('bdi.fact')].map((b) => [b.textContent, b.getAttribute('dir')])).toEqual([['30.04.2026', 'ltr'], ['Frau Lindner', 'ltr']]);
    // "Nicht laden": nothing fetched, back to German only
    await choose('fa');
    await sc.click('Nicht laden');
    expect(t.created).toEqual(['ar']);
    expect(select()!.value).toBe('');
    expect(sc.$('.translation')).toBeNull();
  });

  it('a translator that would change a fact: the point is not shown translated, and the view says why', async () => {
    const api = new FakeApi();
    on(api);
    const t = fakeTranslator(undefined, (s) => s.replace('[1]', '[1] [1]'));
    await sc.render(<ClientView runtime={runtime(VIEW)} translation={{ storage: api.storage, translationApi: t.api, engine: null }} />);
    await choose('en');
    expect(sc.$('.cv-text-translation')!.textContent).toMatch(/^Diesen Punkt übersetzt Klarplan nicht: Eine Zahl, ein Datum oder ein Name wäre dabei verändert worden/);
  });

  it('read aloud in the client\'s language only with a voice for it on this machine', async () => {
    const api = new FakeApi();
    on(api);
    const engine = new FakeEngine([ANNA, voice('Samantha', 'en-US'), voice('Google العربية', 'ar-SA', false)]);
    const deps = { storage: api.storage, translationApi: fakeTranslator().api, engine };
    await sc.render(<ClientView runtime={runtime(VIEW)} translation={deps} />);
    await choose('en');
    await sc.click('Auf Englisch vorlesen');
    expect(engine.said).toEqual([{ text: 'EN: I write bis zum 30.04.2026 drei Bewerbungen an Frau Lindner.', options: { voice: voice('Samantha', 'en-US'), rate: 1, lang: 'en-US' } }]);
    await engine.end();
    await choose('ar');
    await sc.click('Sprachpaket laden');
    for (let i = 0; i < 4; i++) await sc.flush();
    // only an online Arabic voice: shown, not spoken
    expect(sc.$('.client-voice')!.textContent).toBe('Für Arabisch gibt es auf diesem Computer keine Stimme: Die Übersetzung wird nur angezeigt, nicht vorgelesen.');
    expect(sc.button('Auf Arabisch vorlesen')).toBeUndefined();
    expect(engine.said).toHaveLength(1);
  });

  it('the print view: every point and open wording in the language, under the German text', async () => {
    const api = new FakeApi();
    on(api);
    const t = fakeTranslator();
    const summary = {
      title: 'Kooperationsplan – Punkt für Punkt vorgelesen am 20.11.2026, 10:02–10:19 Uhr', time: 'am 20.11.2026, 10:02–10:19 Uhr', legend: '…',
      counts: { unread: 0, bestätigt: 1, änderung: 0, geändert: 0, offen: 1 },
      rows: [
        { heading: 'Meine nächsten Schritte sind', number: 1, empty: false, text: 'Ich schreibe 3 Bewerbungen.', status: 'bestätigt', label: 'bestätigt', history: '„Passt so“ um 10:03' },
        { heading: 'Meine nächsten Schritte sind', number: 2, empty: false, text: 'Ich melde mich an.', status: 'offen', label: 'offen', history: '„Als offen markieren“ um 10:05', open: { by: '2026-12-04', person: 'Frau Berger', wording: 'Offen: Ich melde mich an – Klärung bis 04.12.2026 mit Frau Berger', flag: null } },
      ],
      text: '…',
    };
    await sc.render(<SummaryPrint runtime={runtime(summary)} translation={{ storage: api.storage, translationApi: t.api, engine: null }} />);
    await choose('en');
    expect(sc.$('.translation-banner')!.textContent).toBe('Maschinelle Übersetzung – verbindlich ist der deutsche Text Machine translation – the German text is binding');
    expect(sc.$$('li .translated-text').map((e) => e.textContent)).toEqual(['EN: I write 3 Bewerbungen.', 'EN: Ich melde mich an.', 'EN: Offen: Ich melde mich an – Klärung bis 04.12.2026 mit Frau Berger']);
    for (const input of t.inputs) expect(input).not.toMatch(/\d(?!\])|Berger/);
  });
});

describe('the panel\'s switch', () => {
  it('shown only where the translator offers a language; off by default; stores { enabled } only; locked by the administrator', async () => {
    const engine = new FakeEngine();
    const plan = { sections: { ziel: ['Ich möchte arbeiten.'] } };
    await sc.render(<ReadAloud plan={plan} source="example" engine={engine} api={new FakeApi()} translationApi={null} />);
    expect(sc.$('.translation-setting')).toBeNull();
    await sc.remount();
    await sc.render(<ReadAloud plan={plan} source="example" engine={engine} api={new FakeApi()} translationApi={fakeTranslator({}).api} />);
    expect(sc.$('.translation-setting')).toBeNull(); // no language: nothing
    await sc.remount();
    const api = new FakeApi();
    await sc.render(<ReadAloud plan={plan} source="example" engine={engine} api={api} translationApi={fakeTranslator().api} />);
    const box = sc.$<HTMLInputElement>('.translation-setting input[type="checkbox"]')!;
    expect(box.checked).toBe(false);
    expect(sc.$('.translation-setting')!.textContent).toMatch(/kein Text des Plans verlässt den Computer/);
    await act(async () => box.click());
    await sc.flush();
    expect(api.stored).toEqual({ [TRANSLATION_SETTING_KEY]: { enabled: true } });
    await sc.remount();
    const managed = new FakeApi();
    managed.managed = { [MANAGED_TRANSLATION_KEY]: true };
    await sc.render(<ReadAloud plan={plan} source="example" engine={engine} api={managed} translationApi={fakeTranslator().api} />);
    const locked = sc.$<HTMLInputElement>('.translation-setting input[type="checkbox"]')!;
    expect(locked.checked).toBe(true);
    expect(locked.disabled).toBe(true);
    expect(sc.$('.translation-setting')!.textContent).toMatch(/von Ihrer Verwaltung festgelegt/);
  });
});
