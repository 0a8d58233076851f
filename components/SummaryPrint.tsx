/**
 * The print view of the read-aloud summary: when the round took place, every point under its heading with its
 * status and how it came about, and the suggested wording for open points, laid out for paper. It asks the side panel for the summary of the last round
 * ("klarplan/summary-request", answer validated with zod); nothing is stored.
 */
import { useEffect, useMemo, useState } from 'react';
import { extensionApi, type RuntimeLike } from '../browser/extension-api';
import { formatDate } from '../checker/findings';
import { parseReadingSummary, type ReadingSummary } from '../messages/index';
import { countsLine } from '../speech/marks';
import { LanguageChoice, TranslationNotice, Translated, useClientTranslation, type TranslationDeps } from './ClientLanguage';

export function SummaryPrint({ runtime: runtimeProp, print = () => window.print(), translation: deps }: { runtime?: RuntimeLike | null; print?: () => void; translation?: TranslationDeps }) {
  const runtime = useMemo(() => (runtimeProp === undefined ? (extensionApi<{ runtime: RuntimeLike }>()?.runtime ?? null) : runtimeProp), [runtimeProp]);
  const [summary, setSummary] = useState<ReadingSummary | null | 'loading'>('loading');
  const t = useClientTranslation(deps);

  useEffect(() => {
    if (!runtime) {
      setSummary(null);
      return;
    }
    void runtime
      .sendMessage({ type: 'klarplan/summary-request' })
      .then((answer) => setSummary(parseReadingSummary(answer)))
      .catch(() => setSummary(null));
  }, [runtime]);

  if (summary === 'loading') return <main className="summary-print"><p>Die Zusammenfassung wird geladen …</p></main>;
  if (!summary) {
    return (
      <main className="summary-print">
        <h1>Keine Zusammenfassung</h1>
        <p>
          Lesen Sie den Plan in der Klarplan-Seitenleiste mit „Vorlesen“ vor und öffnen Sie danach die Druckansicht noch
          einmal. Die Seitenleiste muss dafür offen bleiben.
        </p>
      </main>
    );
  }
  const groups: Array<{ heading: string; rows: ReadingSummary['rows'] }> = [];
  for (const r of summary.rows) {
    const last = groups[groups.length - 1];
    if (last && last.heading === r.heading) last.rows.push(r);
    else groups.push({ heading: r.heading, rows: [r] });
  }
  const open = summary.rows.filter((r) => r.open);
  return (
    <main className="summary-print">
      <div className="no-print">
        <p>
          <button type="button" onClick={print}>
            Drucken
          </button>
        </p>
        <LanguageChoice t={t} id="druck-sprache" />
      </div>
      <h1>{summary.title}</h1>
      {t.language && t.phase === 'ready' && (
        <div className="translation-banner" lang={t.language.code} dir={t.language.dir}>
          <TranslationNotice language={t.language} />
        </div>
      )}
      <p className="counts">{countsLine(summary.counts)}</p>
      <p className="legend">{summary.legend}</p>
      {groups.map((g) => (
        <section key={g.heading}>
          <h2>{g.heading}</h2>
          <Translated t={t} text={g.heading} />
          <ul>
            {g.rows.map((r, i) => (
              <li key={i}>
                {r.empty ? '(noch kein Eintrag)' : r.text}
                {r.due && <span> (bis {formatDate(r.due)})</span>} – <strong>{r.label}</strong> <span className="history">({r.history})</span>
                {!r.empty && <Translated t={t} text={r.text} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {open.length > 0 && (
        <section>
          <h2>Offene Punkte: Vorschlag für den Plan</h2>
          <ul>
            {open.map((r, i) => (
              <li key={i}>
                {r.open!.wording}
                <Translated t={t} text={r.open!.wording} />
                {r.open!.flag && (
                  <span className="open-flag">
                    {' '}
                    – <strong>{r.open!.flag.title}:</strong> {r.open!.flag.message}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
