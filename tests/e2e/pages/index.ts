/**
 * The E2E fixture pages: forms shaped like case-management plan screens, one per field kind and editor,
 * and what a correct content script should make of each field (its section, its label, its entries).
 *
 * Pure data (type-only imports): Node-side tests import it, and the pages' own scripts import it to fill
 * their fields, so the text a page shows and the text a test expects come from one place.
 *
 * Field ids in the pages are neutral (`#kp-f1` …): only what a person sees (labels, legends, headings,
 * column headers, placeholders, the row's owner) tells which heading a field belongs to.
 */
import type { FieldKind } from '../../../fields/types';
import type { SectionKey } from '../../../core/plan';

export type { FieldKind, SectionKey };

/** How the visible text that names a field's section is attached to it in the page. */
export type LabelSource =
  | 'label-for' // <label for="id">
  | 'wrapping-label' // <label>Text <input></label>
  | 'aria-label'
  | 'aria-labelledby'
  | 'legend' // <fieldset><legend>
  | 'heading' // the nearest heading before the field, nothing else
  | 'placeholder' // only a placeholder (the field starts empty, so it is visible)
  | 'row-owner' // a step row: the row's "Verantwortlich" select decides the section
  | 'none'; // not part of the plan (contact form, customer number …)

export type StepOwner = 'Kundin' | 'Jobcenter' | 'Dritte';

/** One point of the plan as a correct content script reads it from the field. */
export interface FixtureEntry {
  text: string;
  /** A step row's "bis wann" date (YYYY-MM-DD). */
  due?: string;
}

export interface FixtureField {
  /** Key of the field in the page's fixture API (`window.klarplanFixture.values()`), unique per page. */
  key: string;
  kind: FieldKind;
  /**
   * CSS selector of the field's editable root (the element a content script reads and writes), inside the
   * document given by `frame` or the shadow root given by `shadowHost`, else in the page's document.
   * For TinyMCE this is the body of the editor's own iframe (`frame` is that iframe).
   */
  selector: string;
  /** Selector (in the top document) of the same-origin iframe that holds the field. */
  frame?: string;
  /** Selector (in the top document) of the element whose open shadow root holds the field. */
  shadowHost?: string;
  /** The heading the field belongs to; null for fields that are not part of the plan. */
  section: SectionKey | null;
  /** The visible (or accessible) text that names the field, exactly as the page shows it. */
  label: string;
  labelSource: LabelSource;
  /** The text the field starts with; points one per line (rich editors: one paragraph per point). */
  text: string;
  /** The plan entries a correct content script reads from the field ([] for empty and non-plan fields). */
  entries: FixtureEntry[];
  /** Step rows only: the row's owner select and "bis wann" date input. */
  row?: { owner: StepOwner; ownerSelector: string; dueSelector: string };
}

export type FixturePageName =
  | 'textarea'
  | 'input'
  | 'contenteditable'
  | 'ckeditor5'
  | 'tinymce'
  | 'quill'
  | 'react'
  | 'iframe'
  | 'shadow'
  | 'step-rows'
  | 'contact';

export interface FixturePage {
  name: FixturePageName;
  /** Path on the test server, e.g. `/textarea.html`. */
  path: string;
  /** The page's <title>. */
  title: string;
  description: string;
  /** The kinds of field the page holds. */
  kinds: FieldKind[];
  /** False for pages that hold no plan (no plan warnings may appear there). */
  hasPlan: boolean;
  /** The editor's editable root, present once the page's real editor has started (checked by the E2E run). */
  editorRoot: { selector: string; frame?: string; count: number };
  /** Every text field of the page, plan or not, in page order. */
  fields: FixtureField[];
}

/** The date a plan on these pages was made (shown in the page header). */
export const FIXTURE_PLAN_DATE = '2026-11-20';

/** The plan the fixture pages hold: a typical weak plan (made up, no real person). */
export const FIXTURE_PLAN = {
  ziel: ['Ich möchte wieder als Verkäuferin im Einzelhandel arbeiten, in Teilzeit mit 25 Stunden pro Woche.'],
  zwischenziel: ['Die Kundin verbessert ihre Deutschkenntnisse auf das Niveau B1.'],
  schritte: [
    'Ich bewerbe mich jeden Monat auf mindestens vier Stellen im Verkauf.',
    'Die Kundin legt die Teilnahmebescheinigung des Deutschkurses bis zum 15.01.2027 vor.',
  ],
  jobcenter: [
    'Das Jobcenter unterstützt mich bei der Stellensuche.',
    'Die Übernahme der Fahrkosten zum Deutschkurs wird zeitnah geprüft.',
  ],
  dritte: ['Die Beratungsstelle hilft bei Bedarf.'],
  sonstiges: ['Die Kinderbetreuung am Nachmittag ist noch nicht geklärt.'],
} as const satisfies Record<SectionKey, readonly string[]>;

