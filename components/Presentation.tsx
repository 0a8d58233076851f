/**
 * Presentation mode for a projector: the plan in large type on one screen (the type shrinks until the plan fits),
 * its findings in place — the words marked, a short numbered tag after each — and a line at the bottom with the
 * current finding and its "Warum?" in one sentence. Arrow keys (or a presenter's Page keys, Space) step through the
 * findings one at a time; Esc leaves. The controls are a small bar that hides while presenting and comes back on
 * a mouse move or when it gets the keyboard focus. Read-only; the checker runs here, nothing is sent.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { checkPlan } from '../checker/checker';
import { countLabel, formatDate } from '../checker/findings';
import { entrySpans, markPieces, stepOrder } from '../checker/marks';
import { ruleById } from '../checker/rules-info';
import { SECTION_HEADINGS, SEVERITY_LABELS, entryDue, entryText, type Finding, type Plan, type SectionKey } from '../core/plan';

export type Version = 'schwach' | 'besser';

interface PresentationProps {
  /** The example's title, e.g. "06 · Das Jobcenter verspricht nichts Konkretes". */
  title: string;
  plan: Plan;
  version: Version;
  onVersion(version: Version): void;
  onExit(): void;
}

const COLUMNS: SectionKey[][] = [
  ['ziel', 'zwischenziel', 'schritte'],
  ['jobcenter', 'dritte', 'sonstiges'],
];
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);
/** The bar comes back on a mouse move and hides again after this long without one. */
const BAR_HIDE_MS = 2500;
/** Smallest type the plan is set in before it may scroll (px). */
const MIN_FONT = 16;

const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const tagOf = (f: Finding) => ruleById(f.category)?.tag ?? f.category;

function Tag({ n, finding, current }: { n: number; finding: Finding; current: boolean }) {
  return (
    <span className={`pres-tag severity-${finding.severity}${current ? ' current' : ''}`} data-step={n + 1}>
      <span className="pres-tag-n">{n + 1}</span> {tagOf(finding)}
    </span>
  );
}

function Entry({ text, due, spans, ordered, current }: { text: string; due?: string; spans: ReturnType<typeof entrySpans>; ordered: Finding[]; current: number }) {
  const pieces = markPieces(text, spans);
  return (
    <li className={spans.some((s) => s.n === current) ? 'current-entry' : undefined}>
      {pieces.map((p, i) => (
        <span key={i}>
          {p.covers.length ? <mark className={p.covers.includes(current) ? 'current' : undefined}>{p.text}</mark> : p.text}
          {p.tagsAfter.map((n) => (
            <Tag key={n} n={n} finding={ordered[n]!} current={n === current} />
          ))}
        </span>
      ))}
      {due !== undefined && <span className="pres-due"> (bis {formatDate(due)})</span>}
    </li>
  );
}

