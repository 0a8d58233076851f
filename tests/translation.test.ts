/**
 * Translating the client view on the machine (translation/): facts never reach the translator and come back
 * unchanged — one test for every kind of fact the checker's fact guard knows (numbers, dates, times, amounts,
 * references with digits; named persons in every form language/people.ts finds; a date with a month name) — and
 * anything a translator does wrong with them (drops, repeats, rewrites, invents a number) keeps the translation
 * from being shown. Feature detection over fake APIs: missing, forbidden, without models, failing, slow; the
 * setting (off by default, the administrator wins); the download only when asked for; the Language Detector.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { keepsFacts, keepsNumbersAndNames } from '../checker/checker';
import { readManagedTranslation } from '../checker/settings';
import { findFacts, isolate, protectFacts, restoreFacts, type FactKind } from '../translation/facts';
import { CLIENT_LANGUAGES, clientLanguage, TRANSLATION_NOTICE } from '../translation/languages';
import {
  hasTranslator, offeredLanguages, openDetector, openTranslator, readTranslationChoice, translateText, translationSetting,
  type TranslationApi, type TranslatorLike,
} from '../translation/session';

/** A fake translator: every word it gets is rewritten ("Ich" → "«ich»"), placeholders are kept; every input is recorded. */
function fakeTranslator(rewrite: (s: string) => string = (s) => s.replace(/\p{L}+/gu, (w) => `«${w.toLowerCase()}»`)) {
  const inputs: string[] = [];
  const t: TranslatorLike = { translate: async (s) => (inputs.push(s), rewrite(s)) };
  return { t, inputs };
}

/** The facts of each kind the checker's fact guard knows, and how each is put back. */
const KINDS: Array<{ kind: FactKind; text: string; fact: string; restored?: string }> = [
  { kind: 'date', text: 'Ich schreibe bis zum 30.04.2026 drei Bewerbungen.', fact: '30.04.2026' },
  { kind: 'date', text: 'Ich melde mich bis 15.03. an.', fact: '15.03.' },
  { kind: 'date', text: 'Der Kurs beginnt am 3.3.26.', fact: '3.3.26' },
  { kind: 'date', text: 'Abgabe am 2026-04-30.', fact: '2026-04-30' },
  { kind: 'date', text: 'Frau Berger ruft mich am 15. April 2026 an.', fact: '15. April 2026', restored: '15.04.2026' },
  { kind: 'date', text: 'Ich gehe am 3. März zum Termin.', fact: '3. März', restored: '03.03.' },
  { kind: 'date', text: 'Bis 1 Juni bringe ich die Nachweise.', fact: '1 Juni', restored: '01.06.' },
  { kind: 'time', text: 'Der Termin ist um 10:30 Uhr.', fact: '10:30' },
  { kind: 'amount', text: 'Ich bekomme 50 Euro Fahrtkosten.', fact: '50 Euro' },
  { kind: 'amount', text: 'Die Miete beträgt 420,50 € im Monat.', fact: '420,50 €' },
  { kind: 'amount', text: 'Das Jobcenter zahlt bis zu € 260 für die Kleidung.', fact: '€ 260' },
  { kind: 'amount', text: 'Der Kurs kostet 1.200 EUR.', fact: '1.200 EUR' },
  { kind: 'amount', text: 'Ich spare 50,- € im Monat.', fact: '50,- €' },
  { kind: 'number', text: 'Ich schreibe 3 Bewerbungen pro Woche.', fact: '3' },
  { kind: 'number', text: 'Ich bewerbe mich bis KW 14.', fact: '14' },
  { kind: 'number', text: 'Ich suche 2-3 Stellen im Monat.', fact: '2-3' },
  { kind: 'number', text: 'Ich rufe unter 0561/123456 an.', fact: '0561/123456' },
  { kind: 'number', text: 'Bitte das Aktenzeichen 123/45 angeben.', fact: '123/45' },
  { kind: 'number', text: 'Die Zahlung kommt zum 1. des Monats.', fact: '1' },
  { kind: 'name', text: 'Frau Lindner schickt mir die Unterlagen.', fact: 'Frau Lindner' },
  { kind: 'name', text: 'Ich schicke Herrn Nowak den Lebenslauf.', fact: 'Herrn Nowak' },
  { kind: 'name', text: 'Herr Dr. Schäfer vom Ärztlichen Dienst lädt mich ein.', fact: 'Herr Dr. Schäfer' },
  { kind: 'name', text: 'Herr A. ruft mich an.', fact: 'Herr A.' },
  { kind: 'name', text: 'Anna Lindner berät mich.', fact: 'Anna Lindner' },
  { kind: 'name', text: 'Frau Müller-Lüdenscheidt prüft den Antrag.', fact: 'Frau Müller-Lüdenscheidt' },
  { kind: 'name', text: 'Frau Anna Lindner hilft mir.', fact: 'Frau Anna Lindner' },
];

