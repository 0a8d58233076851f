/**
 * What the rules read: an entry analysed once (tokens, sentences, times, people), shared by all rules.
 * Fields are computed on first use, so a rule that needs only the text pays for nothing else.
 */
import { type EntryOwner, type SectionKey } from './plan';
import { clientNouns, hasFirstPerson, institutionMentions, namedPersons, roleMentions, type ClientRef, type Mention, type NamedPerson } from '../language/people';
import { findImpossibleDates, findTimes, planEnd, realDay, type ImpossibleDate, type TimeExpr } from '../language/time';
import { isPassiveSubject, looksFinite } from '../language/first-person/index';
import { splitSentences, tokenize, type Sentence, type Token } from '../language/tokens';

export class EntryAnalysis {
  constructor(
    readonly text: string,
    readonly section: SectionKey,
    readonly index: number,
    /** The plan's date, UTC midnight. */
    readonly planDate: Date,
    /** The entry's "bis wann" column, if any (YYYY-MM-DD). */
    readonly due?: string,
    /** False when the plan's own date is one the calendar does not have: then `planDate` is only today. */
    readonly planDateValid: boolean = true,
    /** The plan's own end as the form gives it ("gültig bis"), UTC midnight; undefined: six months on. */
    readonly ownEnd?: Date,
    /** The step row's owner column ("Zuständig: Jobcenter (Frau Lindner)"), if the form has one. */
    readonly owner?: EntryOwner,
  ) {}

  /** A person the step row's owner column names ("Frau Lindner" in "Jobcenter (Frau Lindner)"): the entry's counterpart. */
  get ownerPerson(): string | undefined {
    const p = this.owner?.person?.trim();
    return p ? p : undefined;
  }

  #tokens?: Token[];
  get tokens(): Token[] { return (this.#tokens ??= tokenize(this.text)); }

  #sentences?: Sentence[];
  get sentences(): Sentence[] { return (this.#sentences ??= splitSentences(this.text, this.tokens)); }

  #times?: TimeExpr[];
  /** All time expressions, vague ones included. */
  get times(): TimeExpr[] { return (this.#times ??= findTimes(this.text, this.planDate)); }

  /** A checkable time: a date, frame, rhythm, clock time or anchor, or a `due` date. */
  get hasTime(): boolean { return !!this.dueDate || this.times.some((t) => t.kind !== 'vague'); }
  get vagueTimes(): TimeExpr[] { return this.times.filter((t) => t.kind === 'vague'); }
  /**
   * Text that names no time at all, not even a vague one or a date that does not exist, and has no `due` date
   * (a `due` the calendar does not have is reported as such, not as a missing date).
   */
  get untimed(): boolean {
    return !this.isBlank && !this.hasTime && this.vagueTimes.length === 0 && this.impossibleDates.length === 0 && !this.dueImpossible;
  }

  /** The "bis wann" date; undefined when there is none or the calendar has no such day. */
  get dueDate(): Date | undefined {
    return this.due ? (realDay(this.due) ?? undefined) : undefined;
  }
  /** A "bis wann" date that does not exist (2026-02-30). */
  get dueImpossible(): boolean { return !!this.due && !realDay(this.due); }

  #impossible?: ImpossibleDate[];
  /** Dates written in the text that the calendar does not have ("30.02.2026", "31. April"). */
  get impossibleDates(): ImpossibleDate[] { return (this.#impossible ??= findImpossibleDates(this.text)); }

  /** The plan's last day: its own end where the form gives one, else six months after its date. */
  get planEnd(): Date { return this.ownEnd ?? planEnd(this.planDate); }

  #persons?: NamedPerson[];
  get persons(): NamedPerson[] { return (this.#persons ??= namedPersons(this.tokens)); }

  #clients?: ClientRef[];
  /** The client named by a noun ("der Kunde", "die eLb"). Pronouns and names are decided by the rules. */
  get clientNouns(): ClientRef[] { return (this.#clients ??= clientNouns(this.tokens)); }

  /** Named persons who can be the responsible counterpart: not the client named as an object ("schickt Herrn Nowak"). */
  #counterparts?: NamedPerson[];
  get counterparts(): NamedPerson[] {
    const toks = this.tokens;
    return (this.#counterparts ??= this.persons.filter(
      (p) => !(p.from > 1 && /^(herrn|frau|herr)$/.test(toks[p.from]!.lower) && looksFinite(toks[p.from - 1]!)) && !isPassiveSubject(toks, p),
    ));
  }

  #roles?: Mention[];
  get roles(): Mention[] { return (this.#roles ??= roleMentions(this.tokens)); }

  #inst?: Mention[];
  get institutions(): Mention[] { return (this.#inst ??= institutionMentions(this.tokens)); }

  #first?: boolean;
  get firstPerson(): boolean { return (this.#first ??= hasFirstPerson(this.tokens)); }

  /** Non-blank text? */
  get isBlank(): boolean { return this.text.trim() === ''; }

  /** Memo for rules that share derived facts (e.g. whether a commitment is vague), keyed by rule id. */
  readonly memo = new Map<string, unknown>();
}

export interface PlanAnalysis {
  planDate: Date;
  /** The plan's `date` as written, when the calendar has no such day (then `planDate` is today). */
  impossibleDate?: string;
  entries: Record<SectionKey, EntryAnalysis[]>;
}
