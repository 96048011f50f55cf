/**
 * Incidents counted per calendar period: `period` is the ISO week (`2026-W09`, weeks start Monday,
 * UTC) or the month (`2026-03`) of each incident's impact start.
 *
 * @example
 * { period: '2026-W09', start: '2026-02-23', count: 4 }
 */
export interface PeriodCount {
  period: string;
  /** The period's first day, `YYYY-MM-DD` (UTC). */
  start: string;
  count: number;
}

/** Incidents per affected service; an incident with two services counts once for each. */
export interface ServiceCount {
  service: string;
  count: number;
}

/**
 * How often incidents happen (M3). Periods with no incidents between the first and the
 * last one are listed with count 0, so trends are not flattered by missing weeks. `excluded`
 * counts incidents without an impact start (they cannot be placed in time).
 */
export interface IncidentFrequency {
  perWeek: PeriodCount[];
  perMonth: PeriodCount[];
  perService: ServiceCount[];
  /** Incidents with no service, not in `perService`. */
  withoutService: number;
  excluded: number;
}

const DAY_MS = 86_400_000;

/**
 * The ISO 8601 week of a UTC instant, and the Monday it starts on.
 *
 * @example
 * isoWeekOf(Date.parse('2026-01-01T10:00:00Z')); // { period: '2026-W01', start: '2025-12-29' }
 */
export function isoWeekOf(ms: number): { period: string; start: string } {
  const day = Math.floor(ms / DAY_MS);
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  const monday = day - weekday;
  // The ISO year is the year of the week's Thursday.
  const thursday = new Date((monday + 3) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((monday + 3 - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
  return {
    period: `${year}-W${String(week).padStart(2, '0')}`,
    start: new Date(monday * DAY_MS).toISOString().slice(0, 10),
  };
}

/** Counts per week and month from impact-start instants (epoch ms), gaps filled with zeros. */
export function countPerPeriod(instants: readonly number[]): {
  perWeek: PeriodCount[];
  perMonth: PeriodCount[];
} {
  if (instants.length === 0) return { perWeek: [], perMonth: [] };
  let first = Infinity;
  let last = -Infinity;
  // Counted per UTC day first: a million incidents fall on a few hundred days, and naming a
  // day's week and month (Date objects, strings) is the costly part.
  const days = new Map<number, number>();
  for (const ms of instants) {
    if (ms < first) first = ms;
    if (ms > last) last = ms;
    const day = Math.floor(ms / DAY_MS);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return countPerPeriodFromDays(days, first, last);
}

/**
 * {@link countPerPeriod} from incidents already counted per UTC day (a database groups them):
 * `days` maps the day number (epoch ms ÷ 86,400,000, floored) to its count; `first` and `last`
 * are the earliest and latest impact starts (epoch ms). Empty when `days` is.
 *
 * @example
 * countPerPeriodFromDays(new Map([[20514, 3]]), Date.parse('2026-03-01T10:00:00Z'), Date.parse('2026-03-01T18:00:00Z'));
 * // { perWeek: [{ period: '2026-W09', start: '2026-02-23', count: 3 }], perMonth: [{ period: '2026-03', … count: 3 }] }
 */
export function countPerPeriodFromDays(
  days: ReadonlyMap<number, number>,
  first: number,
  last: number,
): { perWeek: PeriodCount[]; perMonth: PeriodCount[] } {
  if (days.size === 0) return { perWeek: [], perMonth: [] };
  const weeks = new Map<string, number>();
  const months = new Map<string, number>();
  for (const [day, count] of days) {
    const week = isoWeekOf(day * DAY_MS).period;
    weeks.set(week, (weeks.get(week) ?? 0) + count);
    const month = new Date(day * DAY_MS).toISOString().slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + count);
  }
  const perWeek: PeriodCount[] = [];
  for (let ms = Date.parse(isoWeekOf(first).start); ms <= last; ms += 7 * DAY_MS) {
    const { period, start } = isoWeekOf(ms);
    perWeek.push({ period, start, count: weeks.get(period) ?? 0 });
  }
  const perMonth: PeriodCount[] = [];
  const end = new Date(last);
  for (
    let at = new Date(Date.UTC(new Date(first).getUTCFullYear(), new Date(first).getUTCMonth(), 1));
    at <= end;
    at = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1))
  ) {
    const period = at.toISOString().slice(0, 7);
    perMonth.push({ period, start: `${period}-01`, count: months.get(period) ?? 0 });
  }
  return { perWeek, perMonth };
}
