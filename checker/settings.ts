/**
 * Rule settings: which rules run, and at which severity. The user sets them on the options page (stored in
 * storage.local under SETTINGS_KEY), an administrator can preset them through managed storage (key "rules"; a
 * value there wins and is locked), and they travel as a JSON file (export / import). They hold rule ids,
 * switches and severities only — never any plan text.
 *
 * Pure: no DOM and no browser API. The side panel hands `checkOptionsRules(…)` to checkPlan's `rules` option.
 */
import { z } from 'zod';
import { SEVERITY_LABELS, type Severity } from '../core/plan';
import type { Rule } from '../core/rule';
import type { RuleSetting } from './checker';
import { RULES } from '../rules/index';

/** storage.local key of the user's settings. */
export const SETTINGS_KEY = 'klarplan.settings';
/** Key of the administrator's rule settings in managed storage (see public/managed-schema.json). */
export const MANAGED_RULES_KEY = 'rules';
/**
 * Key of the administrator's list of other extensions whose speech engines "Vorlesen" may use (managed storage):
 * Chrome extension ids. Without it, only the system's own voices on this machine speak (speech/voices.ts).
 */
export const MANAGED_SPEECH_ENGINES_KEY = 'speechEngines';
const EXTENSION_ID = /^[a-p]{32}$/;

/** The extension ids from the managed `speechEngines` value; anything that is not an extension id is dropped. */
export function readManagedSpeechEngines(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter((x): x is string => typeof x === 'string' && EXTENSION_ID.test(x.trim())).map((x) => x.trim()))];
}

/**
 * Key of the administrator's switch for translating the client view on the machine (managed storage): true forces
 * it on, false off; absent, the case worker decides (off until turned on). translation/session.ts.
 */
export const MANAGED_TRANSLATION_KEY = 'translation';

/** The managed `translation` value: true or false; anything else is no setting (null). */
export function readManagedTranslation(raw: unknown): boolean | null {
  return typeof raw === 'boolean' ? raw : null;
}

/** Marks a Klarplan settings file, so another JSON file is told apart at once. */
export const SETTINGS_FORMAT = 'klarplan-einstellungen';
export const SETTINGS_VERSION = 1;
/** A settings file is a few kB; anything much larger is not one. */
export const MAX_SETTINGS_FILE_BYTES = 100_000;

export const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

/** One rule's choice: switched on or off, and its severity. A missing field keeps the rule's default. */
export interface RuleChoice {
  enabled?: boolean;
  severity?: Severity;
}
/** Choices by rule id. */
export type RuleChoices = Record<string, RuleChoice>;

const severityList = SEVERITIES.map((s) => `"${s}" (${SEVERITY_LABELS[s]})`).join(', ').replace(/, ([^,]*)$/, ' oder $1');

export const RuleChoiceSchema = z.strictObject(
  {
    enabled: z.boolean({ error: 'muss true (eingeschaltet) oder false (ausgeschaltet) sein' }).optional(),
    severity: z
      .enum(SEVERITIES, { error: (iss) => `muss ${severityList} sein, nicht ${JSON.stringify(iss.input) ?? 'leer'}` })
      .optional(),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `unbekanntes Feld ${iss.keys.map((k) => `„${k}“`).join(', ')} (erlaubt sind „enabled“ und „severity“)`
        : 'muss ein Objekt sein, z. B. { "enabled": false } oder { "severity": "info" }',
  },
);

function choicesSchema(rules: readonly Rule[]) {
  const ids = new Set(rules.map((r) => r.id));
  return z
    .record(z.string(), RuleChoiceSchema, { error: 'muss ein Objekt sein: Regel-ID → { "enabled": …, "severity": … }' })
    .superRefine((rec, ctx) => {
      for (const id of Object.keys(rec)) {
        if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: [id], message: 'unbekannte Regel – diese Regel gibt es in Klarplan nicht' });
      }
    });
}

