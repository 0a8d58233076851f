/**
 * A part of the page Klarplan may not read (issue 16): a frame from another origin, named with its origin and
 * the same per-site switch as for the page itself. After switching on, that frame's plan is read too.
 * (Meant to sit in the panel's page notices, components/PageNotices.tsx.)
 */
import type { PageNotice } from '../fields/types';

type FrameNotice = Extract<PageNotice, { kind: 'frame' }>;

/** "https://fachverfahren.example" → "fachverfahren.example" (with a port, when it has one). */
export function originHost(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

export function FrameNotices({ notices, onEnable }: { notices: readonly PageNotice[] | undefined; onEnable: (origin: string) => void }) {
  const frames = (notices ?? []).filter((n): n is FrameNotice => n.kind === 'frame');
  if (!frames.length) return null;
  return (
    <ul className="frame-notices">
      {frames.map((n) => {
        const host = originHost(n.origin);
        return (
          <li key={n.origin} className="notice frame-notice">
            Ein Teil dieser Seite kommt von <strong>{host}</strong> – Klarplan darf ihn nicht lesen. Auf {host} einschalten?{' '}
            <button type="button" onClick={() => onEnable(n.origin)}>
              Auf {host} einschalten
            </button>
          </li>
        );
      })}
    </ul>
  );
}
