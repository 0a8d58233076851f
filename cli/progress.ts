/**
 * A progress line on stderr for long audits, every few seconds: plans done, rate, how much is read and the time
 * left (from the bytes, once the size of all plan files is known). Only when stderr is a terminal, or when asked.
 */
import { deInt } from '../audit/format';

export const PROGRESS_INTERVAL_MS = 5000;

const clock = (secs: number) => {
  const s = Math.max(0, Math.round(secs));
  return s >= 3600 ? `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} h` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} min`;
};

export class Progress {
  #plans = 0;
  #bytes = 0;
  #total: number | null = null;
  readonly #start = performance.now();
  readonly #timer: ReturnType<typeof setInterval>;

  constructor(private readonly write: (line: string) => void, intervalMs = PROGRESS_INTERVAL_MS) {
    this.#timer = setInterval(() => this.write(this.line()), intervalMs);
    this.#timer.unref();
  }

  /** The size of all plan files, once known. */
  set totalBytes(n: number) { this.#total = n; }

  done(plans: number, bytes: number): void {
    this.#plans += plans;
    this.#bytes += bytes;
  }

  line(): string {
    const secs = (performance.now() - this.#start) / 1000;
    if (!this.#plans && !this.#bytes) return `Klarplan: Sprachdaten werden geladen, noch kein Plan geprüft (${clock(secs)})\n`;
    const rate = secs > 0 ? this.#plans / secs : 0;
    let rest = '';
    if (this.#total && this.#bytes > 0) {
      const share = Math.min(1, this.#bytes / this.#total);
      rest = `, ${Math.floor(share * 100)} % gelesen, noch etwa ${clock((secs * (1 - share)) / share)}`;
    }
    return `Klarplan: ${deInt(this.#plans)} ${this.#plans === 1 ? 'Plan' : 'Pläne'} geprüft (${deInt(rate)} je Sekunde)${rest}\n`;
  }

  stop(): void {
    clearInterval(this.#timer);
    const secs = (performance.now() - this.#start) / 1000;
    this.write(`Klarplan: fertig, ${deInt(this.#plans)} ${this.#plans === 1 ? 'Plan' : 'Pläne'} in ${clock(secs)}\n`);
  }
}
