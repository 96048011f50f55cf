import { DomainError } from '@aftermath/domain';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const CACHE_LIMIT = 50_000;

/** Turns wall-clock times of one zone into UTC instants. */
export interface ZoneResolver {
  /**
   * The UTC instant (ms since the epoch) for a wall-clock time in this zone, given as the
   * milliseconds that wall time would have if it were UTC.
   */
  toUtcMs(wallMs: number): number;
}

const FIXED_OFFSET = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/** Minutes east of UTC for `Z`, `UTC`, `GMT`, `+02:00`, `-0530`, `+2`, `UTC+01:00`; else null. */
export function parseFixedOffset(zone: string): number | null {
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 0;
  const match = FIXED_OFFSET.exec(zone);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * A resolver for `zone`: a fixed offset (see {@link parseFixedOffset}) or an IANA name resolved
 * with Intl. Throws a `validation` DomainError naming `field` for anything else.
 */
export function createZoneResolver(zone: string, field = 'defaultZone'): ZoneResolver {
  const offset = parseFixedOffset(zone);
  if (offset !== null) {
    const offsetMs = offset * MINUTE_MS;
    return { toUtcMs: (wallMs) => wallMs - offsetMs };
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    const message = `'${zone}' is not an IANA time zone (like Europe/Berlin) or a fixed offset (like +02:00)`;
    throw new DomainError('validation', `${field}: ${message}`, [{ path: field, message }]);
  }
  return new IanaZoneResolver(format);
}

/**
 * Wall time → UTC for a named zone. Offsets are looked up per wall-clock minute and cached, since
 * Intl is slow and log lines arrive in time order. Ambiguous wall times follow Temporal's
 * `compatible` rule: in a fall-back overlap the earlier instant wins; in a spring-forward gap
 * the time moves forward by the gap (02:30 in a 02:00→03:00 gap becomes 03:30).
 */
class IanaZoneResolver implements ZoneResolver {
  private lastMinute = Number.NaN;
  private lastOffsetMs = 0;
  private readonly cache = new Map<number, number>();

  constructor(private readonly format: Intl.DateTimeFormat) {}

  toUtcMs(wallMs: number): number {
    const minute = Math.floor(wallMs / MINUTE_MS);
    if (minute !== this.lastMinute) {
      let offsetMs = this.cache.get(minute);
      if (offsetMs === undefined) {
        offsetMs = this.resolveOffsetMs(minute * MINUTE_MS);
        if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
        this.cache.set(minute, offsetMs);
      }
      this.lastMinute = minute;
      this.lastOffsetMs = offsetMs;
    }
    return wallMs - this.lastOffsetMs;
  }

  private resolveOffsetMs(wallMs: number): number {
    const before = this.offsetAt(wallMs - DAY_MS);
    const after = this.offsetAt(wallMs + DAY_MS);
    const candidates = [before, after].filter(
      (offset) => this.offsetAt(wallMs - offset) === offset,
    );
    // Two valid offsets: an overlap; the larger offset gives the earlier instant.
    if (candidates.length > 0) return Math.max(...candidates);
    // None: a gap; the offset in force before it pushes the time forward by the gap.
    return before;
  }

  /** The zone's offset from UTC in ms at the instant `utcMs`. */
  private offsetAt(utcMs: number): number {
    const second = Math.floor(utcMs / 1000) * 1000;
    let year = 0;
    let month = 0;
    let day = 0;
    let hour = 0;
    let minute = 0;
    let sec = 0;
    for (const part of this.format.formatToParts(second)) {
      const value = Number(part.value);
      if (part.type === 'year') year = value;
      else if (part.type === 'month') month = value;
      else if (part.type === 'day') day = value;
      else if (part.type === 'hour') hour = value;
      else if (part.type === 'minute') minute = value;
      else if (part.type === 'second') sec = value;
    }
    return Date.UTC(year, month - 1, day, hour, minute, sec) - second;
  }
}
