/**
 * The client's languages Klarplan can offer: the languages of many job-centre clients (IAB report 2/2026: meetings
 * with an interpreter or a family member translating), each with its German name, its own name, its writing
 * direction and the notice "Maschinelle Übersetzung – verbindlich ist der deutsche Text" in that language (written
 * by hand, not machine-translated). Which of them is offered is up to the browser's on-device translator
 * (translation/session.ts asks it for each pair German → language). Pure.
 */

export interface ClientLanguage {
  /** BCP 47, as the Translator API takes it. */
  code: string;
  /** German name, for the case worker. */
  name: string;
  /** Its own name, for the client. */
  native: string;
  dir: 'ltr' | 'rtl';
  /** "Maschinelle Übersetzung – verbindlich ist der deutsche Text" in this language. */
  notice: string;
}

export const SOURCE_LANGUAGE = 'de';
export const TRANSLATION_NOTICE = 'Maschinelle Übersetzung – verbindlich ist der deutsche Text';

export const CLIENT_LANGUAGES: readonly ClientLanguage[] = [
  { code: 'sq', name: 'Albanisch', native: 'Shqip', dir: 'ltr', notice: 'Përkthim automatik – i detyrueshëm është teksti gjermanisht' },
  { code: 'ar', name: 'Arabisch', native: 'العربية', dir: 'rtl', notice: 'ترجمة آلية – النص الألماني هو النص الملزم' },
  { code: 'bg', name: 'Bulgarisch', native: 'Български', dir: 'ltr', notice: 'Машинен превод – меродавен е немският текст' },
  { code: 'zh', name: 'Chinesisch', native: '中文', dir: 'ltr', notice: '机器翻译 – 以德文文本为准' },
  { code: 'en', name: 'Englisch', native: 'English', dir: 'ltr', notice: 'Machine translation – the German text is binding' },
  { code: 'fa', name: 'Farsi/Dari', native: 'فارسی / دری', dir: 'rtl', notice: 'ترجمهٔ ماشینی – متن آلمانی معتبر است' },
  { code: 'fr', name: 'Französisch', native: 'Français', dir: 'ltr', notice: 'Traduction automatique – seul le texte allemand fait foi' },
  { code: 'el', name: 'Griechisch', native: 'Ελληνικά', dir: 'ltr', notice: 'Αυτόματη μετάφραση – δεσμευτικό είναι το γερμανικό κείμενο' },
  { code: 'it', name: 'Italienisch', native: 'Italiano', dir: 'ltr', notice: 'Traduzione automatica – fa fede il testo tedesco' },
  { code: 'hr', name: 'Kroatisch', native: 'Hrvatski', dir: 'ltr', notice: 'Strojni prijevod – mjerodavan je njemački tekst' },
  { code: 'nl', name: 'Niederländisch', native: 'Nederlands', dir: 'ltr', notice: 'Machinevertaling – de Duitse tekst is bindend' },
  { code: 'pl', name: 'Polnisch', native: 'Polski', dir: 'ltr', notice: 'Tłumaczenie maszynowe – wiążący jest tekst niemiecki' },
  { code: 'pt', name: 'Portugiesisch', native: 'Português', dir: 'ltr', notice: 'Tradução automática – vale o texto alemão' },
  { code: 'ro', name: 'Rumänisch', native: 'Română', dir: 'ltr', notice: 'Traducere automată – textul german este cel valabil' },
  { code: 'ru', name: 'Russisch', native: 'Русский', dir: 'ltr', notice: 'Машинный перевод – обязательным является немецкий текст' },
  { code: 'sk', name: 'Slowakisch', native: 'Slovenčina', dir: 'ltr', notice: 'Strojový preklad – záväzný je nemecký text' },
  { code: 'es', name: 'Spanisch', native: 'Español', dir: 'ltr', notice: 'Traducción automática – el texto alemán es el vinculante' },
  { code: 'cs', name: 'Tschechisch', native: 'Čeština', dir: 'ltr', notice: 'Strojový překlad – závazný je německý text' },
  { code: 'tr', name: 'Türkisch', native: 'Türkçe', dir: 'ltr', notice: 'Makine çevirisi – bağlayıcı olan Almanca metindir' },
  { code: 'uk', name: 'Ukrainisch', native: 'Українська', dir: 'ltr', notice: 'Машинний переклад – обов’язковим є німецький текст' },
  { code: 'hu', name: 'Ungarisch', native: 'Magyar', dir: 'ltr', notice: 'Gépi fordítás – a német szöveg az irányadó' },
  { code: 'vi', name: 'Vietnamesisch', native: 'Tiếng Việt', dir: 'ltr', notice: 'Bản dịch máy – văn bản tiếng Đức là văn bản có giá trị' },
];

export function clientLanguage(code: string): ClientLanguage | undefined {
  return CLIENT_LANGUAGES.find((l) => l.code === code);
}
