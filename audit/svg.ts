/** The audit as an accessible SVG bar chart. */
import type { AuditSummary } from './audit';
import { deInt, dePercent } from './format';

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * A horizontal bar chart: the share of plans with each kind of finding, and the share of entries with a date
 * and a named person. Hand-written SVG with <title> and <desc>, text labels, a generic font, no scripts.
 */
export function formatChartSvg(s: AuditSummary): string {
  const jc = s.jobcenter, st = s.schritte;
  const groups: Array<{ heading: string; bars: Array<{ label: string; share: number; value: string }> }> = [
    {
      heading: `Hinweise: Anteil der Pläne (${deInt(s.plans)} ${s.plans === 1 ? 'Plan' : 'Pläne'})`,
      bars: s.categories.map((c) => ({ label: c.title, share: c.share, value: `${dePercent(c.share)} (${deInt(c.plans)})` })),
    },
    {
      heading: 'Termine und Personen: Anteil der Einträge',
      bars: [
        ['Zusagen des Jobcenters mit Termin', jc.withTime, jc.entries],
        ['Zusagen des Jobcenters mit namentlich genannter Person', jc.withPerson, jc.entries],
        ['Eigene Schritte mit Termin', st.withTime, st.entries],
        ['Eigene Schritte mit namentlich genannter Person', st.withPerson, st.entries],
      ].map(([label, k, of]) => {
        const share = (of as number) ? (k as number) / (of as number) : 0;
        return { label: label as string, share, value: `${dePercent(share)} (${deInt(k as number)} von ${deInt(of as number)})` };
      }),
    },
  ];

  const W = 860, labelW = 380, barW = 240, rowH = 24, barH = 16, top = 48;
  const parts: string[] = [];
  let y = top;
  for (const g of groups) {
    y += 8;
    parts.push(`<text x="8" y="${y + 12}" font-weight="bold">${xml(g.heading)}</text>`);
    y += rowH;
    for (const b of g.bars) {
      const w = Math.max(0, Math.min(1, b.share)) * barW;
      parts.push(
        `<g><text x="${labelW - 8}" y="${y + 13}" text-anchor="end">${xml(b.label)}</text>` +
          `<rect x="${labelW}" y="${y + 1}" width="${barW}" height="${barH}" fill="#eef1f4"/>` +
          `<rect x="${labelW}" y="${y + 1}" width="${w.toFixed(1)}" height="${barH}" fill="#1f5f8b"/>` +
          `<text x="${labelW + barW + 8}" y="${y + 13}">${xml(b.value)}</text></g>`,
      );
      y += rowH;
    }
  }
  const H = y + 16;
  const desc = groups.map((g) => `${g.heading}: ${g.bars.map((b) => `${b.label} ${b.value}`).join('; ')}.`).join(' ');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="titel beschreibung" font-family="sans-serif" font-size="13" lang="de">\n` +
    `<title id="titel">Klarplan – Auswertung der Kooperationspläne</title>\n` +
    `<desc id="beschreibung">${xml(desc)}</desc>\n` +
    `<rect width="${W}" height="${H}" fill="#ffffff"/>\n` +
    `<text x="8" y="24" font-size="16" font-weight="bold" fill="#000000">Klarplan – Auswertung der Kooperationspläne</text>\n` +
    `<g fill="#000000">\n${parts.join('\n')}\n</g>\n` +
    `</svg>\n`
  );
}
