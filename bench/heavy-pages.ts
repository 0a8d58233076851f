/**
 * Generated pages like legacy case-management screens: a Kooperationsplan form (five plan fields with
 * `<label for>`, a step table) next to many other fields — client data in layout tables, notes, codes, a
 * hidden tab — optionally a session clock that ticks every 100 ms (its text, and a class on a status icon),
 * and optionally a ticker inside the plan form itself (an autosave note next to the goal).
 *
 * The page measures itself: every requestAnimationFrame's time goes into `window.__bench.frames`, and long
 * tasks (PerformanceObserver 'longtask') into `window.__bench.longtasks`.
 */

export interface HeavyPage {
  name: string;
  /** Fields outside the plan. */
  others: number;
  /** A session clock in the page header, every 100 ms. */
  clock: boolean;
  /** An autosave note next to the plan's goal field, every 100 ms. */
  ticker: boolean;
}

export const HEAVY_PAGES: HeavyPage[] = [
  { name: 'heavy-200', others: 200, clock: false, ticker: false },
  { name: 'heavy-200-clock', others: 200, clock: true, ticker: false },
  { name: 'heavy-1000', others: 1000, clock: false, ticker: false },
  { name: 'heavy-1000-clock', others: 1000, clock: true, ticker: false },
  { name: 'heavy-3000', others: 3000, clock: false, ticker: false },
  { name: 'heavy-3000-clock', others: 3000, clock: true, ticker: false },
  { name: 'heavy-1000-ticker', others: 1000, clock: true, ticker: true },
];

/** The plan fields of every heavy page: [element id, section, text]. */
export const HEAVY_PLAN: Array<[string, string, string]> = [
  ['kopl-ziel', 'ziel', 'Ich möchte als Fachkraft für Lagerlogistik arbeiten.'],
  ['kopl-zz', 'zwischenziel', 'Ich mache bis Ende März den Staplerschein.'],
  ['kopl-s1', 'schritte', 'Ich bewerbe mich jeden Monat auf fünf Stellen.'],
  ['kopl-jc', 'jobcenter', 'Das Jobcenter übernimmt die Kosten für den Staplerkurs.'],
  ['kopl-sonst', 'sonstiges', 'Die Kinderbetreuung ist ab Januar geklärt.'],
];

const LABELS = [
  'Kundennummer', 'Vorname', 'Nachname', 'Straße', 'Hausnummer', 'PLZ', 'Ort', 'Telefon', 'Geburtsdatum', 'Schlüssel',
  'Vermerk', 'Code', 'Merkmal', 'Status', 'Kennzeichen', 'Aktenzeichen', 'Bankverbindung', 'Staatsangehörigkeit',
];
const GROUPS = ['Stammdaten', 'Leistungsdaten', 'Bedarfsgemeinschaft', 'Vermerke', 'Termine', 'Zahlungen'];

function otherField(i: number): string {
  const label = `${LABELS[i % LABELS.length]} ${Math.floor(i / LABELS.length) + 1}`;
  const id = `f${i}`;
  const control =
    i % 11 === 0
      ? `<textarea id="${id}" name="${id}" rows="2">Notiz ${i}</textarea>`
      : i % 7 === 0
        ? `<select id="${id}" name="${id}"><option>A</option><option>B</option></select>`
        : i % 13 === 0
          ? `<input id="${id}" name="${id}" type="checkbox">`
          : `<input id="${id}" name="${id}" type="text" value="Wert ${i}">`;
  return `<tr><td class="label"><label for="${id}">${label}:</label></td><td>${control}</td><td><i class="icon-info" title="Hilfe"></i></td></tr>`;
}

function others(n: number): string {
  const out: string[] = [];
  const perGroup = 60;
  for (let g = 0, i = 0; i < n; g++) {
    const hidden = g % 5 === 4; // another tab of the screen, not shown
    const rows: string[] = [];
    for (let k = 0; k < perGroup && i < n; k++, i++) rows.push(otherField(i));
    out.push(
      `<fieldset class="gruppe"${hidden ? ' style="display:none"' : ''}><legend>${GROUPS[g % GROUPS.length]} ${g + 1}</legend><table class="maske">${rows.join('')}</table></fieldset>`,
    );
  }
  return out.join('\n');
}

function planForm(ticker: boolean): string {
  const [ziel, zz, s1, jc, sonst] = HEAVY_PLAN;
  return `<form id="kopl" class="kopl">
  <h2>Kooperationsplan</h2>
  <div class="zeile"><label for="${ziel![0]}">Mein Ziel</label><textarea id="${ziel![0]}" rows="3">${ziel![2]}</textarea>${
    ticker ? '<span id="autosave" class="hinweis">Entwurf gespeichert</span>' : ''
  }</div>
  <div class="zeile"><label for="${zz![0]}">Zunächst möchte ich</label><textarea id="${zz![0]}" rows="2">${zz![2]}</textarea></div>
  <div class="zeile"><label for="${s1![0]}">Meine nächsten Schritte</label><textarea id="${s1![0]}" rows="3">${s1![2]}</textarea></div>
  <div class="zeile"><label for="${jc![0]}">Mein Jobcenter unterstützt mich durch</label><textarea id="${jc![0]}" rows="2">${jc![2]}</textarea></div>
  <div class="zeile"><label for="${sonst![0]}">Was sonst noch wichtig ist</label><textarea id="${sonst![0]}" rows="2">${sonst![2]}</textarea></div>
</form>`;
}

const MEASURE = `
window.__bench = { frames: [], longtasks: [] };
(function loop(t) { window.__bench.frames.push(performance.timeOrigin + t); requestAnimationFrame(loop); })(performance.now());
try {
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__bench.longtasks.push({ start: performance.timeOrigin + e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
} catch (e) {}
window.klarplanFixture = { ready: true };
`;

function tickers(page: HeavyPage): string {
  const parts: string[] = [];
  if (page.clock) {
    parts.push(`let left = 15 * 60 * 10;
setInterval(() => {
  left--;
  const m = Math.floor(left / 600), s = Math.floor(left / 10) % 60, d = left % 10;
  document.getElementById('clock').textContent = 'Sitzung läuft ab in ' + m + ':' + String(s).padStart(2, '0') + '.' + d;
  document.getElementById('status').className = left % 2 ? 'icon ok' : 'icon busy';
}, 100);`);
  }
  if (page.ticker) {
    parts.push(`let saved = 0;
setInterval(() => { saved++; document.getElementById('autosave').textContent = 'Entwurf gespeichert vor ' + (saved / 10).toFixed(1) + ' s'; }, 100);`);
  }
  return parts.join('\n');
}

export function heavyPageHtml(page: HeavyPage): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Fachverfahren – ${page.name}</title>
<style>
body { font: 13px sans-serif; margin: 0; }
.kopf { position: sticky; top: 0; background: #dde; padding: 4px 8px; }
.icon { display: inline-block; width: 10px; height: 10px; border-radius: 5px; background: green; }
.icon.busy { background: orange; }
.maske td.label { width: 180px; }
.zeile { margin: 6px 0; }
.zeile label { display: block; font-weight: bold; }
textarea { width: 480px; }
</style></head>
<body>
<div class="kopf"><span class="app">Fachverfahren · Fallakte 4711</span> <span id="clock">Sitzung läuft ab in 15:00.0</span> <i id="status" class="icon ok"></i></div>
<main>
${planForm(page.ticker)}
<div id="weitere">
${others(page.others)}
</div>
</main>
<script>${MEASURE}
${tickers(page)}</script>
</body></html>`;
}
