import type { SiteStatus } from './site';

interface SiteControlsProps {
  site: SiteStatus | null;
  onAlways: () => void;
  onOff: () => void;
}

/** What Klarplan may do on the page next to the panel, and the buttons to change it. */
export function SiteControls({ site, onAlways, onOff }: SiteControlsProps) {
  if (!site?.pattern || !site.host) {
    return (
      <p>
        Öffnen Sie den Kooperationsplan in Ihrem Fachverfahren und klicken Sie dort auf das Klarplan-Symbol in der
        Symbolleiste. Klarplan liest nur Seiten, für die Sie es erlauben; es werden keine Daten gesendet.
      </p>
    );
  }
  if (site.granted && (site.own || site.managed)) {
    return (
      <p>
        Klarplan ist auf <strong>{site.host}</strong> eingeschaltet und prüft, während Sie schreiben.{' '}
        {site.own && (
          <button type="button" onClick={onOff}>
            Auf {site.host} ausschalten
          </button>
        )}
      </p>
    );
  }
  if (site.managed) {
    return (
      <p>
        Ihre Verwaltung hat Klarplan für {site.host} vorgesehen. Bitte bestätigen Sie das einmal; danach prüft Klarplan
        dort, während Sie schreiben.{' '}
        <button type="button" className="primary" onClick={onAlways}>
          Auf {site.host} einschalten
        </button>
      </p>
    );
  }
  // Klarplan may read the page because its toolbar button was clicked there (until the page is left).
  return (
    <p>
      Klarplan liest diese Seite, bis Sie sie verlassen. Soll Klarplan auf {site.host} immer mitlesen?{' '}
      <button type="button" onClick={onAlways}>
        Auf {site.host} immer prüfen
      </button>
    </p>
  );
}
