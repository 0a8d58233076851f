import type { PageNotice } from '../fields/types';

const de = (n: number) => n.toLocaleString('de-DE');

const LIMIT_WHAT: Record<'fields' | 'entries' | 'characters', string> = {
  fields: 'Felder',
  entries: 'Einträge',
  characters: 'Zeichen',
};

/** The notice about a page beyond Klarplan's limits, in one sentence. */
export function limitText(n: Extract<PageNotice, { kind: 'limit' }>): string {
  const what = LIMIT_WHAT[n.what];
  const found = n.found > n.limit ? ` (${de(n.found)})` : '';
  return n.what === 'characters'
    ? `Ein Feld auf dieser Seite hat mehr als ${de(n.limit)} Zeichen${found} – Klarplan prüft die ersten ${de(n.limit)}.`
    : `Auf dieser Seite sind mehr als ${de(n.limit)} ${what}${found} – Klarplan prüft die ersten ${de(n.limit)}.`;
}

/** "https://fachverfahren.example:8443" → "fachverfahren.example:8443" (the host a person recognises, with its port: two ports are two origins). */
export function originHost(origin: string): string {
  try {
    return new URL(origin).host || origin;
  } catch {
    return origin;
  }
}

interface PageNoticesProps {
  notices: readonly PageNotice[] | undefined;
  /** Switches Klarplan on for a frame's origin (the panel's site-enable flow); without it no button is shown. */
  onEnableOrigin?: (origin: string) => void;
}

/**
 * What Klarplan could not read on the page, said at the top of the panel instead of showing a partial plan as
 * complete: limits, an error of the page agent, frames from other sites, fields not placed under a heading.
 */
export function PageNotices({ notices, onEnableOrigin }: PageNoticesProps) {
  if (!notices?.length) return null;
  const limits = notices.filter((n): n is Extract<PageNotice, { kind: 'limit' }> => n.kind === 'limit');
  const errors = notices.filter((n): n is Extract<PageNotice, { kind: 'error' }> => n.kind === 'error');
  const frames = [...new Set(notices.flatMap((n) => (n.kind === 'frame' ? [n.origin] : [])))];
  const unplaced = notices.filter((n): n is Extract<PageNotice, { kind: 'unplaced' }> => n.kind === 'unplaced');
  return (
    <div className="page-notices" role="group" aria-label="Hinweise zur Seite">
      {limits.map((n, i) => (
        <p key={`l${i}`} className="notice notice-limit">
          {limitText(n)}
        </p>
      ))}
      {errors.map((n, i) => (
        <p key={`e${i}`} className="notice notice-error">
          Klarplan konnte diese Seite nicht ganz lesen: {n.message}
        </p>
      ))}
      {frames.map((origin) => (
        <p key={origin} className="notice notice-frame">
          Ein Teil dieser Seite kommt von {originHost(origin)} – Klarplan darf ihn nicht lesen.
          {onEnableOrigin && (
            <>
              {' '}
              <button type="button" onClick={() => onEnableOrigin(origin)}>
                Auf {originHost(origin)} einschalten
              </button>
            </>
          )}
        </p>
      ))}
      {unplaced.length > 0 && (
        <div className="notice notice-unplaced">
          <p id="nicht-zugeordnet">Nicht zugeordnet (Klarplan weiß nicht, unter welche Überschrift diese Felder gehören):</p>
          <ul aria-labelledby="nicht-zugeordnet">
            {unplaced.map((n) => (
              <li key={n.fieldId}>{n.label || 'Feld ohne Beschriftung'}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
