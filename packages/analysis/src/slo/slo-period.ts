import type { SloWindow } from '@aftermath/domain';
import { durationToMs, parseSloDuration, type SloDurationParts } from './slo-duration';
import type { ZoneResolver } from '../timestamps';
import { resolveZone, toWallMs } from './zoned-time';

/**
 * The stretch of time an SLO's budget covers at an instant, in epoch milliseconds: samples with
 * `start < at <= end` count. `lengthMs` is the whole period's length (a calendar month that is
 * half over still has its full length), which is what the budget and the burn-rate factors scale by.
 */
export interface SloPeriod {
  start: number;
  end: number;
  lengthMs: number;
}

/**
 * The period of `window` that contains `at` (epoch ms): the last `duration` for a rolling window,
 * the calendar period (months and days at local midnight of the window's time zone) otherwise.
 *
 * @example
 * resolveSloPeriod({ kind: 'rolling', duration: '1d' }, Date.parse('2026-03-02T00:00:00Z'))
 * // { start: Date.parse('2026-03-01T00:00:00Z'), end: …, lengthMs: 86400000 }
 */
export function resolveSloPeriod(window: SloWindow, at: number): SloPeriod {
  if (window.kind === 'rolling') {
    const lengthMs = durationToMs(window.duration);
    return { start: at - lengthMs, end: at, lengthMs };
  }
  const step = parseSloDuration(window.duration);
  const origin = Date.parse(window.startTime);
  const zone = resolveZone(window.timeZone, 'window.timeZone');
  const startOf = (index: number): number => periodStart(origin, zone, step, index);
  let index = Math.floor((at - origin) / durationToMs(window.duration));
  while (startOf(index + 1) <= at) index += 1;
  while (startOf(index) > at) index -= 1;
  const start = startOf(index);
  return { start, end: at, lengthMs: startOf(index + 1) - start };
}

/** The start of the `index`-th calendar period after `origin` (negative counts backwards). */
function periodStart(
  origin: number,
  zone: ZoneResolver,
  step: SloDurationParts,
  index: number,
): number {
  const count = step.count * index;
  switch (step.unit) {
    case 'm':
      return origin + count * 60_000;
    case 'h':
      return origin + count * 3_600_000;
    case 'd':
      return shiftWall(origin, zone, 0, count);
    case 'w':
      return shiftWall(origin, zone, 0, count * 7);
    case 'M':
      return shiftWall(origin, zone, count, 0);
    case 'Q':
      return shiftWall(origin, zone, count * 3, 0);
    case 'Y':
      return shiftWall(origin, zone, count * 12, 0);
  }
}

/** Moves by months and days on the local calendar; the 31st falls on shorter months' last day. */
function shiftWall(origin: number, zone: ZoneResolver, months: number, days: number): number {
  const wall = new Date(toWallMs(origin, zone));
  const monthIndex = wall.getUTCFullYear() * 12 + wall.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const timeOfDay =
    wall.getTime() - Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
  const day = Math.min(wall.getUTCDate(), lastDay) + days;
  return zone.toUtcMs(Date.UTC(year, month, day) + timeOfDay);
}
