/**
 * The options page: every rule can be switched on and off and given another severity (Wichtig / Empfehlung /
 * Tipp). Changes are saved at once (storage.local, only rule ids, switches and severities) and reach the side
 * panel through storage events. Settings travel as a JSON file (export / import; an invalid file changes
 * nothing and the message names the problem). What an administrator set through managed storage wins and is
 * shown locked, "von Ihrer Verwaltung festgelegt".
 */
import { useEffect, useState, type ChangeEvent, type ReactNode } from 'react';
import { SEVERITY_LABELS, type Severity } from '../core/plan';
import type { Rule } from '../core/rule';
import { effectiveRules, normalizeChoices, parseSettingsFile, SEVERITIES, settingsFileText, withChoice, type RuleChoices } from '../checker/settings';
import { RULES } from '../rules/index';
import { browserSettingsStore, type SettingsSnapshot, type SettingsStore } from '../browser/settings-store';

export const SETTINGS_FILE_NAME = 'klarplan-einstellungen.json';
export const LOCKED_TEXT = 'von Ihrer Verwaltung festgelegt';

/** Offers a text file for download (a blob: link, nothing leaves the browser). */
function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A chosen file's text (FileReader: in every browser, and in jsdom for the tests). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('Lesefehler'));
    reader.readAsText(file, 'utf-8');
  });
}

interface SettingsPageProps {
  store?: SettingsStore;
  rules?: readonly Rule[];
  /** Address of the rule catalogue. */
  catalogueHref?: string;
  download?: (fileName: string, text: string) => void;
  /** More settings, shown first (the options page's "Markierungen im Formular"). */
  children?: ReactNode;
}

type Message = { kind: 'status' | 'error'; text: string } | null;

