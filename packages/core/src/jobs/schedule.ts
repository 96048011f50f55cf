import { DomainError } from '@aftermath/domain';

/**
 * When a recurring job is due: every N seconds (slots aligned to the Unix epoch), daily at a UTC
 * time, or weekly on a UTC weekday and time.
 */
export type Schedule =
  | { every: 'interval'; seconds: number }
  | { every: 'day'; minuteOfDay: number }
  | { every: 'week'; weekday: number; minuteOfDay: number };

const units: Record<string, number> = { second: 1, minute: 60, hour: 3600 };
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function parseTime(text: string, spec: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (match === null) {
    throw new DomainError('validation', `schedule "${spec}": time must be HH:MM (UTC)`);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Reads a schedule written for people: `every 5 minutes`, `every 30 seconds`, `hourly`,
 * `daily at 09:00 UTC`, `weekly on monday at 09:00 UTC`. Throws `validation` naming the problem.
 *
 * @example parseSchedule('every 5 minutes') // { every: 'interval', seconds: 300 }
 */
export function parseSchedule(spec: string): Schedule {
  const text = spec.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === 'hourly') return { every: 'interval', seconds: 3600 };
  const interval = /^every (\d+) (second|minute|hour)s?$/.exec(text);
  if (interval !== null) {
    const seconds = Number(interval[1]) * (units[interval[2] ?? ''] ?? 0);
    if (seconds < 1)
      throw new DomainError('validation', `schedule "${spec}": interval must be positive`);
    return { every: 'interval', seconds };
  }
  const daily = /^daily at (\S+) utc$/.exec(text);
  if (daily !== null) return { every: 'day', minuteOfDay: parseTime(daily[1] ?? '', spec) };
  const weekly = /^weekly on (\w+) at (\S+) utc$/.exec(text);
  if (weekly !== null) {
    const weekday = weekdays.indexOf(weekly[1] ?? '');
    if (weekday < 0) throw new DomainError('validation', `schedule "${spec}": unknown weekday`);
    return { every: 'week', weekday, minuteOfDay: parseTime(weekly[2] ?? '', spec) };
  }
  throw new DomainError(
    'validation',
    `schedule "${spec}": expected "every N seconds|minutes|hours", "hourly", "daily at HH:MM UTC" or "weekly on DAY at HH:MM UTC"`,
  );
}

/**
 * The latest slot of `schedule` at or before `now`: the instant the run now due was meant for.
 * Every replica computes the same slot, which is what makes scheduling idempotent.
 *
 * @example currentSlot({ every: 'day', minuteOfDay: 540 }, new Date('2026-11-27T08:00:00Z'))
 * // 2026-11-26T09:00:00.000Z
 */
export function currentSlot(schedule: Schedule, now: Date): Date {
  const ms = now.getTime();
  switch (schedule.every) {
    case 'interval': {
      const step = schedule.seconds * 1000;
      return new Date(Math.floor(ms / step) * step);
    }
    case 'day': {
      const day = 86_400_000;
      const slot = Math.floor(ms / day) * day + schedule.minuteOfDay * 60_000;
      return new Date(slot <= ms ? slot : slot - day);
    }
    case 'week': {
      const day = 86_400_000;
      const midnight = Math.floor(ms / day) * day;
      const back = (new Date(midnight).getUTCDay() - schedule.weekday + 7) % 7;
      const slot = midnight - back * day + schedule.minuteOfDay * 60_000;
      return new Date(slot <= ms ? slot : slot - 7 * day);
    }
  }
}