describe('fact protection', () => {
  it.each(KINDS)('$kind: „$fact“ is kept out of the text sent and put back ($text)', async ({ kind, text, fact, restored }) => {
    const facts = findFacts(text);
    expect(facts.map((f) => [f.kind, f.text])).toContainEqual([kind, fact]);
    const { masked } = protectFacts(text);
    expect(masked.replace(/\[\d+\]/g, '')).not.toContain(fact);
    const { t, inputs } = fakeTranslator();
    const out = await translateText(t, text, 'en');
    expect(inputs).toEqual([masked]);
    // nothing of the fact reached the translator: no digit, no name
    expect(inputs[0]).not.toMatch(/\d(?!\])/);
    if (kind === 'name') for (const part of fact.split(/\s+/)) expect(inputs[0]).not.toContain(part);
    expect(out.kind).toBe('translated');
    if (out.kind !== 'translated') return;
    expect(out.segments).toContainEqual({ kind: 'fact', fact: kind, text: restored ?? fact });
    expect(out.plain).toContain(restored ?? fact);
    // the checker's own fact guard agrees: every number and name survived
    expect(keepsFacts(text, out.plain)).toBe(true);
  });

  it('several facts in one point, in any order the translator puts them', async () => {
    const text = 'Frau Lindner schickt mir bis zum 30.04.2026 zwei Angebote über 50 Euro, Termin um 10:30 Uhr.';
    const { masked, facts } = protectFacts(text);
    expect(masked).toBe('[1] schickt mir bis zum [2] zwei Angebote über [3], Termin um [4] Uhr.');
    expect(facts.map((f) => f.kind)).toEqual(['name', 'date', 'amount', 'time']);
    const reversed = restoreFacts(text, '[4] [3] [2] [1] — translated', facts);
    expect(reversed.ok && reversed.plain).toBe('10:30 50 Euro 30.04.2026 Frau Lindner — translated');
  });

  it('whatever the translator does to the words, the facts come back unchanged (property)', async () => {
    const fact = fc.constantFrom(...KINDS.map((k) => k.fact).filter((f) => !/[A-Za-zäöüß]{3,} [A-Z]/.test(f) || /^(Frau|Herr)/.test(f)));
    const word = fc.constantFrom('ich', 'gehe', 'zum', 'Termin', 'und', 'schreibe', 'Bewerbungen', 'mit', 'bis', 'Unterlagen', 'an', 'für', 'Fahrschule', 'Jobcenter', 'AGH', 'Weber');
    const rewrite = fc.constantFrom<(s: string) => string>(
      (s) => s.toUpperCase(),
      (s) => s.split(' ').reverse().join(' '),
      (s) => s.replace(/\p{L}+/gu, (w) => [...w].reverse().join('')),
      // every word into another script, as an Arabic translation does ("Ich", "Fahrschule", "Jobcenter" too)
      (s) => s.replace(/\p{L}+/gu, 'كلمة'),
      (s) => s.replace(/\[(\d+)\]/g, (_m, d: string) => `[ ${[...d].map((c) => String.fromCharCode(0x660 + Number(c))).join('')} ]`), // Arabic-Indic digits
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fact, word), { minLength: 1, maxLength: 12 }), rewrite, async (parts, r) => {
        const text = `${parts.join(' ')}.`;
        const { t, inputs } = fakeTranslator(r);
        const out = await translateText(t, text, 'ar');
        expect(inputs.join('')).not.toMatch(/\d(?![\d\s]*\])/);
        // these translators keep every placeholder: the translation is shown, with every fact
        expect(out.kind).toBe('translated');
        if (out.kind !== 'translated') return;
        expect(keepsNumbersAndNames(text, out.plain)).toBe(true);
        for (const f of findFacts(text)) expect(out.plain).toContain(f.restored);
      }),
      { numRuns: 300 },
    );
  });

  it('a translation that changes every word (institutions, "ich") is shown; only numbers and names must stay', async () => {
    const text = 'Ich melde mich bei der Fahrschule Weber in Kassel bis zum 04.12.2026 an und rufe Frau Lindner vom Jobcenter an.';
    const { t } = fakeTranslator((s) => s.replace(/\p{L}+/gu, 'كلمة'));
    const out = await translateText(t, text, 'ar');
    expect(out.kind).toBe('translated');
    if (out.kind !== 'translated') return;
    expect(out.segments.filter((s) => s.kind === 'fact').map((s) => s.text)).toEqual(['04.12.2026', 'Frau Lindner']);
    // the German rewrite guard would refuse it (no "Fahrschule", no "Jobcenter", no "ich"): it is not the one used here
    expect(keepsFacts(text, out.plain)).toBe(false);
  });

  it('a translator that drops, repeats or invents: not shown ("unsafe")', async () => {
    const text = 'Ich schreibe bis zum 30.04.2026 drei Bewerbungen an Frau Lindner.';
    const drop = fakeTranslator((s) => s.replace('[1]', ''));
    expect((await translateText(drop.t, text, 'en')).kind).toBe('unsafe');
    const repeat = fakeTranslator((s) => `${s} [2]`);
    expect((await translateText(repeat.t, text, 'en')).kind).toBe('unsafe');
    const invent = fakeTranslator((s) => s.replace('drei', '4'));
    expect((await translateText(invent.t, text, 'en')).kind).toBe('unsafe');
    const stray = fakeTranslator((s) => `${s} [7]`);
    expect((await translateText(stray.t, text, 'en')).kind).toBe('unsafe');
    const arabicDigit = fakeTranslator((s) => s.replace('drei', '٣'));
    expect((await translateText(arabicDigit.t, text, 'ar')).kind).toBe('unsafe');
    const broken: TranslatorLike = { translate: () => Promise.reject(new Error('model crashed')) };
    expect((await translateText(broken, text, 'en')).kind).toBe('failed');
  });

  it('facts only: nothing is sent; an isolate keeps left-to-right facts whole in right-to-left text', async () => {
    const { t, inputs } = fakeTranslator();
    expect(await translateText(t, '30.04.2026', 'ar')).toMatchObject({ kind: 'translated', plain: '30.04.2026' });
    expect(inputs).toEqual([]);
    expect(isolate('30.04.2026')).toBe('\u206830.04.2026\u2069');
  });
});

