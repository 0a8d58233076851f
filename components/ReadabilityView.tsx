import { READABILITY_HELP, type PlanReadability } from '../checker/readability';
import { SECTION_HEADINGS, SECTION_KEYS } from '../core/plan';

const de = (n: number, digits = 0) => n.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * How easy the plan is to read: Flesch-Amstad and the Wiener Sachtextformel for the whole plan and each
 * heading, with a plain explanation of what the numbers mean (and what they cannot say).
 */
export function ReadabilityView({ readability, headingLevel = 2, idPrefix = '' }: { readability: PlanReadability; headingLevel?: 2 | 3; idPrefix?: string }) {
  const Heading = `h${headingLevel}` as const;
  const whole = readability.plan;
  return (
    <section className="readability" aria-labelledby={`${idPrefix}lesbarkeit-heading`}>
      <Heading id={`${idPrefix}lesbarkeit-heading`}>Lesbarkeit</Heading>
      <p>
        {whole.score
          ? `Der ganze Plan ist ${whole.score.band} zu lesen: Flesch-Amstad ${de(whole.score.fleschAmstad)} von 100, Wiener Sachtextformel ${de(whole.score.wiener, 1)}.`
          : `Für eine Lesbarkeitszahl ist noch zu wenig Text da. ${whole.reason}`}
      </p>
      <details>
        <summary>Nach Überschriften und was die Zahlen bedeuten</summary>
        {/* one block per heading (not a table): it reflows in a narrow panel */}
        <dl className="readability-list">
          {SECTION_KEYS.map((key) => {
            const r = readability.sections[key];
            return (
              <div key={key}>
                <dt>{SECTION_HEADINGS[key]}</dt>
                <dd>{r.score ? `${r.score.band}: Flesch-Amstad ${de(r.score.fleschAmstad)}, Wiener Sachtextformel ${de(r.score.wiener, 1)}` : r.reason}</dd>
              </div>
            );
          })}
        </dl>
        <p>{READABILITY_HELP.fleschAmstad}</p>
        <p>{READABILITY_HELP.wiener}</p>
        <p>{READABILITY_HELP.limits}</p>
      </details>
    </section>
  );
}