export function SettingsPage({ store = browserSettingsStore, rules = RULES, catalogueHref, download = downloadText, children }: SettingsPageProps) {
  const [snapshot, setSnapshot] = useState<SettingsSnapshot | null>(null);
  const [loadError, setLoadError] = useState('');
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      store.read().then(
        (s) => {
          if (live) setSnapshot({ user: normalizeChoices(s.user, rules), managed: s.managed });
        },
        (e: unknown) => {
          if (live) setLoadError(e instanceof Error ? e.message : String(e));
        },
      );
    void load();
    const stop = store.subscribe(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [store, rules]);

  async function save(user: RuleChoices, done: string) {
    if (!snapshot) return;
    const before = snapshot;
    setSnapshot({ ...snapshot, user });
    try {
      await store.save(user);
      setMessage({ kind: 'status', text: done });
    } catch (e) {
      setSnapshot(before);
      setMessage({ kind: 'error', text: `Die Einstellung wurde nicht gespeichert: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  function setEnabled(rule: Rule, enabled: boolean) {
    if (!snapshot) return;
    void save(
      withChoice(snapshot.user, snapshot.managed, rule.id, { enabled }, rules),
      `Gespeichert: „${rule.title}“ ist ${enabled ? 'eingeschaltet' : 'ausgeschaltet'}.`,
    );
  }

  function setSeverity(rule: Rule, severity: Severity) {
    if (!snapshot) return;
    void save(
      withChoice(snapshot.user, snapshot.managed, rule.id, { severity }, rules),
      `Gespeichert: „${rule.title}“ hat jetzt die Stufe „${SEVERITY_LABELS[severity]}“.`,
    );
  }

  function resetAll() {
    void save({}, 'Gespeichert: Alle Regeln stehen wieder auf ihrer Standard-Einstellung.');
  }

  function exportFile() {
    if (!snapshot) return;
    download(SETTINGS_FILE_NAME, settingsFileText(snapshot.user, rules));
    setMessage({ kind: 'status', text: `Die Einstellungen wurden als „${SETTINGS_FILE_NAME}“ gespeichert.` });
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file || !snapshot) return;
    let text: string;
    try {
      text = await readText(file);
    } catch (e) {
      setMessage({ kind: 'error', text: `Die Datei „${file.name}“ konnte nicht gelesen werden (${e instanceof Error ? e.message : String(e)}). Es wurde nichts geändert.` });
      return;
    } finally {
      input.value = ''; // the same file can be chosen again after fixing it
    }
    const parsed = parseSettingsFile(text, rules);
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: `Die Datei „${file.name}“ wurde nicht importiert. ${parsed.error} Es wurde nichts geändert.` });
      return;
    }
    await save(parsed.rules, `Die Einstellungen aus „${file.name}“ sind übernommen.`);
  }

  const effective = snapshot ? effectiveRules(snapshot.user, snapshot.managed, rules) : [];
  const anyLocked = effective.some((r) => r.locked.enabled || r.locked.severity);

  return (
    <div className="settings">
      <header className="page-header">
        <p className="brand">Klarplan</p>
        <h1>Einstellungen</h1>
        <p>
          Hier legen Sie fest, welche Regeln Klarplan prüft und wie wichtig ihre Hinweise sind. Jede Änderung gilt sofort,
          auch in einer offenen Seitenleiste. Gespeichert werden nur diese Einstellungen, in Ihrem Browser – nie Text aus
          einem Plan.
        </p>
        {catalogueHref && (
          <p>
            <a href={catalogueHref}>Alle Regeln mit Begründung und Beispielen ansehen</a>
          </p>
        )}
      </header>

      <main>
        {children}
        <section aria-labelledby="regeln-heading">
          <h2 id="regeln-heading">Regeln</h2>
          {loadError && (
            <p className="error" role="alert">
              Die Einstellungen konnten nicht geladen werden: {loadError}
            </p>
          )}
          {!snapshot && !loadError && <p>Die Einstellungen werden geladen …</p>}
          {snapshot && (
            <>
              {anyLocked && (
                <p className="managed-note">
                  Einige Einstellungen hat Ihre Verwaltung festgelegt. Sie sind mit „{LOCKED_TEXT}“ gekennzeichnet und lassen
                  sich hier nicht ändern.
                </p>
              )}
              <table className="rule-settings">
                <thead>
                  <tr>
                    <th scope="col">Regel</th>
                    <th scope="col">Prüfen</th>
                    <th scope="col">Stufe</th>
                  </tr>
                </thead>
                <tbody>
                  {effective.map((r) => {
                    const rule = rules.find((x) => x.id === r.id)!;
                    const onId = `an-${r.id}`;
                    const sevId = `stufe-${r.id}`;
                    return (
                      <tr key={r.id} data-rule={r.id} className={r.enabled ? undefined : 'off'}>
                        <th scope="row">{r.title}</th>
                        <td>
                          <input
                            type="checkbox"
                            id={onId}
                            checked={r.enabled}
                            disabled={r.locked.enabled}
                            onChange={(e) => setEnabled(rule, e.currentTarget.checked)}
                            {...(r.locked.enabled ? { 'aria-describedby': `${onId}-gesperrt` } : {})}
                          />{' '}
                          <label htmlFor={onId}>
                            <span className="visually-hidden">„{r.title}“ </span>prüfen
                          </label>
                          {r.locked.enabled && (
                            <span id={`${onId}-gesperrt`} className="locked">
                              {' '}
                              ({LOCKED_TEXT})
                            </span>
                          )}
                        </td>
                        <td>
                          <label htmlFor={sevId} className="visually-hidden">
                            Stufe für „{r.title}“
                          </label>
                          <select
                            id={sevId}
                            value={r.severity}
                            disabled={r.locked.severity}
                            onChange={(e) => setSeverity(rule, e.currentTarget.value as Severity)}
                            {...(r.locked.severity ? { 'aria-describedby': `${sevId}-gesperrt` } : {})}
                          >
                            {SEVERITIES.map((s) => (
                              <option key={s} value={s}>
                                {SEVERITY_LABELS[s]}
                                {s === r.defaultSeverity ? ' (Standard)' : ''}
                              </option>
                            ))}
                          </select>
                          {r.locked.severity && (
                            <span id={`${sevId}-gesperrt`} className="locked">
                              {' '}
                              ({LOCKED_TEXT})
                            </span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <p>
                <button type="button" onClick={resetAll}>
                  Alle Regeln auf Standard zurücksetzen
                </button>
              </p>
            </>
          )}
        </section>

        <section aria-labelledby="datei-heading">
          <h2 id="datei-heading">Exportieren und importieren</h2>
          <p>
            Als Datei können Sie Ihre Einstellungen sichern oder an Kolleginnen und Kollegen weitergeben. Die Datei enthält
            nur, welche Regeln aus- oder umgestellt sind.
          </p>
          <p>
            <button type="button" onClick={exportFile} disabled={!snapshot}>
              Einstellungen exportieren
            </button>
          </p>
          <p>
            <label htmlFor="import-datei">Einstellungen aus einer Datei importieren (JSON):</label>{' '}
            <input
              id="import-datei"
              type="file"
              accept=".json,application/json"
              disabled={!snapshot}
              onChange={(e) => void importFile(e)}
            />
          </p>
        </section>

        <p className="status" role="status" aria-live="polite">
          {message?.kind === 'status' ? message.text : ''}
        </p>
        <div role="alert" className="error">
          {message?.kind === 'error' ? message.text : ''}
        </div>
      </main>
    </div>
  );
}