/** The settings file (and the stored value): `{ "format": "klarplan-einstellungen", "version": 1, "rules": { … } }`. */
export function settingsFileSchema(rules: readonly Rule[] = RULES) {
  return z.strictObject(
    {
      format: z.literal(SETTINGS_FORMAT, { error: `fehlt oder ist falsch (erwartet: "${SETTINGS_FORMAT}") – ist das eine Einstellungsdatei von Klarplan?` }),
      version: z.literal(SETTINGS_VERSION, { error: `muss ${SETTINGS_VERSION} sein – diese Version von Klarplan liest Einstellungsdateien der Version ${SETTINGS_VERSION}` }),
      rules: choicesSchema(rules),
    },
    {
      error: (iss) =>
        iss.code === 'unrecognized_keys'
          ? `unbekanntes Feld ${iss.keys.map((k) => `„${k}“`).join(', ')} (erlaubt sind „format“, „version“ und „rules“)`
          : 'enthält kein JSON-Objekt mit Klarplan-Einstellungen',
    },
  );
}
export type SettingsFile = { format: typeof SETTINGS_FORMAT; version: typeof SETTINGS_VERSION; rules: RuleChoices };

/** Where a problem sits, in words: "Regel „Zusage ohne Termin“ (missing-deadline), Feld „severity“". */
function place(path: readonly PropertyKey[], rules: readonly Rule[]): string {
  if (path.length === 0) return 'Die Datei';
  if (path[0] !== 'rules' || path.length === 1) return `Feld „${String(path[0])}“`;
  const id = String(path[1]);
  const rule = rules.find((r) => r.id === id);
  const ruleName = rule ? `Regel „${rule.title}“ (${id})` : `Regel „${id}“`;
  return path.length === 2 ? ruleName : `${ruleName}, Feld „${path.slice(2).map(String).join('.')}“`;
}

function describeIssues(error: z.ZodError, rules: readonly Rule[]): string {
  return error.issues.map((i) => `${place(i.path, rules)} ${i.message}`).join('; ');
}

export type ParseResult = { ok: true; rules: RuleChoices } | { ok: false; error: string };

/**
 * Reads an imported settings file. On any problem the answer names it in German (which rule, which field,
 * what is wrong); the caller then changes nothing.
 */
export function parseSettingsFile(text: string, rules: readonly Rule[] = RULES): ParseResult {
  if (new TextEncoder().encode(text).length > MAX_SETTINGS_FILE_BYTES) {
    return { ok: false, error: `Die Datei ist zu groß (über ${MAX_SETTINGS_FILE_BYTES / 1000} kB). Eine Einstellungsdatei von Klarplan ist nur wenige kB groß.` };
  }
  if (text.trim() === '') return { ok: false, error: 'Die Datei ist leer.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `Die Datei ist kein gültiges JSON (${(e as Error).message}).` };
  }
  // zod skips a "__proto__" key silently; here it is an unknown rule like any other.
  const inner = typeof raw === 'object' && raw !== null ? (raw as { rules?: unknown }).rules : undefined;
  if (typeof inner === 'object' && inner !== null && Object.hasOwn(inner, '__proto__')) {
    return { ok: false, error: `${place(['rules', '__proto__'], rules)} unbekannte Regel – diese Regel gibt es in Klarplan nicht.` };
  }
  const r = settingsFileSchema(rules).safeParse(raw);
  if (!r.success) return { ok: false, error: `${describeIssues(r.error, rules)}.` };
  return { ok: true, rules: normalizeChoices(r.data.rules as RuleChoices, rules) };
}

/** The settings file for the user's own choices (defaults left out), as pretty JSON. */
export function settingsFileText(choices: RuleChoices, rules: readonly Rule[] = RULES): string {
  return `${JSON.stringify(settingsValue(choices, rules), null, 2)}\n`;
}

/** The value stored in storage.local under SETTINGS_KEY (the same shape as the file). */
export function settingsValue(choices: RuleChoices, rules: readonly Rule[] = RULES): SettingsFile {
  return { format: SETTINGS_FORMAT, version: SETTINGS_VERSION, rules: normalizeChoices(choices, rules) };
}

/**
 * Known rules only, in catalogue order, fields equal to the rule's default left out, rules without any
 * choice left out.
 */