export const SECTIONS: readonly SectionKey[] = ['ziel', 'zwischenziel', 'schritte', 'jobcenter', 'dritte', 'sonstiges'];

/** Splits a field's text into its points: one per line, bullets and blank lines dropped. */
export function toPoints(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-–•*]|\d{1,2}[.)])\s+/, '').trim())
    .filter((line) => line.length > 0);
}

const entriesOf = (points: readonly string[]): FixtureEntry[] => points.map((text) => ({ text }));

/**
 * Six plan fields, one per heading, holding the whole fixture plan (several points per field, one per line).
 * `select(i)` gives field i's selector (i = 1…6), `extra` adds frame/shadow host.
 */
function sixFields(
  kind: FieldKind,
  labels: Record<SectionKey, string>,
  labelSource: LabelSource | Partial<Record<SectionKey, LabelSource>>,
  select: (i: number) => string,
  extra: Partial<Pick<FixtureField, 'frame' | 'shadowHost'>> = {},
  bullets: Partial<Record<SectionKey, string>> = {},
): FixtureField[] {
  return SECTIONS.map((section, index) => {
    const points = FIXTURE_PLAN[section];
    const bullet = bullets[section] ?? '';
    const source = typeof labelSource === 'string' ? labelSource : (labelSource[section] ?? 'label-for');
    return {
      key: section,
      kind,
      selector: select(index + 1),
      ...extra,
      section,
      label: labels[section],
      labelSource: source,
      text: points.map((p) => bullet + p).join('\n'),
      entries: entriesOf(points),
    };
  });
}

/** The BA flyer's headings (seed 004). */
export const FLYER_LABELS: Record<SectionKey, string> = {
  ziel: 'Mein Ziel ist',
  zwischenziel: 'Zunächst möchte ich Folgendes erreichen',
  schritte: 'Meine nächsten Schritte sind',
  jobcenter: 'Mein Jobcenter unterstützt mich durch',
  dritte: 'Zusätzlich unterstützt mich',
  sonstiges: 'Was sonst noch wichtig ist',
};

const nonPlan = (key: string, kind: FieldKind, selector: string, label: string, text: string): FixtureField => ({
  key,
  kind,
  selector,
  section: null,
  label,
  labelSource: 'label-for',
  text,
  entries: [],
});

const CUSTOMER_NUMBER = nonPlan('kundennummer', 'input', '#kp-kundennummer', 'Kundennummer', '123D456789');