describe('languages', () => {
  it('every language has its German name, its own name, its direction and the notice in its own words', () => {
    expect(TRANSLATION_NOTICE).toBe('Maschinelle Übersetzung – verbindlich ist der deutsche Text');
    for (const code of ['ar', 'en', 'fa', 'fr', 'pl', 'ro', 'ru', 'tr', 'uk']) expect(clientLanguage(code), code).toBeDefined();
    expect(new Set(CLIENT_LANGUAGES.map((l) => l.code)).size).toBe(CLIENT_LANGUAGES.length);
    for (const l of CLIENT_LANGUAGES) {
      expect(l.notice).not.toBe(TRANSLATION_NOTICE);
      expect(l.notice).toContain('–');
    }
    expect(CLIENT_LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa']);
  });
});

// ───────────────────────────── feature detection ─────────────────────────────

/** A fake Translator API: availability per target language; create records its calls and reports progress. */
function fakeApi(avail: Record<string, string>, opts: { throwOn?: string; hang?: string } = {}) {
  const created: string[] = [];
  const api: TranslationApi = {
    Translator: {
      availability: async ({ sourceLanguage, targetLanguage }) => {
        expect(sourceLanguage).toBe('de');
        if (targetLanguage === opts.throwOn) throw new Error('NotAllowedError');
        if (targetLanguage === opts.hang) return new Promise(() => undefined);
        return avail[targetLanguage] ?? 'unavailable';
      },
      create: async ({ targetLanguage, monitor }) => {
        created.push(targetLanguage);
        const listeners: Array<(e: { loaded: number }) => void> = [];
        monitor?.({ addEventListener: (_t, fn) => void listeners.push(fn) });
        for (const loaded of [0, 0.5, 1]) listeners.forEach((l) => l({ loaded }));
        return { translate: async (s: string) => s };
      },
    },
  };
  return { api, created };
}

describe('feature detection', () => {
  it('no API (Firefox, Chromium without it): nothing offered', async () => {
    expect(hasTranslator(undefined)).toBe(false);
    expect(hasTranslator({})).toBe(false);
    expect(hasTranslator({ Translator: {} as never })).toBe(false);
    expect(await offeredLanguages({})).toEqual([]);
    expect(await offeredLanguages(null)).toEqual([]);
  });
  it('an API without models, or one an administrator forbids (every pair unavailable, or refused): nothing offered', async () => {
    expect(await offeredLanguages(fakeApi({}).api)).toEqual([]);
    const forbidding: TranslationApi = { Translator: { availability: () => Promise.reject(new DOMException('blocked', 'NotAllowedError')), create: () => Promise.reject(new Error('no')) } };
    expect(await offeredLanguages(forbidding)).toEqual([]);
    const throwing: TranslationApi = { Translator: { availability: () => { throw new Error('sync'); }, create: () => Promise.reject(new Error('no')) } };
    expect(await offeredLanguages(throwing)).toEqual([]);
  });
  it('what the API offers, in the list\'s order, with what each needs; an odd answer or a slow one counts as unavailable', async () => {
    vi.useFakeTimers();
    try {
      const { api } = fakeApi({ ar: 'downloadable', en: 'available', uk: 'downloading', tr: 'maybe', ru: 'readily' }, { throwOn: 'pl', hang: 'fr' });
      const p = offeredLanguages(api, CLIENT_LANGUAGES, 3000);
      await vi.advanceTimersByTimeAsync(3000);
      expect((await p).map((l) => [l.code, l.availability])).toEqual([['ar', 'downloadable'], ['en', 'available'], ['uk', 'downloading']]);
    } finally {
      vi.useRealTimers();
    }
  });
  it('the download starts only with openTranslator (after the case worker agreed), and reports its progress', async () => {
    const { api, created } = fakeApi({ ar: 'downloadable' });
    await offeredLanguages(api);
    expect(created).toEqual([]);
    const progress: number[] = [];
    await openTranslator(api as Required<TranslationApi>, 'ar', (p) => progress.push(p));
    expect(created).toEqual(['ar']);
    expect(progress).toEqual([0, 0.5, 1]);
  });
  it('the Language Detector: used when ready, never downloaded; a text already in the client\'s language is shown as it is', async () => {
    expect(await openDetector({})).toBeNull();
    const downloads = vi.fn();
    expect(await openDetector({ LanguageDetector: { availability: async () => 'downloadable', create: async () => (downloads(), { detect: async () => [] }) } })).toBeNull();
    expect(downloads).not.toHaveBeenCalled();
    const detector = await openDetector({ LanguageDetector: { availability: async () => 'available', create: async () => ({ detect: async (s: string) => (/the/.test(s) ? [{ detectedLanguage: 'en', confidence: 0.97 }] : [{ detectedLanguage: 'de', confidence: 0.99 }]) }) } });
    const { t, inputs } = fakeTranslator();
    expect(await translateText(t, 'I bring the papers on 30.04.2026.', 'en', detector)).toEqual({ kind: 'same' });
    expect(await translateText(t, 'Ich bringe die Unterlagen mit.', 'en', detector)).toMatchObject({ kind: 'translated' });
    expect(inputs).toEqual(['Ich bringe die Unterlagen mit.']);
  });
});

describe('the setting', () => {
  it('off by default; the case worker turns it on; the administrator forces it off or on', () => {
    expect(translationSetting(null, null)).toEqual({ enabled: false, locked: false });
    expect(translationSetting(true, null)).toEqual({ enabled: true, locked: false });
    expect(translationSetting(true, false)).toEqual({ enabled: false, locked: true });
    expect(translationSetting(null, true)).toEqual({ enabled: true, locked: true });
    expect(readTranslationChoice({ enabled: true })).toBe(true);
    expect(readTranslationChoice({ enabled: 'yes' })).toBeNull();
    expect(readTranslationChoice(undefined)).toBeNull();
    expect(readManagedTranslation(false)).toBe(false);
    expect(readManagedTranslation(true)).toBe(true);
    expect(readManagedTranslation('false')).toBeNull();
    expect(readManagedTranslation(undefined)).toBeNull();
  });
});
