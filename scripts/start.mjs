#!/usr/bin/env node
/**
 * npm start: builds Klarplan and opens Chromium with it loaded, on the built-in demo page (a plan form shaped
 * like case-management software). Where there is no display, or no Chromium, it says so and explains how to
 * load the built extension by hand in Chrome, Edge and Firefox.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
// KLARPLAN_OUT_DIR: the build folder, as in wxt.config.ts (default .output)
const outDir = resolve(root, process.env.KLARPLAN_OUT_DIR ?? '.output');
const chromeDir = join(outDir, 'chrome-mv3');
const firefoxDir = join(outDir, 'firefox-mv2');

// Exit codes go through process.exitCode, never process.exit(): output still queued for a pipe reader is not lost.
function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  return r.status ?? 1;
}

function main() {
  console.log('Klarplan wird gebaut (Chrome/Edge und Firefox) …');
  for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) {
    const status = run('npx', args);
    if (status !== 0) return status;
  }

  /** The extension id Chrome gives an unpacked build with a manifest `key`: sha256 of the key, a–p for 0–f. */
  function extensionId(manifest) {
    const hash = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
    return [...hash].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
  }

  const manifest = JSON.parse(readFileSync(join(chromeDir, 'manifest.json'), 'utf8'));
  const demoUrl = `chrome-extension://${extensionId(manifest)}/demo.html`;

  const byHand = `
So laden Sie Klarplan von Hand:
  Chrome oder Edge: chrome://extensions (Edge: edge://extensions) öffnen, „Entwicklermodus“ einschalten,
    „Entpackte Erweiterung laden“ und den Ordner ${chromeDir} wählen.
    Dann das Klarplan-Symbol in der Symbolleiste anklicken und in der Seitenleiste „Demo-Fachverfahren öffnen“,
    oder direkt ${demoUrl} aufrufen.
  Firefox: about:debugging#/runtime/this-firefox öffnen, „Temporäres Add-on laden …“ und die Datei
    ${join(firefoxDir, 'manifest.json')} wählen. Die Seitenleiste öffnet sich über das Klarplan-Symbol.
`;

  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'].filter(Boolean);
  const browser = candidates.find((p) => existsSync(p));

  if (!hasDisplay || !browser || process.env.CI) {
    console.log(
      !hasDisplay || process.env.CI
        ? '\nHier gibt es keinen Bildschirm (keine Variable DISPLAY oder WAYLAND_DISPLAY): Chromium wird nicht gestartet.'
        : '\nChromium wurde nicht gefunden (npm run browsers installiert es unter Debian; oder CHROMIUM_PATH setzen).',
    );
    console.log(byHand);
    return 0;
  }

  const profile = mkdtempSync(join(tmpdir(), 'klarplan-start-'));
  console.log(`\nChromium startet mit Klarplan auf der Demo-Seite (eigenes, leeres Profil in ${profile}).`);
  const child = spawn(
    browser,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${chromeDir}`,
      `--load-extension=${chromeDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--lang=de-DE',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      demoUrl,
    ],
    { stdio: 'ignore', detached: true },
  );
  child.on('error', (e) => {
    console.log(`Chromium ließ sich nicht starten: ${e.message}`);
    console.log(byHand);
  });
  child.unref();
  return 0;
}

process.exitCode = main();
