import type { SloWindow } from '@aftermath/domain';
import { createZoneResolver } from '../timestamps';
import { isKnownTimeZone } from '../slo/zoned-time';
import type { FieldReader } from './field-reader';
import { type YamlMap } from './field-reader';

const DURATION = /^[1-9]\d*[mhdwMQY]$/;
const LOCAL_START = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/**
 * Reads `timeWindow` (a list with one item): rolling `{ duration, isRolling: true }` or calendar
 * `{ duration, isRolling: false, calendar: { startTime, timeZone } }`, where a `startTime` without
 * an offset (`2022-01-01 12:00:00`) is wall-clock time in `timeZone`.
 */
export function readTimeWindow(
  reader: FieldReader,
  value: unknown,
  path: string,
): SloWindow | null {
  const list = reader.list(value, path);
  if (!list) return null;
  if (list.length !== 1) {
    reader.fail(path, `must hold exactly one window, got ${list.length}`);
    return null;
  }
  const item = reader.map(list[0], `${path}[0]`);
  if (!item) return null;
  const duration = readDuration(reader, item.duration, `${path}[0].duration`);
  // OpenSLO: isRolling defaults to false, so a window without it is a calendar window.
  const rolling = reader.boolean(item.isRolling, `${path}[0].isRolling`) ?? false;
  if (!rolling) return readCalendar(reader, item, duration, path);
  if (item.calendar !== undefined) {
    reader.fail(`${path}[0].calendar`, 'a rolling window has no calendar (set isRolling: false)');
  }
  return duration ? { kind: 'rolling', duration } : null;
}

function readCalendar(
  reader: FieldReader,
  item: YamlMap,
  duration: string | null,
  path: string,
): SloWindow | null {
  if (item.calendar === undefined) {
    reader.fail(`${path}[0].calendar`, 'is required unless isRolling is true');
    return null;
  }
  const calendar = reader.map(item.calendar, `${path}[0].calendar`);
  if (!calendar) return null;
  const timeZone = reader.string(calendar.timeZone, `${path}[0].calendar.timeZone`);
  if (timeZone !== null && !isKnownTimeZone(timeZone)) {
    reader.fail(
      `${path}[0].calendar.timeZone`,
      `"${timeZone}" is not an IANA time zone like Europe/Berlin`,
    );
    return null;
  }
  const text = reader.string(calendar.startTime, `${path}[0].calendar.startTime`);
  if (text === null || timeZone === null || duration === null) return null;
  const startTime = readStartTime(text, timeZone);
  if (startTime === null) {
    reader.fail(
      `${path}[0].calendar.startTime`,
      'must be a date and time like 2026-01-01 00:00:00',
    );
    return null;
  }
  return { kind: 'calendar', duration, startTime, timeZone };
}

function readStartTime(text: string, timeZone: string): string | null {
  const local = LOCAL_START.exec(text);
  if (local) {
    const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = local
      .slice(1)
      .map(Number);
    const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);
    const check = new Date(wallMs);
    if (check.getUTCDate() !== day || check.getUTCHours() !== hour) return null;
    return new Date(createZoneResolver(timeZone).toUtcMs(wallMs)).toISOString();
  }
  // An ISO instant with an offset names the moment itself.
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(text)) return null;
  const instant = Date.parse(text);
  return Number.isNaN(instant) ? null : new Date(instant).toISOString();
}

/** An OpenSLO duration such as `5m`, `28d`, `1M`. */
export function readDuration(
  reader: FieldReader,
  value: unknown,
  path: string,
  required = true,
): string | null {
  const text = reader.string(value, path, required);
  if (text === null) return null;
  if (DURATION.test(text)) return text;
  reader.fail(
    path,
    `must be a whole number and a unit m, h, d, w, M, Q or Y (like 28d), got "${text}"`,
  );
  return null;
}
