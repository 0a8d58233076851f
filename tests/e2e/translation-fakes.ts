/**
 * Test doubles for the browser's on-device translator, installed into Klarplan's extension pages before their
 * scripts run (Playwright init scripts): Debian's Chromium has the `Translator` API but no language models (every
 * pair "downloadable", and this machine has no internet to fetch them), so the E2E tests replace it.
 *
 * - FAKE_TRANSLATOR: German → English available, → Arabic and → Farsi downloadable (create() fails without a user
 *   activation, as the real API does, then reports download progress in steps of 400 ms), everything else
 *   unavailable; English output "[EN] …", Arabic output in Arabic script around the placeholders. Everything it was
 *   asked is recorded in `window.__fakeTranslator`, so a test can prove no fact was sent.
 * - NO_TRANSLATOR: a browser without the API.
 * - FORBIDDING_TRANSLATOR: an API whose administrator forbids it (availability refused).
 * Plain functions: they run in the page, not in Node.
 */

export interface FakeTranslatorLog {
  availability: string[];
  created: string[];
  refused: string[];
  inputs: string[];
}

export function FAKE_TRANSLATOR(): void {
  if (location.protocol !== 'chrome-extension:') return;
  const avail: Record<string, string> = { en: 'available', ar: 'downloadable', fa: 'downloadable' };
  const log = { availability: [] as string[], created: [] as string[], refused: [] as string[], inputs: [] as string[] };
  const out: Record<string, (s: string) => string> = {
    en: (s) => `[EN] ${s}`,
    ar: (s) => `ترجمة: ${s.replace(/\p{L}+/gu, 'كلمة')}`,
    fa: (s) => `ترجمه: ${s.replace(/\p{L}+/gu, 'واژه')}`,
  };
  class FakeTranslator {
    constructor(readonly sourceLanguage: string, readonly targetLanguage: string) {}
    static async availability(o: { sourceLanguage: string; targetLanguage: string }): Promise<string> {
      log.availability.push(o.targetLanguage);
      return o.sourceLanguage === 'de' ? (avail[o.targetLanguage] ?? 'unavailable') : 'unavailable';
    }
    static async create(o: { sourceLanguage: string; targetLanguage: string; monitor?: (m: EventTarget) => void }): Promise<FakeTranslator> {
      const needsDownload = avail[o.targetLanguage] === 'downloadable';
      if (needsDownload && !(navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive) {
        log.refused.push(o.targetLanguage);
        throw new DOMException('Requires a user gesture when availability is "downloadable".', 'NotAllowedError');
      }
      if (!avail[o.targetLanguage] || avail[o.targetLanguage] === 'unavailable') throw new DOMException('Unable to create translator', 'NotSupportedError');
      log.created.push(o.targetLanguage);
      const monitor = new EventTarget();
      o.monitor?.(monitor);
      if (needsDownload) {
        for (const loaded of [0, 0.5, 1]) {
          monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
          await new Promise((r) => setTimeout(r, 400));
        }
        avail[o.targetLanguage] = 'available';
      }
      return new FakeTranslator(o.sourceLanguage, o.targetLanguage);
    }
    async translate(input: string): Promise<string> {
      log.inputs.push(input);
      return out[this.targetLanguage]!(input);
    }
    destroy(): void {}
  }
  Object.defineProperty(window, 'Translator', { value: FakeTranslator, configurable: true, writable: true });
  (window as unknown as { __fakeTranslator: typeof log }).__fakeTranslator = log;
}

export function NO_TRANSLATOR(): void {
  if (location.protocol !== 'chrome-extension:') return;
  for (const name of ['Translator', 'LanguageDetector']) Object.defineProperty(window, name, { value: undefined, configurable: true, writable: true });
}

export function FORBIDDING_TRANSLATOR(): void {
  if (location.protocol !== 'chrome-extension:') return;
  const forbidden = () => Promise.reject(new DOMException('The Translator API is disabled by an administrator.', 'NotAllowedError'));
  Object.defineProperty(window, 'Translator', { value: { availability: forbidden, create: forbidden }, configurable: true, writable: true });
}
