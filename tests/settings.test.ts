/**
 * Rule settings (checker/settings.ts): the schema, the administrator's values over the user's, export → import
 * round trip, and invalid files rejected with a German message naming the problem. Plus: checkPlan applies
 * them (rules switched off, severities changed) and the managed-storage schema matches.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../checker/checker';
import { SEVERITY_LABELS } from '../core/plan';
import { MANAGED_SPEECH_ENGINES_KEY, MANAGED_TRANSLATION_KEY } from '../checker/settings';
import {
  checkOptionsRules,
  effectiveRules,
  MANAGED_RULES_KEY,
  normalizeChoices,
  parseSettingsFile,
  readChoices,
  readStoredChoices,
  SETTINGS_FORMAT,
  SEVERITIES,
  settingsFileSchema,
  settingsFileText,
  settingsValue,
  withChoice,
  type RuleChoices,
} from '../checker/settings';
import { EXAMPLE_PLAN } from '../examples/example-plan';
import { RULES } from '../rules/index';

const file = (rules: unknown, extra: object = {}) => JSON.stringify({ format: SETTINGS_FORMAT, version: 1, rules, ...extra });
const rejected = (text: string): string => {
  const r = parseSettingsFile(text);
  if (r.ok) throw new Error(`accepted: ${text}`);
  return r.error;
};

describe('settings schema', () => {
  it('accepts an empty choice list and every rule with every severity', () => {
    expect(settingsFileSchema().safeParse({ format: SETTINGS_FORMAT, version: 1, rules: {} }).success).toBe(true);
    for (const rule of RULES) {
      for (const severity of SEVERITIES) {
        const r = parseSettingsFile(file({ [rule.id]: { enabled: false, severity } }));
        expect(r.ok, `${rule.id} ${severity}`).toBe(true);
      }
    }
  });

  it('holds nothing but rule ids, switches and severities (no room for plan text)', () => {
    expect(rejected(file({ jargon: { enabled: false, text: 'Der Kunde bewirbt sich.' } }))).toMatch(/„text“/);
    expect(rejected(file({}, { plan: 'Der Kunde bewirbt sich.' }))).toMatch(/unbekanntes Feld „plan“/);
    expect(rejected(file({ jargon: { severity: 'Der Kunde bewirbt sich.' } }))).toMatch(/severity/);
  });

  it('the severities are the three of SEVERITY_LABELS', () => {
    expect([...SEVERITIES].sort()).toEqual(Object.keys(SEVERITY_LABELS).sort());
  });
});

describe('administrator over user', () => {
  const user: RuleChoices = { jargon: { enabled: false }, 'hard-to-read': { severity: 'warning' }, 'missing-deadline': { severity: 'info' } };
  const managed: RuleChoices = { jargon: { enabled: true }, 'missing-deadline': { severity: 'error', enabled: false } };

  it('a managed value wins and locks that field only; the user\'s value wins over the default', () => {
    const byId = new Map(effectiveRules(user, managed).map((r) => [r.id, r]));
    expect(byId.get('jargon')).toMatchObject({ enabled: true, locked: { enabled: true, severity: false } });
    expect(byId.get('hard-to-read')).toMatchObject({ enabled: true, severity: 'warning', defaultSeverity: 'info', locked: { enabled: false, severity: false } });
    expect(byId.get('missing-deadline')).toMatchObject({ enabled: false, severity: 'error', locked: { enabled: true, severity: true } });
    expect(byId.get('legal-threat')).toMatchObject({ enabled: true, severity: 'error', locked: { enabled: false, severity: false } });
    expect(effectiveRules(user, managed).map((r) => r.id)).toEqual(RULES.map((r) => r.id));
  });

  it('a change of a locked field leaves the user\'s choices unchanged; other fields change', () => {
    expect(withChoice(user, managed, 'jargon', { enabled: true })).toEqual(normalizeChoices(user));
    expect(withChoice(user, managed, 'jargon', { severity: 'info' })).toEqual({ ...user, jargon: { enabled: false, severity: 'info' } });
    expect(withChoice(user, managed, 'missing-deadline', { severity: 'warning', enabled: true })).toEqual(user);
  });

  it('a value equal to the default is dropped, so stored settings stay short', () => {
    expect(withChoice({}, {}, 'jargon', { severity: 'warning', enabled: true })).toEqual({});
    expect(withChoice({ jargon: { enabled: false } }, {}, 'jargon', { enabled: true })).toEqual({});
    expect(withChoice({}, {}, 'jargon', { severity: 'error' })).toEqual({ jargon: { severity: 'error' } });
  });

  it('managed storage is read field by field: a typo in a policy drops that value only', () => {
    const raw = {
      jargon: { enabled: 'nein', severity: 'info' },
      'hard-to-read': { enabled: false },
      'no-such-rule': { enabled: false },
      __proto__: { enabled: false },
      'legal-threat': 'aus',
    };
    expect(readChoices(raw)).toEqual({ jargon: { severity: 'info' }, 'hard-to-read': { enabled: false } });
    expect(readChoices(undefined)).toEqual({});
    expect(readChoices([{ enabled: false }])).toEqual({});
    // a managed enabled: true is kept: it locks the rule on
    expect(readChoices({ jargon: { enabled: true } })).toEqual({ jargon: { enabled: true } });
  });

  it('a stored value from elsewhere (older, broken) never breaks the panel', () => {
    expect(readStoredChoices(undefined)).toEqual({});
    expect(readStoredChoices('kaputt')).toEqual({});
    expect(readStoredChoices({ format: 'x', version: 9, rules: { jargon: { enabled: false }, foo: {} } })).toEqual({ jargon: { enabled: false } });
    expect(readStoredChoices(settingsValue(user))).toEqual(normalizeChoices(user));
  });
});

describe('export and import', () => {
  it('round trip: the exported file imports to the same choices', () => {
    const choices: RuleChoices = { 'hard-to-read': { enabled: false }, jargon: { severity: 'info' }, imbalance: { enabled: false, severity: 'error' } };
    const text = settingsFileText(choices);
    expect(JSON.parse(text)).toEqual({ format: SETTINGS_FORMAT, version: 1, rules: normalizeChoices(choices) });
    const back = parseSettingsFile(text);
    expect(back).toEqual({ ok: true, rules: normalizeChoices(choices) });
    if (back.ok) expect(settingsFileText(back.rules)).toBe(text);
  });

  it('round trip for every rule switched off with a changed severity', () => {
    const all: RuleChoices = Object.fromEntries(RULES.map((r) => [r.id, { enabled: false, severity: r.severity === 'info' ? 'error' : 'info' }]));
    const back = parseSettingsFile(settingsFileText(all));
    expect(back).toEqual({ ok: true, rules: all });
  });

  it('the export leaves out unknown rules and defaults, in catalogue order', () => {
    const text = settingsFileText({ jargon: { enabled: true, severity: 'warning' }, 'no-such-rule': { enabled: false }, 'hard-to-read': { enabled: false }, 'missing-goal': { enabled: false } });
    expect(JSON.parse(text).rules).toEqual({ 'missing-goal': { enabled: false }, 'hard-to-read': { enabled: false } });
    expect(Object.keys(JSON.parse(text).rules)).toEqual(['missing-goal', 'hard-to-read']);
  });

  it('a byte-order mark at the start is allowed', () => {
    expect(parseSettingsFile(`\uFEFF${file({ jargon: { enabled: false } })}`)).toEqual({ ok: true, rules: { jargon: { enabled: false } } });
  });

  it('rejects invalid files with a German message that names the problem', () => {
    expect(rejected('')).toBe('Die Datei ist leer.');
    expect(rejected('{"format": "klarplan-einstellungen", ')).toMatch(/^Die Datei ist kein gültiges JSON \(/);
    expect(rejected('[1, 2]')).toMatch(/^Die Datei enthält kein JSON-Objekt mit Klarplan-Einstellungen/);
    expect(rejected('"jargon"')).toMatch(/kein JSON-Objekt/);
    expect(rejected(JSON.stringify({ version: 1, rules: {} }))).toMatch(/Feld „format“ fehlt oder ist falsch \(erwartet: "klarplan-einstellungen"\)/);
    expect(rejected(JSON.stringify({ format: 'andere-app', version: 1, rules: {} }))).toMatch(/Feld „format“/);
    expect(rejected(file({}, { version: 2 }))).toMatch(/Feld „version“ muss 1 sein/);
    expect(rejected(file('alle aus'))).toMatch(/Feld „rules“ muss ein Objekt sein/);
    expect(rejected(file({ 'no-such-rule': { enabled: false } }))).toMatch(/Regel „no-such-rule“ unbekannte Regel/);
    expect(rejected(file({ jargon: { enabled: 'nein' } }))).toMatch(/Regel „.+“ \(jargon\), Feld „enabled“ muss true \(eingeschaltet\) oder false \(ausgeschaltet\) sein/);
    expect(rejected(file({ jargon: { severity: 'hoch' } }))).toMatch(
      /\(jargon\), Feld „severity“ muss "error" \(Wichtig\), "warning" \(Empfehlung\) oder "info" \(Tipp\) sein, nicht "hoch"/,
    );
    expect(rejected(file({ jargon: { enbled: false } }))).toMatch(/\(jargon\) unbekanntes Feld „enbled“ \(erlaubt sind „enabled“ und „severity“\)/);
    expect(rejected(file({ jargon: false }))).toMatch(/\(jargon\) muss ein Objekt sein/);
    expect(rejected(`${file({})}${' '.repeat(100_001)}`)).toMatch(/zu groß/);
  });

  it('names every problem of a file at once', () => {
    const error = rejected(file({ jargon: { severity: 'hoch' }, 'hard-to-read': { enabled: 1 } }));
    expect(error).toMatch(/jargon/);
    expect(error).toMatch(/hard-to-read/);
    expect(error.split('; ')).toHaveLength(2);
  });

  it('a __proto__ key is rejected, never merged', () => {
    expect(rejected(`{"format":"${SETTINGS_FORMAT}","version":1,"rules":{"__proto__":{"enabled":false}}}`)).toMatch(/__proto__/);
    expect(({} as { enabled?: boolean }).enabled).toBeUndefined();
  });
});

describe('checkPlan applies the settings', () => {
  const base = checkPlan(EXAMPLE_PLAN);
  const categories = (r: ReturnType<typeof checkPlan>) => new Set(r.findings.map((f) => f.category));

  it('a rule switched off has no findings; the others stay', () => {
    expect(categories(base).has('missing-deadline')).toBe(true);
    const off = checkPlan(EXAMPLE_PLAN, { rules: checkOptionsRules({ 'missing-deadline': { enabled: false } }) });
    expect(categories(off).has('missing-deadline')).toBe(false);
    expect(off.findings).toEqual(base.findings.filter((f) => f.category !== 'missing-deadline'));
  });

  it('a changed severity shows on that rule\'s findings only', () => {
    const changed = checkPlan(EXAMPLE_PLAN, { rules: checkOptionsRules({ 'missing-deadline': { severity: 'error' } }) });
    expect(changed.findings.filter((f) => f.category === 'missing-deadline').every((f) => f.severity === 'error')).toBe(true);
    expect(changed.findings.filter((f) => f.category !== 'missing-deadline')).toEqual(base.findings.filter((f) => f.category !== 'missing-deadline'));
  });

  it('the administrator\'s choice wins over the user\'s', () => {
    const r = checkPlan(EXAMPLE_PLAN, { rules: checkOptionsRules({ 'missing-deadline': { enabled: false } }, { 'missing-deadline': { enabled: true, severity: 'info' } }) });
    const md = r.findings.filter((f) => f.category === 'missing-deadline');
    expect(md.length).toBeGreaterThan(0);
    expect(md.every((f) => f.severity === 'info')).toBe(true);
  });

  it('no settings: the same findings as without options', () => {
    expect(checkPlan(EXAMPLE_PLAN, { rules: checkOptionsRules({}) })).toEqual(base);
  });
});

describe('managed storage schema (public/managed-schema.json)', () => {
  const schema = JSON.parse(readFileSync(new URL('../public/managed-schema.json', import.meta.url), 'utf8'));
  it(`has a "${MANAGED_RULES_KEY}" object: rule id → { enabled: boolean, severity: one of the three }`, () => {
    const rules = schema.properties[MANAGED_RULES_KEY];
    expect(rules.type).toBe('object');
    expect(rules.additionalProperties.type).toBe('object');
    expect(rules.additionalProperties.properties.enabled).toEqual({ type: 'boolean' });
    expect(rules.additionalProperties.properties.severity).toEqual({ type: 'string', enum: [...SEVERITIES] });
    expect(schema.properties.sites.type).toBe('array');
  });
  it(`has "${MANAGED_SPEECH_ENGINES_KEY}" (extension ids, for Vorlesen) and "${MANAGED_TRANSLATION_KEY}" (on/off, for the client's language)`, () => {
    expect(schema.properties[MANAGED_SPEECH_ENGINES_KEY]).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(schema.properties[MANAGED_TRANSLATION_KEY]).toMatchObject({ type: 'boolean' });
    expect(Object.keys(schema.properties).sort()).toEqual(['rules', 'sites', MANAGED_SPEECH_ENGINES_KEY, MANAGED_TRANSLATION_KEY].sort());
  });
});
