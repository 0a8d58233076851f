/**
 * An administrator presets rules through Chromium's policy (managed storage, key "rules"; schema in
 * public/managed-schema.json): Chromium accepts the values against the schema, the options page shows them
 * locked ("von Ihrer Verwaltung festgelegt"), and they win over the user's own choice in the side panel.
 *
 * Chromium reads policies from /etc/chromium/policies/managed/ at start-up (root can write there, as in CI);
 * the file is removed afterwards. The policy sets each rule to its default (switched on, default severity), so a
 * browser another test starts meanwhile checks exactly as without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCKED_TEXT } from '../../components/SettingsPage';
import { MANAGED_RULES_KEY, SETTINGS_FORMAT, SETTINGS_KEY } from '../../checker/settings';
import hardToRead from '../../rules/hard-to-read';
import missingDeadline from '../../rules/missing-deadline';
import { E2E_ENABLED, EXTENSION_ID, keyboardReach, launchExtension, runAxe, writeKlarplanPolicy, type Harness } from './harness';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const MANAGED = {
  [missingDeadline.id]: { enabled: true, severity: missingDeadline.severity },
  [hardToRead.id]: { severity: hardToRead.severity },
};

describe.runIf(E2E_ENABLED)('rule settings preset by an administrator', () => {
  let h: Harness;
  let removePolicy: (() => void) | undefined;

  beforeAll(async () => {
    removePolicy = writeKlarplanPolicy('klarplan-e2e-rules', { [MANAGED_RULES_KEY]: MANAGED });
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
    removePolicy?.();
  });

  it('Chromium takes the "rules" policy against the managed-storage schema', async () => {
    expect(h.extensionId).toBe(EXTENSION_ID);
    const sw = await h.serviceWorker();
    await expect.poll(() => sw.evaluate(async (key) => (await chrome.storage.managed.get(key))[key], MANAGED_RULES_KEY), { timeout: 10_000 }).toEqual(MANAGED);
  });

  it('the options page shows the preset values locked, "von Ihrer Verwaltung festgelegt"; the rest stays free', async () => {
    const options = await h.context.newPage();
    await options.goto(`${h.extensionOrigin}/options.html`);
    await options.locator('table.rule-settings').waitFor();
    const mdSwitch = options.getByRole('checkbox', { name: `„${missingDeadline.title}“ prüfen` });
    const mdSeverity = options.getByRole('combobox', { name: `Stufe für „${missingDeadline.title}“` });
    const htrSwitch = options.getByRole('checkbox', { name: `„${hardToRead.title}“ prüfen` });
    const htrSeverity = options.getByRole('combobox', { name: `Stufe für „${hardToRead.title}“` });
    await expect.poll(() => mdSwitch.isDisabled()).toBe(true);
    expect(await mdSwitch.isChecked()).toBe(true);
    expect(await mdSeverity.isDisabled()).toBe(true);
    expect(await htrSeverity.isDisabled()).toBe(true);
    expect(await htrSwitch.isDisabled()).toBe(false);
    expect(await options.locator(`tr[data-rule="${missingDeadline.id}"]`).innerText()).toContain(LOCKED_TEXT);
    expect(await options.locator('.locked').count()).toBe(3);
    expect(await options.locator('.managed-note').innerText()).toContain('Ihre Verwaltung');
    expect(await runAxe(options)).toEqual([]);
    expect((await keyboardReach(options)).unreachable).toEqual([]);
    expect(h.problems(options)).toEqual([]);
    await options.close();
  });

  it('the administrator\'s value wins over the user\'s in the side panel', async () => {
    // the user had switched the rule off (e.g. before the policy came, or from an imported file)
    const sw = await h.serviceWorker();
    await sw.evaluate(
      async ([key, value]) => chrome.storage.local.set({ [key as string]: value }),
      [SETTINGS_KEY, { format: SETTINGS_FORMAT, version: 1, rules: { [missingDeadline.id]: { enabled: false } } }] as const,
    );
    const panel = await h.openSidePanel();
    await panel.getByRole('button', { name: 'Beispielplan prüfen' }).click();
    await expect.poll(() => panel.locator('#status').innerText(), { timeout: 30_000 }).toMatch(/Beispielplan ist geprüft/);
    expect(await panel.locator(`li.finding[data-rule="${missingDeadline.id}"]`).count()).toBeGreaterThan(0);
    expect(h.externalRequests()).toEqual([]);
  });
});
