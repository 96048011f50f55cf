const dayMs = 86_400_000;

/** Monday 00:00 UTC of the week holding `at` (UTC ISO or `YYYY-MM-DD`), in milliseconds. */
function mondayOf(at: string): number {
  const time = Date.parse(at);
  const midnight = time - (((time % dayMs) + dayMs) % dayMs);
  const back = (new Date(midnight).getUTCDay() + 6) % 7;
  return midnight - back * dayMs;
}

/**
 * The last `weeks` ISO weeks up to the one holding `asOf`, oldest first, and where a time falls.
 *
 * @example
 * const weeks = new WeekBuckets('2026-11-27T10:00:00.000Z', 2);
 * weeks.periods; // ['2026-11-16', '2026-11-23']
 * weeks.indexOf('2026-11-17T08:00:00.000Z'); // 0; null before the window or after `asOf`
 */
export class WeekBuckets {
  readonly periods: string[];
  /** The window's first instant (UTC ISO): Monday of the oldest week. */
  readonly start: string;
  private readonly first: number;
  private readonly end: number;

  constructor(asOf: string, weeks: number) {
    this.first = mondayOf(asOf) - (weeks - 1) * 7 * dayMs;
    this.end = Date.parse(asOf);
    this.start = new Date(this.first).toISOString();
    this.periods = Array.from({ length: weeks }, (_, i) =>
      new Date(this.first + i * 7 * dayMs).toISOString().slice(0, 10),
    );
  }

  /** The week index of `at`, or null when it is outside the window. */
  indexOf(at: string): number | null {
    const time = Date.parse(at);
    if (Number.isNaN(time) || time < this.first || time > this.end) return null;
    return Math.min(this.periods.length - 1, Math.floor((time - this.first) / (7 * dayMs)));
  }
}