export const FIXTURE_PAGES: readonly FixturePage[] = [
  {
    name: 'textarea',
    path: '/textarea.html',
    title: 'Kooperationsplan – Textfelder',
    description: 'Six plain textareas under the flyer headings, each named by <label for>; a customer number input.',
    kinds: ['textarea', 'input'],
    hasPlan: true,
    editorRoot: { selector: 'textarea', count: 6 },
    fields: [
      CUSTOMER_NUMBER,
      ...sixFields('textarea', FLYER_LABELS, 'label-for', (i) => `#kp-f${i}`, {}, { jobcenter: '- ' }),
    ],
  },
  {
    name: 'input',
    path: '/input.html',
    title: 'Kooperationsplan – Eingabezeilen',
    description:
      'Six one-line text inputs: four inside a wrapping <label>, two empty with only a placeholder.',
    kinds: ['input'],
    hasPlan: true,
    editorRoot: { selector: 'input[type="text"]', count: 6 },
    fields: SECTIONS.map((section, index): FixtureField => {
      const labels: Record<SectionKey, string> = {
        ziel: 'Ziel',
        zwischenziel: 'Zwischenziel',
        schritte: 'Schritte der Kundin',
        jobcenter: 'Unterstützung durch das Jobcenter',
        dritte: 'Unterstützung durch Dritte',
        sonstiges: 'Sonstiges',
      };
      const empty = section === 'dritte' || section === 'sonstiges';
      const first = FIXTURE_PLAN[section][0];
      return {
        key: section,
        kind: 'input',
        selector: `#kp-f${index + 1}`,
        section,
        label: labels[section],
        labelSource: empty ? 'placeholder' : 'wrapping-label',
        text: empty ? '' : first,
        entries: empty ? [] : [{ text: first }],
      };
    }),
  },
  {
    name: 'contenteditable',
    path: '/contenteditable.html',
    title: 'Kooperationsplan – Bearbeitbare Bereiche',
    description:
      'Six contenteditable divs (role=textbox, one <p> per point): four named by aria-labelledby (an <h3>), two by aria-label.',
    kinds: ['contenteditable'],
    hasPlan: true,
    editorRoot: { selector: '[contenteditable="true"]', count: 6 },
    fields: sixFields(
      'contenteditable',
      {
        ziel: 'Mein Ziel',
        zwischenziel: 'Zunächst möchte ich Folgendes erreichen:',
        schritte: 'Meine nächsten Schritte',
        jobcenter: 'Leistungen des Jobcenters',
        dritte: 'Zusätzlich unterstützt mich:',
        sonstiges: 'Weitere wichtige Aspekte',
      },
      {
        ziel: 'aria-labelledby',
        zwischenziel: 'aria-labelledby',
        schritte: 'aria-labelledby',
        jobcenter: 'aria-labelledby',
        dritte: 'aria-label',
        sonstiges: 'aria-label',
      },
      (i) => `#kp-f${i}`,
    ),
  },
  {
    name: 'ckeditor5',
    path: '/ckeditor5.html',
    title: 'Kooperationsplan – CKEditor 5',
    description: 'Six CKEditor 5 ClassicEditors, each only under a heading (<h2>) in its own <section>.',
    kinds: ['ckeditor5'],
    hasPlan: true,
    editorRoot: { selector: '.ck-editor__editable', count: 6 },
    fields: sixFields(
      'ckeditor5',
      {
        ziel: 'Mein Ziel ist:',
        zwischenziel: 'Zunächst möchte ich Folgendes erreichen:',
        schritte: 'Meine nächsten Schritte sind:',
        jobcenter: 'Mein Jobcenter unterstützt mich durch:',
        dritte: 'Zusätzlich unterstützt mich:',
        sonstiges: 'Was sonst noch wichtig ist:',
      },
      'heading',
      (i) => `#abschnitt-${i} .ck-editor__editable`,
    ),
  },
  {
    name: 'tinymce',
    path: '/tinymce.html',
    title: 'Kooperationsplan – TinyMCE',
    description:
      'Six TinyMCE editors (iframe mode) on textareas named by <label for>; the editable root is the body of each editor iframe.',
    kinds: ['tinymce'],
    hasPlan: true,
    editorRoot: { selector: '#tinymce', frame: 'iframe.tox-edit-area__iframe', count: 6 },
    fields: SECTIONS.map((section, index): FixtureField => {
      const labels: Record<SectionKey, string> = {
        ziel: 'Ziel:',
        zwischenziel: 'Zwischenziel:',
        schritte: 'Schritte der Kundin / des Kunden:',
        jobcenter: 'Unterstützung durch das Jobcenter:',
        dritte: 'Unterstützung durch Dritte:',
        sonstiges: 'Sonstiges:',
      };
      const points = FIXTURE_PLAN[section];
      return {
        key: section,
        kind: 'tinymce',
        selector: 'body#tinymce',
        frame: `#kp-f${index + 1}_ifr`,
        section,
        label: labels[section],
        labelSource: 'label-for',
        text: points.join('\n'),
        entries: entriesOf(points),
      };
    }),
  },
  {
    name: 'quill',
    path: '/quill.html',
    title: 'Kooperationsplan – Quill',
    description: 'Six Quill editors (snow theme), each in a <fieldset> named by its <legend>.',
    kinds: ['quill'],
    hasPlan: true,
    editorRoot: { selector: '.ql-editor', count: 6 },
    fields: sixFields(
      'quill',
      {
        ziel: 'MEIN ZIEL IST',
        zwischenziel: 'Zunächst möchte ich Folgendes erreichen',
        schritte: 'Meine nächsten Schritte sind',
        jobcenter: 'Mein Jobcenter unterstützt mich durch',
        dritte: 'Zusätzlich unterstützt mich',
        sonstiges: 'Was sonst noch wichtig ist',
      },
      'legend',
      (i) => `#kp-f${i} .ql-editor`,
    ),
  },
  {
    name: 'react',
    path: '/react.html',
    title: 'Kooperationsplan – React',
    description:
      'A React app with six controlled textareas (<label htmlFor>); its fixture actions re-render the fields (`remount`) and remove/add the last one (`toggleSonstiges`).',
    kinds: ['textarea'],
    hasPlan: true,
    editorRoot: { selector: 'textarea', count: 6 },
    fields: sixFields(
      'textarea',
      {
        ziel: 'Mein Ziel ist …',
        zwischenziel: 'Zunächst möchte ich Folgendes erreichen …',
        schritte: 'Meine nächsten Schritte sind …',
        jobcenter: 'Mein Jobcenter unterstützt mich durch …',
        dritte: 'Zusätzlich unterstützt mich …',
        sonstiges: 'Was sonst noch wichtig ist …',
      },
      'label-for',
      (i) => `#kp-f${i}`,
    ),
  },
  {
    name: 'iframe',
    path: '/iframe.html',
    title: 'Fallakte – Kooperationsplan (eingebettet)',
    description:
      'A case file page whose plan form sits in a same-origin <iframe id="plan-frame"> (/iframe-inner.html): six textareas named by <label for> with the variants software uses.',
    kinds: ['textarea', 'input'],
    hasPlan: true,
    editorRoot: { selector: 'textarea', frame: '#plan-frame', count: 6 },
    fields: [
      nonPlan('suche', 'input', '#kp-suche', 'Suche in der Fallakte', ''),
      ...sixFields(
        'textarea',
        {
          ziel: 'Vermittlungsziel',
          zwischenziel: 'Teilziel',
          schritte: 'Eigenbemühungen',
          jobcenter: 'Angebote des Jobcenters',
          dritte: 'Netzwerkpartner',
          sonstiges: 'Bemerkungen',
        },
        'label-for',
        (i) => `#kp-f${i}`,
        { frame: '#plan-frame' },
      ),
    ],
  },
  {
    name: 'shadow',
    path: '/shadow.html',
    title: 'Kooperationsplan – Web Component',
    description:
      'A custom element <kp-plan-editor> with an open shadow root: five textareas named by <label for> inside the shadow root, and a contenteditable named by aria-label.',
    kinds: ['textarea', 'contenteditable'],
    hasPlan: true,
    editorRoot: { selector: 'textarea', count: 5 },
    fields: SECTIONS.map((section, index): FixtureField => {
      const points = FIXTURE_PLAN[section];
      const editable = section === 'sonstiges';
      return {
        key: section,
        kind: editable ? 'contenteditable' : 'textarea',
        selector: `#kp-f${index + 1}`,
        shadowHost: 'kp-plan-editor',
        section,
        label: FLYER_LABELS[section],
        labelSource: editable ? 'aria-label' : 'label-for',
        text: points.join('\n'),
        entries: entriesOf(points),
      };
    }),
  },
  {
    name: 'step-rows',
    path: '/step-rows.html',
    title: 'Kooperationsplan – Schritte als Tabelle',
    description:
      'Goal fields (<label for>), then a table of step rows (text input, "Verantwortlich" select Kundin/Jobcenter/Dritte, "Bis wann" date input), then Sonstiges. The row owner decides the section; the date is the entry\'s due. "Schritt hinzufügen" (action `addRow`) appends an empty Kundin row (key `schritt-6`, …).',
    kinds: ['textarea', 'input'],
    hasPlan: true,
    editorRoot: { selector: 'table input[type="text"]', count: 5 },
    fields: [
      nonPlan('aktenzeichen', 'input', '#kp-aktenzeichen', 'Aktenzeichen', '2026-4711-KP'),
      {
        key: 'ziel',
        kind: 'textarea',
        selector: '#kp-ziel',
        section: 'ziel',
        label: 'Ziel',
        labelSource: 'label-for',
        text: FIXTURE_PLAN.ziel[0],
        entries: [{ text: FIXTURE_PLAN.ziel[0] }],
      },
      {
        key: 'zwischenziel',
        kind: 'textarea',
        selector: '#kp-zwischenziel',
        section: 'zwischenziel',
        label: 'Zwischenziel',
        labelSource: 'label-for',
        text: FIXTURE_PLAN.zwischenziel[0],
        entries: [{ text: FIXTURE_PLAN.zwischenziel[0] }],
      },
      ...(
        [
          ['Kundin', 'Ich bewerbe mich jeden Monat auf mindestens vier Stellen im Verkauf.', '2027-01-31'],
          ['Kundin', 'Ich melde mich beim Deutschkurs der Volkshochschule an.', '2026-12-15'],
          ['Jobcenter', 'Das Jobcenter unterstützt mich bei der Stellensuche.', ''],
          ['Jobcenter', 'Frau Schneider prüft die Übernahme der Fahrkosten zum Deutschkurs.', '2026-12-10'],
          ['Dritte', 'Die Beratungsstelle hilft bei Bedarf.', ''],
        ] as const
      ).map(([owner, text, due], index): FixtureField => {
        const n = index + 1;
        const section: SectionKey = owner === 'Kundin' ? 'schritte' : owner === 'Jobcenter' ? 'jobcenter' : 'dritte';
        return {
          key: `schritt-${n}`,
          kind: 'input',
          selector: `#kp-schritt-${n}-text`,
          section,
          label: owner,
          labelSource: 'row-owner',
          text,
          entries: [due ? { text, due } : { text }],
          row: { owner, ownerSelector: `#kp-schritt-${n}-wer`, dueSelector: `#kp-schritt-${n}-bis` },
        };
      }),
      {
        key: 'sonstiges',
        kind: 'textarea',
        selector: '#kp-sonstiges',
        section: 'sonstiges',
        label: 'Sonstiges',
        labelSource: 'label-for',
        text: FIXTURE_PLAN.sonstiges[0],
        entries: [{ text: FIXTURE_PLAN.sonstiges[0] }],
      },
    ],
  },
  {
    name: 'contact',
    path: '/contact.html',
    title: 'Kontakt – Nachricht an das Jobcenter',
    description: 'A contact form (Name, E-Mail, Betreff, Nachricht) that holds no plan: no plan warnings may appear.',
    kinds: ['input', 'textarea'],
    hasPlan: false,
    editorRoot: { selector: 'textarea', count: 1 },
    fields: [
      nonPlan('name', 'input', '#kontakt-name', 'Name', 'Anna Beispiel'),
      nonPlan('email', 'input', '#kontakt-email', 'E-Mail', 'anna.beispiel@example.org'),
      nonPlan('betreff', 'input', '#kontakt-betreff', 'Betreff', 'Termin verschieben'),
      nonPlan(
        'nachricht',
        'textarea',
        '#kontakt-nachricht',
        'Nachricht',
        'Guten Tag,\nich kann den Termin am Donnerstag nicht wahrnehmen, weil mein Sohn krank ist. Bitte schicken Sie mir einen neuen Termin.\nViele Grüße\nAnna Beispiel',
      ),
    ],
  },
];

