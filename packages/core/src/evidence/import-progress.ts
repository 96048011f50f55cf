/** Where an import is, for progress bars: storing the raw bytes, then reading them. */
export interface ImportProgress {
  stage: 'storing' | 'reading';
  /** Raw bytes handled so far in this stage (compressed bytes for gzip input). */
  bytes: number;
  /** All raw bytes, when known (always while reading; while storing only from `sizeHint`). */
  totalBytes: number | null;
  /** Lines of (decompressed) text read so far; 0 while storing. */
  lines: number;
}

/** At most this often (ms) a progress callback hears of a stage in flight; ends always report. */
const reportEvery = 100;

const newline = 0x0a;

function countNewlines(chunk: Uint8Array): number {
  const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  let count = 0;
  for (let at = bytes.indexOf(newline); at !== -1; at = bytes.indexOf(newline, at + 1)) count += 1;
  return count;
}

/** Counts bytes and lines flowing through streams and reports them, throttled. */
export class ProgressMeter {
  readonly #report: ((progress: ImportProgress) => void) | undefined;
  #progress: ImportProgress = { stage: 'storing', bytes: 0, totalBytes: null, lines: 0 };
  #lastReport = 0;

  constructor(report: ((progress: ImportProgress) => void) | undefined) {
    this.#report = report;
  }

  /** Starts a stage from zero. */
  begin(stage: ImportProgress['stage'], totalBytes: number | null): void {
    this.#progress = { stage, bytes: 0, totalBytes, lines: 0 };
    this.#emit(true);
  }

  /** Reports the stage's final figures. */
  end(): void {
    this.#emit(true);
  }

  /** Passes raw bytes through, counting them. */
  async *countBytes(
    source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  ): AsyncIterable<Uint8Array> {
    for await (const chunk of source) {
      this.#progress.bytes += chunk.byteLength;
      this.#emit(false);
      yield chunk;
    }
  }

  /** Passes text bytes through, counting lines. */
  async *countLines(source: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
    for await (const chunk of source) {
      if (this.#report !== undefined) this.#progress.lines += countNewlines(chunk);
      yield chunk;
    }
  }

  #emit(force: boolean): void {
    if (this.#report === undefined) return;
    const now = Date.now();
    if (!force && now - this.#lastReport < reportEvery) return;
    this.#lastReport = now;
    this.#report({ ...this.#progress });
  }
}