/** Shrinks the type of `box` until its content fits (down to MIN_FONT), from a size that suits the screen. */
function useFitType(box: React.RefObject<HTMLElement | null>, deps: unknown[]) {
  const [size, setSize] = useState({ w: window.innerWidth, h: window.innerHeight });
  useEffect(() => {
    const onResize = () => setSize({ w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    let font = Math.max(MIN_FONT, Math.min(size.w / 38, size.h / 21));
    el.style.fontSize = `${font}px`;
    while (font > MIN_FONT && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) {
      font = Math.max(MIN_FONT, font * 0.94);
      el.style.fontSize = `${font}px`;
    }
    el.dataset.fontSize = String(Math.round(font));
  }, [size.w, size.h, ...deps]);
}

export function Presentation({ title, plan, version, onVersion, onExit }: PresentationProps) {
  const ordered = useMemo(() => stepOrder(checkPlan(plan).findings), [plan]);
  const [current, setCurrent] = useState(-1);
  const [barShown, setBarShown] = useState(true);
  const root = useRef<HTMLElement>(null);
  const planBox = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<number | undefined>(undefined);
  useFitType(planBox, [plan, current]);

  useEffect(() => setCurrent(-1), [plan]);
  useEffect(() => root.current?.focus(), []);

  const step = useCallback((by: number) => {
    setCurrent((c) => Math.min(ordered.length - 1, Math.max(-1, c + by)));
    setBarShown(false);
  }, [ordered.length]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const onControl = e.target instanceof HTMLElement && e.target.closest('button, select, a') !== null;
      if (e.key === 'Escape') {
        e.preventDefault();
        onExit();
      } else if (NEXT.has(e.key) && !(e.key === ' ' && onControl)) {
        e.preventDefault();
        step(1);
      } else if (PREVIOUS.has(e.key)) {
        e.preventDefault();
        step(-1);
      } else if (e.key === 'Home') {
        e.preventDefault();
        setCurrent(-1);
      } else if (e.key === 'End') {
        e.preventDefault();
        setCurrent(ordered.length - 1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onExit, step, ordered.length]);

  useEffect(() => {
    const onMove = () => {
      setBarShown(true);
      window.clearTimeout(hideTimer.current);
      hideTimer.current = window.setTimeout(() => setBarShown(false), BAR_HIDE_MS);
    };
    document.addEventListener('mousemove', onMove);
    return () => {
      document.removeEventListener('mousemove', onMove);
      window.clearTimeout(hideTimer.current);
    };
  }, []);

  // bring the current finding into view if the plan had to scroll after all
  useEffect(() => {
    planBox.current?.querySelector('mark.current, .pres-tag.current')?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const f = current >= 0 ? ordered[current] : undefined;
  const rule = f ? ruleById(f.category) : undefined;
  const wholePlan = ordered.map((x, n) => [x, n] as const).filter(([x]) => x.section === null);
  const versionLabel = version === 'schwach' ? 'schwache Fassung' : 'verbesserte Fassung';

  return (
    <main className="pres" ref={root} tabIndex={-1} aria-labelledby="pres-title" aria-describedby="pres-keys">
      <div className="pres-top">
        <h1 id="pres-title" className="pres-title">
          {title} <span className="pres-version">– {versionLabel}, {countLabel(ordered.length)}</span>
        </h1>
        <div role="toolbar" aria-label="Präsentation steuern" className={`pres-bar${barShown ? '' : ' hidden'}`}>
          <button type="button" onClick={() => step(-1)} disabled={current < 0} aria-label="Voriger Hinweis">
            ←
          </button>
          <button type="button" onClick={() => step(1)} disabled={current >= ordered.length - 1} aria-label="Nächster Hinweis">
            →
          </button>
          <button type="button" aria-pressed={version === 'schwach'} onClick={() => onVersion('schwach')}>
            Schwach
          </button>
          <button type="button" aria-pressed={version === 'besser'} onClick={() => onVersion('besser')}>
            Verbessert
          </button>
          <button type="button" onClick={onExit}>
            Beenden (Esc)
          </button>
        </div>
      </div>
      <div className="pres-plan" ref={planBox}>
        {wholePlan.length > 0 && (
          <p className="pres-whole">
            Plan insgesamt:{' '}
            {wholePlan.map(([x, n]) => (
              <Tag key={n} n={n} finding={x} current={n === current} />
            ))}
          </p>
        )}
        <div className="pres-columns">
          {COLUMNS.map((keys, c) => (
            <div key={c} className="pres-column">
              {keys.map((key) => {
                const entries = (plan.sections[key] ?? []).map((e, i) => ({ text: entryText(e), due: entryDue(e), i })).filter((e) => e.text.trim() !== '');
                return (
                  <section key={key} className="pres-section" aria-labelledby={`pres-${key}`}>
                    <h2 id={`pres-${key}`}>{SECTION_HEADINGS[key]}</h2>
                    {entries.length === 0 ? (
                      <p className="pres-empty">(leer)</p>
                    ) : (
                      <ol>
                        {entries.map((e) => (
                          <Entry key={e.i} text={e.text} due={e.due} spans={entrySpans(ordered, key, e.i)} ordered={ordered} current={current} />
                        ))}
                      </ol>
                    )}
                  </section>
                );
              })}
            </div>
          ))}
        </div>
      </div>
      <div className="pres-caption" aria-live="polite">
        {f && rule ? (
          <p>
            <span className={`pres-tag current severity-${f.severity}`}>
              <span className="pres-tag-n">{current + 1}</span> {rule.tag}
            </span>{' '}
            <span className="pres-count">
              {current + 1} von {ordered.length} · {SEVERITY_LABELS[f.severity]}:
            </span>{' '}
            <strong>{rule.title}.</strong> <span className="pres-why">Warum? {rule.whyBrief}</span>
          </p>
        ) : (
          <p>
            {upper(countLabel(ordered.length))}. Pfeiltasten: Hinweis für Hinweis · Esc: Präsentation beenden
          </p>
        )}
      </div>
      <p id="pres-keys" className="visually-hidden">
        Pfeiltasten oder Bild-Tasten: Hinweis für Hinweis. Pos1: alle Hinweise. Esc: Präsentation beenden.
      </p>
    </main>
  );
}
