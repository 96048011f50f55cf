import type { Context } from '../context';
import type { DemoIncident } from './demo-incident';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Maps one demo incident's relative times to instants. */
export interface DemoClock {
  /** The instant `minutes` after the incident's start. */
  at(minutes: number): Date;
  /** `date` plus whole days. */
  later(date: Date, days: number): Date;
  /** The incident's start date plus `days`, as `YYYY-MM-DD` (for due dates). */
  dateAfter(days: number): string;
  /**
   * A context whose clock reads `date`, capped at the real now, so records carry the time of
   * their story (an incident from March was created in March) and never a future one.
   */
  ctxAt(date: Date): Context;
}

/** The clock of `demo`: it starts `startedDaysAgo` days before today at `startedAtUtc`. */
export function createDemoClock(ctx: Context, demo: DemoIncident, now: Date): DemoClock {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const timeOfDay = Date.parse(`1970-01-01T${demo.startedAtUtc}Z`);
  if (Number.isNaN(timeOfDay)) {
    throw new Error(`Demo "${demo.incident.title}": startedAtUtc must be HH:MM:SS`);
  }
  const origin = today - demo.startedDaysAgo * DAY_MS + timeOfDay;
  const at = (minutes: number): Date => new Date(origin + Math.round(minutes * MINUTE_MS));
  return {
    at,
    later: (date, days) => new Date(date.getTime() + days * DAY_MS),
    dateAfter: (days) =>
      at(days * 24 * 60)
        .toISOString()
        .slice(0, 10),
    ctxAt: (date) => {
      const capped = new Date(Math.min(date.getTime(), now.getTime()));
      return { ...ctx, clock: () => capped };
    },
  };
}