export function normalizeChoices(choices: RuleChoices, rules: readonly Rule[] = RULES): RuleChoices {
  const out: RuleChoices = {};
  for (const rule of rules) {
    if (!Object.hasOwn(choices, rule.id)) continue;
    const c = choices[rule.id]!;
    const next: RuleChoice = {};
    if (c.enabled === false) next.enabled = false;
    if (c.severity !== undefined && c.severity !== rule.severity) next.severity = c.severity;
    if (Object.keys(next).length) out[rule.id] = next;
  }
  return out;
}

/**
 * Reads choices leniently, field by field: what is valid is kept, the rest is dropped. For what the options
 * page stored (a value from an older version must not break the panel) and for the administrator's managed
 * "rules" (a typo in a policy must not switch everything off). Unlike normalizeChoices, a managed
 * `enabled: true` or default severity is kept: it locks the rule.
 */
export function readChoices(raw: unknown, rules: readonly Rule[] = RULES): RuleChoices {
  const out: RuleChoices = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const rule of rules) {
    if (!Object.hasOwn(raw, rule.id)) continue;
    const c = (raw as Record<string, unknown>)[rule.id];
    if (typeof c !== 'object' || c === null) continue;
    const { enabled, severity } = c as { enabled?: unknown; severity?: unknown };
    const next: RuleChoice = {};
    if (typeof enabled === 'boolean') next.enabled = enabled;
    if (typeof severity === 'string' && (SEVERITIES as readonly string[]).includes(severity)) next.severity = severity as Severity;
    if (Object.keys(next).length) out[rule.id] = next;
  }
  return out;
}

/** The user's choices from the value stored under SETTINGS_KEY (anything unreadable counts as no choice). */
export function readStoredChoices(stored: unknown, rules: readonly Rule[] = RULES): RuleChoices {
  const inner = typeof stored === 'object' && stored !== null ? (stored as { rules?: unknown }).rules : undefined;
  return normalizeChoices(readChoices(inner, rules), rules);
}

/** One rule as it applies: the administrator's value wins over the user's, the user's over the default. */
export interface EffectiveRule {
  id: string;
  title: string;
  defaultSeverity: Severity;
  enabled: boolean;
  severity: Severity;
  /** Set by the administrator (managed storage): shown as locked, the user cannot change it. */
  locked: { enabled: boolean; severity: boolean };
}

export function effectiveRules(user: RuleChoices, managed: RuleChoices = {}, rules: readonly Rule[] = RULES): EffectiveRule[] {
  return rules.map((rule) => {
    const u = Object.hasOwn(user, rule.id) ? user[rule.id]! : {};
    const m = Object.hasOwn(managed, rule.id) ? managed[rule.id]! : {};
    return {
      id: rule.id,
      title: rule.title,
      defaultSeverity: rule.severity,
      enabled: m.enabled ?? u.enabled ?? true,
      severity: m.severity ?? u.severity ?? rule.severity,
      locked: { enabled: m.enabled !== undefined, severity: m.severity !== undefined },
    };
  });
}

/** checkPlan's `rules` option for these settings. */
export function checkOptionsRules(user: RuleChoices, managed: RuleChoices = {}, rules: readonly Rule[] = RULES): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const r of effectiveRules(user, managed, rules)) out[r.id] = { enabled: r.enabled, severity: r.severity };
  return out;
}

/**
 * The user's choices after changing one rule. A field the administrator locked is not changed; a value equal
 * to the default is dropped, so the stored settings stay short.
 */
export function withChoice(user: RuleChoices, managed: RuleChoices, id: string, change: RuleChoice, rules: readonly Rule[] = RULES): RuleChoices {
  const m = Object.hasOwn(managed, id) ? managed[id]! : {};
  const current = Object.hasOwn(user, id) ? user[id]! : {};
  const next: RuleChoice = { ...current };
  if (change.enabled !== undefined && m.enabled === undefined) next.enabled = change.enabled;
  if (change.severity !== undefined && m.severity === undefined) next.severity = change.severity;
  return normalizeChoices({ ...user, [id]: next }, rules);
}
