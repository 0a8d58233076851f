/*
 * TEST ONLY. A speech engine (chrome.ttsEngine) for the E2E tests of Klarplan's read-aloud mode: it records every
 * utterance it is asked to speak (text, lang, rate, voice, time) and answers with `start` and then `end`, as a real
 * engine does — or not, depending on the mode the test sets:
 *   'auto'      start, then end after `delayMs` (default 30 ms);
 *   'manual'    start only; the test ends the utterance with `endCurrent()`;
 *   'never-end' start only, never end (a stalled engine: Klarplan must time out and go on).
 * The test reads and drives it through its service worker: globalThis.ttsTest. Mode and log are kept in
 * chrome.storage.session too, so they survive the worker being stopped when idle (MV3) and started again.
 * `setVoices(list)` replaces the voices it offers (chrome.ttsEngine.updateVoices): none (an empty list), a late
 * list, only a remote voice; `setVoices(null)` goes back to the manifest's voice.
 */
let log = [];
let mode = 'auto';
let delayMs = 30;
let stops = 0;
let current = null; // { id, sendTtsEvent, length, timer, done }
let nextId = 1;
let voices = null; // null: the manifest's voice

const MANIFEST_VOICES = chrome.runtime.getManifest().tts_engine.voices.map((v) => ({
  voiceName: v.voice_name,
  lang: v.lang,
  eventTypes: v.event_types,
}));
const applyVoices = () => chrome.ttsEngine.updateVoices(voices ?? MANIFEST_VOICES);

const ready = chrome.storage.session.get(['log', 'mode', 'delayMs', 'stops', 'voices']).then((s) => {
  if (Array.isArray(s.voices)) {
    voices = s.voices;
    applyVoices();
  }
  // what happened before a restart comes first
  log = [...(Array.isArray(s.log) ? s.log : []), ...log];
  if (typeof s.mode === 'string') mode = s.mode;
  if (typeof s.delayMs === 'number') delayMs = s.delayMs;
  if (typeof s.stops === 'number') stops += s.stops;
  nextId = log.reduce((n, u) => Math.max(n, u.id + 1), nextId);
});
const save = () => chrome.storage.session.set({ log, mode, delayMs, stops, voices });

function finish(u, type) {
  if (!u || u.done) return;
  u.done = true;
  clearTimeout(u.timer);
  if (type === 'end') u.sendTtsEvent({ type: 'end', charIndex: u.length });
  if (current === u) current = null;
}

chrome.ttsEngine.onSpeak.addListener((utterance, options, sendTtsEvent) => {
  const at = Date.now();
  if (current) finish(current, 'dropped');
  const u = { id: 0, sendTtsEvent, length: utterance.length, timer: 0, done: false };
  current = u;
  void ready.then(() => {
    u.id = nextId++;
    log.push({ id: u.id, text: utterance, lang: options.lang ?? '', rate: options.rate ?? 1, voiceName: options.voiceName ?? '', at });
    void save();
    if (u.done) return;
    sendTtsEvent({ type: 'start', charIndex: 0 });
    if (mode === 'auto') u.timer = setTimeout(() => finish(u, 'end'), delayMs);
  });
});

chrome.ttsEngine.onStop.addListener(() => {
  stops++;
  void save();
  if (current) finish(current, 'stopped');
});

globalThis.ttsTest = {
  async setMode(m, ms) {
    await ready;
    mode = m;
    if (typeof ms === 'number') delayMs = ms;
    await save();
  },
  async utterances() {
    await ready;
    return log.slice();
  },
  async clear() {
    await ready;
    log = [];
    stops = 0;
    await save();
  },
  /** Ends the utterance being spoken (mode 'manual'); false when there is none. */
  endCurrent() {
    if (!current) return false;
    finish(current, 'end');
    return true;
  },
  async stops() {
    await ready;
    return stops;
  },
  /** The voices to offer (chrome.tts.TtsVoice objects), or null for the manifest's. */
  async setVoices(list) {
    await ready;
    voices = list;
    applyVoices();
    await save();
  },
};
