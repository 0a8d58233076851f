/**
 * The case worker's switch in "Vorlesen": offer the client view and the print view in the client's language,
 * translated on this machine by the browser's own translator. Shown only where that translator can translate
 * German into at least one of the client's languages (nothing else changes elsewhere); off until turned on; locked
 * when the administrator decided (managed `translation`). Stores `{ enabled }` and nothing else.
 */
import { useEffect, useMemo, useState } from 'react';
import { onTranslationSettingChanged, pageTranslationApi, readTranslationSetting, saveTranslationChoice, type SettingsStorageLike } from '../browser/translator';
import { offeredLanguages, type OfferedLanguage, type TranslationApi, type TranslationSetting } from '../translation/session';

export function TranslationSwitch({ storage, translationApi }: { storage: SettingsStorageLike | null | undefined; translationApi?: TranslationApi | null }) {
  const api = useMemo(() => (translationApi === undefined ? pageTranslationApi() : translationApi), [translationApi]);
  const [offered, setOffered] = useState<OfferedLanguage[]>([]);
  const [setting, setSetting] = useState<TranslationSetting | null>(null);
  useEffect(() => {
    let live = true;
    void offeredLanguages(api).then((l) => live && setOffered(l));
    const load = () => void readTranslationSetting(storage ?? undefined).then((s) => live && setSetting(s));
    load();
    const stop = onTranslationSettingChanged(storage ?? undefined, load);
    return () => {
      live = false;
      stop();
    };
  }, [api, storage]);
  if (!offered.length || !setting) return null;
  const change = (enabled: boolean) => {
    setSetting({ ...setting, enabled });
    void saveTranslationChoice(storage ?? undefined, enabled).catch(() => undefined);
  };
  return (
    <fieldset className="translation-setting">
      <legend>Sprache der Kundin / des Kunden</legend>
      <label>
        <input type="checkbox" checked={setting.enabled} disabled={setting.locked} onChange={(e) => change(e.target.checked)} /> In der Kundenansicht und der
        Druckansicht eine Übersetzung anbieten
      </label>
      {setting.locked && <span className="hint"> (von Ihrer Verwaltung festgelegt)</span>}
      <p className="hint">
        Übersetzt wird auf diesem Computer, mit dem eingebauten Übersetzer des Browsers ({offered.length}{' '}
        {offered.length === 1 ? 'Sprache' : 'Sprachen'}, z. B. {offered.slice(0, 3).map((l) => l.name).join(', ')}); kein Text des Plans verlässt den
        Computer. Verbindlich bleibt der deutsche Text. Zahlen, Daten, Namen und Beträge übersetzt Klarplan nicht, sondern übernimmt sie unverändert.
      </p>
    </fieldset>
  );
}
