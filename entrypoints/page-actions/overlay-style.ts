/**
 * How Klarplan's marks look in the page. Never colour alone: the shape and symbol differ too (a round "!" for
 * Wichtig, a square "!" for Empfehlung, an "i" for Tipp) and underlines differ in line style (solid, dashed,
 * dotted); the markers' names and tooltips say the severity in words.
 */
import type { Severity } from '../../core/plan';

export const SYMBOL: Record<Severity, string> = { error: '!', warning: '!', info: 'i' };

/** Inside Klarplan's closed shadow root: markers, underline boxes, tooltip. */
export const OVERLAY_CSS = `
:host { all: initial; }
.marker { position: absolute; z-index: 2; transform: translateX(-100%); pointer-events: auto; cursor: pointer; display: inline-flex; align-items: center; gap: .2em;
  min-width: 1.5em; height: 1.6em; padding: 0 .45em; margin: 0; box-sizing: border-box; border: 1px solid; font: bold 12px/1 system-ui, sans-serif;
  box-shadow: 0 0 0 2px #fff, 0 1px 3px rgba(0,0,0,.35); }
.marker .sym { font-size: 1.1em; }
.marker.error { background: #b3261e; color: #fff; border-color: #7f1a15; border-radius: 999px; }
.marker.warning { background: #ffc233; color: #3d2a00; border-color: #7a5200; border-radius: 2px; }
.marker.info { background: #fff; color: #1a4f8b; border-color: #1a4f8b; border-radius: 999px; }
.marker.info .sym { font: italic bold 1.15em/1 Georgia, serif; }
.marker:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
.clip { position: absolute; z-index: 1; overflow: hidden; pointer-events: none; }
.u { position: absolute; box-sizing: border-box; pointer-events: none; }
.u.error { background: rgba(179,38,30,.14); border-bottom: 3px solid #b3261e; }
.u.warning { background: rgba(255,194,51,.22); border-bottom: 2px dashed #a15c00; }
.u.info { border-bottom: 2px dotted #1a4f8b; }
[role=tooltip] { position: absolute; width: max-content; max-width: min(22rem, calc(100vw - 8px)); padding: .45em .65em; border-radius: 4px; background: #1b1b1b; color: #fff;
  font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.3); pointer-events: none; }
[role=tooltip][hidden] { display: none; }
`;

/** In the page's editors: the CSS Custom Highlight API's ::highlight(), no markup. */
export const HIGHLIGHT_CSS = `
::highlight(klarplan-finding) { background-color: rgba(255, 196, 0, 0.45); text-decoration: underline wavy #b3470b; }
::highlight(klarplan-error) { background-color: rgba(179, 38, 30, 0.14); text-decoration: underline solid #b3261e; text-decoration-thickness: 3px; }
::highlight(klarplan-warning) { background-color: rgba(255, 194, 51, 0.22); text-decoration: underline dashed #a15c00; text-decoration-thickness: 2px; }
::highlight(klarplan-info) { text-decoration: underline dotted #1a4f8b; text-decoration-thickness: 2px; }
`;
