/** A parsed OpenSLO duration: `28d` is `{ count: 28, unit: 'd' }`. */
export interface SloDurationParts {
  count: number;
  unit: 'm' | 'h' | 'd' | 'w' | 'M' | 'Q' | 'Y';
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Milliseconds of each unit in a rolling window. Months, quarters and years have no fixed length,
 * so a rolling `1M` is taken as 30 days, `1Q` as 90 and `1Y` as 365 (calendar windows use the
 * real calendar instead).
 */
const unitMs: Record<SloDurationParts['unit'], number> = {
  m: MINUTE,
  h: 60 * MINUTE,
  d: DAY,
  w: 7 * DAY,
  M: 30 * DAY,
  Q: 90 * DAY,
  Y: 365 * DAY,
};

/** The 30-day period the SRE Workbook's burn-rate factors are written for, in milliseconds. */
export const WORKBOOK_PERIOD_MS = 30 * DAY;

/**
 * Parses an OpenSLO duration such as `5m`, `1h`, `28d`, `1M`; throws a RangeError on anything else.
 *
 * @example parseSloDuration('28d') // { count: 28, unit: 'd' }
 */
export function parseSloDuration(text: string): SloDurationParts {
  const match = /^([1-9]\d*)([mhdwMQY])$/.exec(text);
  if (!match?.[1] || !match[2]) {
    throw new RangeError(`"${text}" is not a duration like 5m, 1h, 28d or 1M`);
  }
  return { count: Number(match[1]), unit: match[2] as SloDurationParts['unit'] };
}

/**
 * The length of a duration in milliseconds, with months as 30 days, quarters 90, years 365.
 *
 * @example durationToMs('1h') // 3600000
 */
export function durationToMs(text: string): number {
  const { count, unit } = parseSloDuration(text);
  return count * unitMs[unit];
}

/**
 * A millisecond span in the largest whole unit (d, h, m, s), for labels such as burn-rate windows.
 *
 * @example formatWindow(3_600_000) // '1h'
 */
export function formatWindow(ms: number): string {
  for (const [unit, size] of [
    ['d', DAY],
    ['h', 60 * MINUTE],
    ['m', MINUTE],
  ] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms / 1000}s`;
}
