import { formatWindow, WORKBOOK_PERIOD_MS } from './slo-duration';
import type { TallyResult } from './budget-tally';
import { allowedErrorShare } from './error-budget';

/** Which alert a burn-rate window pair raises. */
export type BurnSeverity = 'page' | 'ticket';

/** A multiwindow pair from the SRE Workbook: both windows must burn faster than `factor`. */
export interface BurnWindowPair {
  severity: BurnSeverity;
  longMs: number;
  shortMs: number;
  /** Burn-rate factor for a 30-day SLO period. */
  factor: number;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * The SRE Workbook's multiwindow, multi-burn-rate pairs (chapter "Alerting on SLOs"), written for
 * a 30-day period: page at 14.4× over 1 h and 5 min (2 % of the budget in an hour) and at 6× over
 * 6 h and 30 min (5 % in six hours); ticket at 3× over 1 d and 2 h and at 1× over 3 d and 6 h.
 */
export const workbookBurnWindows: readonly BurnWindowPair[] = [
  { severity: 'page', longMs: HOUR, shortMs: 5 * MINUTE, factor: 14.4 },
  { severity: 'page', longMs: 6 * HOUR, shortMs: 30 * MINUTE, factor: 6 },
  { severity: 'ticket', longMs: 24 * HOUR, shortMs: 2 * HOUR, factor: 3 },
  { severity: 'ticket', longMs: 72 * HOUR, shortMs: 6 * HOUR, factor: 1 },
];

/**
 * The pairs for an SLO period, factors scaled as the Workbook derives them: factor = share of
 * the budget consumed × period ÷ long window, so the same share over a 7-day period is a factor
 * 7/30 as large. Pairs whose long window is longer than the period are left out.
 *
 * @example scaleBurnWindows(7 * 86_400_000)[0].factor // 14.4 × 7 / 30 = 3.36
 */
export function scaleBurnWindows(periodMs: number): BurnWindowPair[] {
  return workbookBurnWindows
    .filter((pair) => pair.longMs <= periodMs)
    .map((pair) => ({ ...pair, factor: (pair.factor * periodMs) / WORKBOOK_PERIOD_MS }));
}

/**
 * How fast the budget burns: the share of a window's units spent, divided by the share the SLO
 * allows (1 − target). 1 spends the budget exactly over the period; null when the window holds
 * no events.
 *
 * @example computeBurnRate({ spent: 5, units: 1000 }, 0.999) // 0.005 / 0.001 = 5
 */
export function computeBurnRate(tally: TallyResult, target: number): number | null {
  if (tally.units <= 0) return null;
  return tally.spent / tally.units / allowedErrorShare(target);
}

/**
 * One pair's reading, as `slo status` reports it.
 *
 * @example
 * { severity: 'page', longWindow: '1h', shortWindow: '5m', threshold: 14.4,
 *   long: 20.1, short: 31.5, firing: true }
 */
export interface BurnRateReading {
  severity: BurnSeverity;
  longWindow: string;
  shortWindow: string;
  /** The scaled factor both windows must exceed. */
  threshold: number;
  /** Burn rates over the long and the short window; null without events. */
  long: number | null;
  short: number | null;
  /** True when both windows burn faster than `threshold`. */
  firing: boolean;
}

/** Reads one pair from its two window rates: firing only when both exceed the threshold. */
export function readBurnPair(
  pair: BurnWindowPair,
  long: number | null,
  short: number | null,
): BurnRateReading {
  return {
    severity: pair.severity,
    longWindow: formatWindow(pair.longMs),
    shortWindow: formatWindow(pair.shortMs),
    threshold: pair.factor,
    long,
    short,
    firing: long !== null && short !== null && long > pair.factor && short > pair.factor,
  };
}

/** An SLO's alert state: `page` when a page pair fires, else `ticket` when a ticket pair does. */
export type AlertState = 'ok' | 'ticket' | 'page';

/**
 * The alert state from burn-rate readings.
 *
 * @example readAlertState([{ severity: 'ticket', firing: true, … }]) // 'ticket'
 */
export function readAlertState(readings: readonly BurnRateReading[]): AlertState {
  const firing = readings.filter((reading) => reading.firing);
  if (firing.some((reading) => reading.severity === 'page')) return 'page';
  return firing.length > 0 ? 'ticket' : 'ok';
}
