/**
 * The point being read in "Vorlesen" and what the client says to it: "Passt so" · "Ändern" · "Als offen markieren"
 * · "Nochmal" · "Weiter" (moves on, records nothing), each with its key on the button; for an open point the date
 * and the person of its clarification, with the checker's note while no person is named. Without a voice, the
 * round says so once, at its top, and then looks exactly as with one.
 */
import { formatDate } from '../checker/findings';
import type { ClarificationFinding } from '../checker/clarification';
import { STATUS_LABELS } from '../speech/marks';
import { canConfirm, isOpen, KEYS, statusOf, type RoundEvent, type RoundState } from '../speech/round';
import { clarificationClause, openPointWording } from '../speech/summary';
import { phaseText, pointNumber } from '../speech/views';
import { Paragraphs } from './VoiceSettings';

export interface ReadingPointProps {
  round: RoundState;
  /** The round speaks nothing (no voice it may use, or no speech at all). */
  silent: boolean;
  /** Said once at the top of a round without a voice ('' otherwise). */
  noVoiceNote: string;
  /** The plan's named people, for "Klärung mit …". */
  people: readonly string[];
  /** The proposed "Klärung bis" date (YYYY-MM-DD) and the earliest allowed (today). */
  proposedBy: string;
  today: string;
  fromExample: boolean;
  dispatch: (event: RoundEvent) => void;
  stop: () => void;
  checkClarification: (clause: string) => ClarificationFinding | null;
  pointRef: React.RefObject<HTMLDivElement | null>;
}

/** A button with its key shown on it (the key is for the eye; screen readers get aria-keyshortcuts). */
function KeyButton(props: { label: string; keyLabel: string; shortcut: string; onClick: () => void; primary?: boolean; disabled?: boolean; pressed?: boolean; describedBy?: string }) {
  return (
    <button
      type="button"
      className={props.primary ? 'primary' : undefined}
      onClick={props.onClick}
      aria-keyshortcuts={props.shortcut}
      disabled={props.disabled}
      aria-pressed={props.pressed}
      aria-describedby={props.describedBy}
    >
      {props.label} <kbd aria-hidden="true">{props.keyLabel}</kbd>
    </button>
  );
}

export function ReadingPoint(props: ReadingPointProps) {
  const { round, dispatch } = props;
  const current = round.points[round.current]!;
  const mark = round.marks[round.current]!;
  const status = statusOf(round, round.current);
  const open = isOpen(round);
  const confirmable = canConfirm(round);
  const by = mark.open?.by || props.proposedBy;
  const person = mark.open?.person ?? '';
  const flag = open ? props.checkClarification(clarificationClause(by, person)) : null;
  return (
    <div className="reading" ref={props.pointRef} tabIndex={-1} role="group" aria-labelledby="vorlesen-punkt">
      {props.noVoiceNote && (
        <div className="note no-voice">
          <p>
            <strong>{props.noVoiceNote.split('\n\n')[0]}</strong>
          </p>
          <details>
            <summary>So kommt eine Stimme dazu</summary>
            <Paragraphs text={props.noVoiceNote.split('\n\n').slice(1).join('\n\n')} />
          </details>
        </div>
      )}
      {round.problem === 'failed' && !props.silent && (
        <p className="note speech-problem">Die Sprachausgabe hat nicht geklappt. Bitte lesen Sie selbst vor – die Runde geht weiter.</p>
      )}
      <p className="reading-where" id="vorlesen-punkt">
        Punkt {round.current + 1} von {round.points.length} · {current.heading}
        {current.empty ? ' · Noch kein Eintrag' : ` (${pointNumber(current)})`}
      </p>
      <p className="reading-text">
        {current.empty ? 'Unter dieser Überschrift steht noch nichts.' : current.text}
        {current.due && <span className="due"> (bis {formatDate(current.due)})</span>}
      </p>
      <p className="reading-status">
        Stand: <strong>{STATUS_LABELS[status]}</strong>
      </p>
      <p className="reading-phase" id="vorlesen-phase">
        {phaseText(round, props.silent)}
      </p>
      {round.editing && props.fromExample && (
        <p className="hint">Beim Beispielplan gibt es kein Formular: Der Punkt ist als „Änderung gewünscht“ vermerkt.</p>
      )}
      <div className="reading-actions" role="group" aria-label="Antwort zu diesem Punkt">
        <KeyButton label="Passt so" keyLabel={KEYS.confirm} shortcut="P" primary onClick={() => dispatch({ type: 'confirm' })} disabled={!confirmable} pressed={status === 'bestätigt'} describedBy="vorlesen-phase" />
        <KeyButton label="Ändern" keyLabel={KEYS.change} shortcut="Ä" onClick={() => dispatch({ type: 'change' })} />
        <KeyButton label="Als offen markieren" keyLabel={KEYS.open} shortcut="O" pressed={open} onClick={() => dispatch(open ? { type: 'withdraw' } : { type: 'open', by: props.proposedBy })} />
        <KeyButton label="Nochmal" keyLabel={KEYS.repeat} shortcut="N" onClick={() => dispatch({ type: 'repeat' })} />
        <KeyButton label="Weiter" keyLabel={KEYS.next} shortcut="ArrowRight" onClick={() => dispatch({ type: 'next' })} />
      </div>
      {open && (
        <fieldset className="open-details">
          <legend>Offener Punkt: bis wann und mit wem klären?</legend>
          <label>
            Klärung bis{' '}
            <input type="date" value={by} min={props.today} required onChange={(e) => dispatch({ type: 'details', by: e.target.value || props.proposedBy })} />
          </label>{' '}
          <label>
            mit{' '}
            <input
              type="text"
              list="vorlesen-personen"
              value={person}
              placeholder="z. B. Frau Lindner"
              autoComplete="off"
              onChange={(e) => dispatch({ type: 'details', person: e.target.value })}
            />
          </label>
          <datalist id="vorlesen-personen">
            {props.people.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          {props.people.length > 0 && (
            <p className="hint people-choices">
              Im Plan genannt:{' '}
              {props.people.map((p, i) => (
                <span key={p}>
                  {i > 0 && ' · '}
                  <button type="button" className="link" onClick={() => dispatch({ type: 'details', person: p })}>
                    {p}
                  </button>
                </span>
              ))}
            </p>
          )}
          <p className="open-wording">{openPointWording(current, by, person)}</p>
          {flag && (
            <p className="note open-flag">
              <strong>{flag.title}:</strong> {flag.message}
            </p>
          )}
        </fieldset>
      )}
      <div className="reading-controls" role="group" aria-label="Vorlesen steuern">
        <KeyButton label="Zurück" keyLabel={KEYS.previous} shortcut="ArrowLeft" onClick={() => dispatch({ type: 'previous' })} disabled={round.current === 0} />
        {round.phase === 'paused' ? (
          <button type="button" onClick={() => dispatch({ type: 'resume' })} aria-keyshortcuts="Space">
            Weiterlesen
          </button>
        ) : (
          <button type="button" onClick={() => dispatch({ type: 'pause' })} aria-keyshortcuts="Space" disabled={round.phase !== 'speaking'}>
            Pause
          </button>
        )}
        <KeyButton label="Beenden" keyLabel={KEYS.stop} shortcut="Escape" onClick={props.stop} />
      </div>
      <p className="hint keys">
        Tasten: P Passt so · Ä Ändern · O offen · N Nochmal · → Weiter · ← Zurück · Leertaste Pause · Esc Beenden (steht der
        Fokus auf einem Knopf, drückt die Leertaste diesen Knopf)
      </p>
    </div>
  );
}
