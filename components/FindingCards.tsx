/**
 * The panel's findings as cards, one per plan entry (checker/cards.ts): where it is in the form's words, the entry's
 * text (short), what is missing as tags, the full message the first time a rule appears, the proposed sentence with
 * "Übernehmen", "Im Formular zeigen", "Ignorieren", and one "Warum?" with "Regel ausschalten". Text is rendered as
 * React text nodes (escaped), never as HTML.
 */
import { shortText, type Card, type CardGroup } from '../checker/cards';
import { countLabel } from '../checker/findings';
import { ruleById } from '../checker/rules-info';
import { SEVERITY_LABELS, type SectionKey } from '../core/plan';

/** The DOM id of a card (for focus and scrolling). */
export const cardDomId = (card: Pick<Card, 'id'>) => `karte-${card.id.replace(/[^a-z0-9-]/gi, '-')}`;

interface FindingCardsProps {
  groups: readonly CardGroup[];
  /** What the page calls an entry's field or row ("Schritt 5"); without it the entry's number under its heading. */
  nameOf?: (section: SectionKey, entry: number) => string | undefined;
  onApply?: (card: Card) => void;
  onReveal?: (card: Card) => void;
  /** Hides findings for this session (their dismiss keys). */
  onIgnore?: (keys: string[], what: string) => void;
  /** Switches a rule off (the options page's setting). */
  onRuleOff?: (category: string) => void;
  headingLevel?: 2 | 3;
}

export function FindingCards({ groups, nameOf, onApply, onReveal, onIgnore, onRuleOff, headingLevel = 3 }: FindingCardsProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="finding-groups">
      {groups.map((group) => {
        const count = group.cards.reduce((n, c) => n + c.findings.length, 0);
        return (
          <section key={group.key} className="finding-group" aria-labelledby={`gruppe-${group.key}`}>
            <Heading id={`gruppe-${group.key}`}>
              {group.heading}
              <span className="visually-hidden"> ({countLabel(count)})</span>
            </Heading>
            <ul className="cards">
              {group.cards.map((card) => (
                <CardView key={card.id} card={card} name={where(card, group.heading, nameOf)} onApply={onApply} onReveal={onReveal} onIgnore={onIgnore} onRuleOff={onRuleOff} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/**
 * Where the entry is, in the form's words: the page's name of its field or row ("Schritt 5"); a name that only
 * repeats the heading above the card is left out ("Punkt 2" then).
 */
export function where(card: Pick<Card, 'section' | 'entry'>, heading: string, nameOf: FindingCardsProps['nameOf']): string {
  if (card.section === null || card.entry === null) return '';
  const name = nameOf?.(card.section, card.entry)?.trim();
  if (!name) return `Punkt ${card.entry + 1}`;
  const bare = (t: string) => t.toLowerCase().replace(/[\s:：]+$/u, '');
  const base = bare(name.replace(/, Punkt \d+$/, ''));
  if (base === bare(heading) || bare(heading).startsWith(base)) return /, (Punkt \d+)$/.exec(name)?.[1] ?? 'Punkt 1';
  return name;
}

interface CardViewProps extends Pick<FindingCardsProps, 'onApply' | 'onReveal' | 'onIgnore' | 'onRuleOff'> {
  card: Card;
  name: string;
}

function CardView({ card, name, onApply, onReveal, onIgnore, onRuleOff }: CardViewProps) {
  const dom = cardDomId(card);
  const rules = [...new Map(card.findings.map((cf) => [cf.finding.category, cf])).values()];
  const tags = card.findings.map((cf) => cf.tag).join(', ');
  return (
    <li className={`card severity-${card.severity}`}>
      <article id={dom} tabIndex={-1} aria-labelledby={name ? `${dom}-name ${dom}-tags` : `${dom}-tags`} data-card={card.id}>
        {(name || card.text) && (
        <p className="card-where">
            {name && (
              <span className="card-name" id={`${dom}-name`}>
                {name}
              </span>
            )}
            {card.text && (
              <>
                {' '}
                <q className="card-text">{shortText(card.text, 70)}</q>
              </>
            )}
          </p>
        )}
        <ul className="tags" id={`${dom}-tags`}>
          {card.findings.map((cf) => (
            <li key={cf.key + cf.finding.start} className={`finding severity-${cf.finding.severity}`} data-rule={cf.finding.category}>
              <span className="visually-hidden severity">{SEVERITY_LABELS[cf.finding.severity]}:</span>{' '}
              <span className="tag">{cf.tag}</span>
              {cf.excerpt !== undefined && cf.excerpt.length <= 40 && (
                <>
                  {' '}
                  <q className="excerpt">{cf.excerpt}</q>
                </>
              )}
            </li>
          ))}
        </ul>
        {card.findings
          .filter((cf) => cf.full)
          .map((cf) => (
            <p key={`m-${cf.key}-${cf.finding.start}`} className="message">
              {cf.finding.message}
            </p>
          ))}
        {card.proposal && (
          <div className="fix">
            <p>
              {card.proposal.kind === 'delete' ? (
                <>
                  Vorschlag: Satz streichen <del>{card.text.slice(card.proposal.start, card.proposal.end).trim()}</del>
                  {card.proposal.result && (
                    <>
                      {' '}
                      – danach: <q>{card.proposal.result}</q>
                    </>
                  )}
                </>
              ) : (
                <>
                  Vorschlag: <q>{card.proposal.result}</q>
                </>
              )}
            </p>
          </div>
        )}
        <div className="actions">
          {card.proposal && onApply && (
            <button type="button" className="apply" onClick={() => onApply(card)} aria-keyshortcuts="Alt+Enter">
              Übernehmen
            </button>
          )}
          {onReveal && card.entry !== null && (
            <button type="button" className="reveal" onClick={() => onReveal(card)}>
              Im Formular zeigen
            </button>
          )}
          {onIgnore && (
            <button
              type="button"
              className="ignore"
              onClick={() => onIgnore(card.findings.map((cf) => cf.key), tags)}
              aria-label={`Ignorieren: ${tags} (bis der Browser schließt)`}
            >
              Ignorieren
            </button>
          )}
        <details className="why">
          <summary>Warum?</summary>
          {rules.map((cf) => {
            const rule = ruleById(cf.finding.category);
            return (
              <div key={cf.finding.category} className="why-rule">
                <p>
                  <strong>{rule?.title ?? cf.tag}:</strong> {rule?.why ?? cf.finding.message}
                </p>
                {!cf.full && <p className="message-again">{cf.finding.message}</p>}
                {rule && rule.sources.length > 0 && (
                  <p className="sources">
                    Quelle{rule.sources.length > 1 ? 'n' : ''}: {rule.sources.map((s) => `${s.title}, ${s.section}`).join('; ')}
                  </p>
                )}
                <p className="why-actions">
                  {onIgnore && card.findings.length > 1 && (
                    <button type="button" className="ignore-one" onClick={() => onIgnore([cf.key], cf.tag)}>
                      Nur „{cf.tag}“ ignorieren
                    </button>
                  )}
                  {onRuleOff && rule && (
                    <button type="button" className="rule-off" onClick={() => onRuleOff(cf.finding.category)}>
                      Regel „{rule.title}“ ausschalten
                    </button>
                  )}
                </p>
              </div>
            );
          })}
        </details>
        </div>
      </article>
    </li>
  );
}
