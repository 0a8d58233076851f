/**
 * Fields Klarplan found in the plan but could not place under a heading (issue 16), in "So liest Klarplan den
 * Plan": each with its label and a choice of heading. "Zuordnen" keeps the choice for this site (a site profile:
 * the field's identity → heading, never its text), and the page is read again with it.
 */
import { useId, useState } from 'react';
import { SECTION_HEADINGS, SECTION_KEYS, type SectionKey } from '../core/plan';
import type { PageNotice } from '../fields/types';

type Unplaced = Extract<PageNotice, { kind: 'unplaced' }>;

export function UnplacedFields({
  notices,
  headingLevel = 3,
  onAssign,
}: {
  notices: readonly PageNotice[] | undefined;
  headingLevel?: 2 | 3 | 4;
  /** Absent where nothing can be kept (then the list only says what was found). */
  onAssign?: (selector: string, section: SectionKey) => void;
}) {
  const fields = (notices ?? []).filter((n): n is Unplaced => n.kind === 'unplaced');
  if (!fields.length) return null;
  const H = `h${headingLevel}` as const;
  return (
    <div className="unplaced-fields">
      <H>Felder ohne Überschrift</H>
      <p>
        Diese Felder stehen im Plan, aber Klarplan weiß nicht, unter welche Überschrift sie gehören. Sie werden nicht
        geprüft, bis Sie sie zuordnen. Die Zuordnung gilt für diese Seite; der Text der Felder wird nicht gespeichert.
      </p>
      <ul>
        {fields.map((n, i) => (
          <UnplacedField key={n.fieldId} notice={n} index={i + 1} {...(onAssign ? { onAssign } : {})} />
        ))}
      </ul>
    </div>
  );
}

function UnplacedField({ notice, index, onAssign }: { notice: Unplaced; index: number; onAssign?: (selector: string, section: SectionKey) => void }) {
  const id = useId();
  const [section, setSection] = useState<SectionKey>('sonstiges');
  const [done, setDone] = useState(false);
  const name = notice.label ? `„${notice.label}“` : `Feld ${index} ohne Beschriftung`;
  return (
    <li className="unplaced-field">
      <span className="unplaced-name">{name}</span>
      {onAssign && notice.selector && !done && (
        <span className="unplaced-assign">
          {' '}
          <label htmlFor={id}>gehört unter</label>{' '}
          <select id={id} value={section} onChange={(e) => setSection(e.target.value as SectionKey)}>
            {SECTION_KEYS.map((k) => (
              <option key={k} value={k}>
                {SECTION_HEADINGS[k]}
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            aria-label={`${name} zuordnen`}
            onClick={() => {
              setDone(true);
              onAssign(notice.selector!, section);
            }}
          >
            Zuordnen
          </button>
        </span>
      )}
      {done && <span role="status"> – zugeordnet, die Seite wird neu gelesen.</span>}
    </li>
  );
}