/** The fixture page with this name (throws on an unknown name). */
export function fixturePage(name: FixturePageName): FixturePage {
  const page = FIXTURE_PAGES.find((p) => p.name === name);
  if (!page) throw new Error(`unknown fixture page: ${name}`);
  return page;
}

/** The fields of a page that belong to the plan (section not null). */
export function planFields(page: FixturePage): FixtureField[] {
  return page.fields.filter((f) => f.section !== null);
}

/** Every plan text the fixture pages hold (for "no plan text stored" checks). */
export function allPlanTexts(): string[] {
  const texts = new Set<string>();
  for (const page of FIXTURE_PAGES) for (const field of page.fields) for (const e of field.entries) texts.add(e.text);
  for (const points of Object.values(FIXTURE_PLAN)) for (const p of points) texts.add(p);
  const contact = fixturePage('contact').fields.find((f) => f.key === 'nachricht');
  if (contact) for (const line of toPoints(contact.text)) if (line.length >= 20) texts.add(line);
  return [...texts];
}

/**
 * The API every fixture page puts on `window.klarplanFixture` (main world; a content script's isolated world
 * does not see it). Tests use it to see the field as the page's own framework sees it: the editor's model,
 * React state — so "the page's framework saw the change" can be asserted.
 */
export interface FixtureApi {
  page: FixturePageName;
  /** True once every editor of the page has started and every field holds its starting text. */
  ready: boolean;
  /** Each field's text as the page's own framework holds it, by field key (points separated by newlines). */
  values(): Record<string, string>;
  /** How often the page's framework reported a change of each field (input events, onChange, change:data, text-change …). */
  changes: Record<string, number>;
  /** Page-specific actions (React page: `remount`, `toggleSonstiges`; step rows: `addRow`). */
  actions: Record<string, () => void>;
}
