/** A calendar date as written, month 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The time written at the start of a chat line. */
export interface ChatStamp {
  /** Null for a time-only stamp (`[14:02]`): the date comes from the transcript. */
  date: CalendarDate | null;
  hour: number;
  minute: number;
  /** Seconds and fraction as written (`11`, `11.250`), or null when the stamp stops at minutes. */
  seconds: string | null;
  /** `Z`, `UTC` or an offset as written, or null when the stamp has no zone. */
  zone: string | null;
}

/** The start of a chat message: its time, who spoke (null for system lines) and the text. */
export interface ChatLineHead {
  stamp: ChatStamp;
  speaker: string | null;
  text: string;
  /** True when the stamp was in brackets (`[14:02]`), so the transcript's style is known. */
  bracketed: boolean;
}

const STAMP =
  /^\s*([[(])?(?:(\d{4})-(\d{2})-(\d{2})[T ])?(\d{1,2}):(\d{2})(?::(\d{2}(?:[.,]\d{1,9})?))?(?:\s?([AaPp][Mm]))?(?:\s?(Z|UTC|[+-]\d{2}:?\d{2}))?([\])])?(?:\s+|$)/;
const NICK = /^<[@+%~&]?([^\s<>][^<>]{0,63})>\s?/;
const NAMED = /^([^\s:<>[\]()][^:<>[\]]{0,47}?):(?:\s+|$)/;
const WORDS_IN_NAME_MAX = 4;

/**
 * Reads the start of a chat line: `[14:02] alice: text`, `2026-11-20 14:02:11 <alice> text`,
 * `14:02 alice: text`, `[2:02 PM] Alice Smith: text`, or a timed line without a speaker
 * (`[14:05] * bob joined`). Returns null for a line that does not start with a time: a
 * continuation of the message before it, a date line or noise.
 *
 * @example
 * parseChatLine('[14:02] alice: rolling back');
 * // { stamp: { date: null, hour: 14, minute: 2, seconds: null, zone: null },
 * //   speaker: 'alice', text: 'rolling back', bracketed: true }
 */
export function parseChatLine(line: string): ChatLineHead | null {
  const match = STAMP.exec(line);
  if (!match) return null;
  const [whole, open, y, mo, d, h, mi, s, meridiem, zone, close] = match;
  if (Boolean(open) !== Boolean(close)) return null;
  const hour = toHour(Number(h), meridiem);
  if (hour === null || Number(mi) > 59 || (s !== undefined && Number(s.slice(0, 2)) > 60)) {
    return null;
  }
  const rest = line.slice(whole.length);
  if (rest.trim() === '') return null;
  const date = y ? { year: Number(y), month: Number(mo), day: Number(d) } : null;
  const stamp = { date, hour, minute: Number(mi), seconds: s ?? null, zone: zone ?? null };
  return { stamp, ...readSpeaker(rest), bracketed: Boolean(open) };
}

function toHour(hour: number, meridiem: string | undefined): number | null {
  if (!meridiem) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  const pm = meridiem.toLowerCase() === 'pm';
  return (hour % 12) + (pm ? 12 : 0);
}

function readSpeaker(rest: string): { speaker: string | null; text: string } {
  const nick = NICK.exec(rest);
  if (nick?.[1]) return { speaker: nick[1].trim(), text: rest.slice(nick[0].length) };
  const named = NAMED.exec(rest);
  const name = named?.[1]?.trim();
  if (named && name && name.split(/\s+/).length <= WORDS_IN_NAME_MAX) {
    return { speaker: name, text: rest.slice(named[0].length) };
  }
  return { speaker: null, text: rest.trim() };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO_DATE_LINE =
  /^[\s\-=#*]*(?:day changed(?: to)?\s+)?(?:[a-z]{3,9},?\s+)?(\d{4})-(\d{2})-(\d{2})[\s\-=#*]*$/i;
const NAMED_DATE_LINE =
  /^[\s\-=#*]*(?:day changed(?: to)?\s+)?(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})[\s\-=#*]*$/i;

/**
 * Reads a line that only names a day, which sets the date for the time-only lines after it:
 * `2026-11-20`, `--- Day changed Thu Nov 20 2026`, `=== Thursday, November 20, 2026 ===`.
 *
 * @example
 * parseDateLine('--- Day changed Thu Nov 20 2026'); // { year: 2026, month: 11, day: 20 }
 * parseDateLine('[14:02] alice: hi'); // null
 */
export function parseDateLine(line: string): CalendarDate | null {
  const iso = ISO_DATE_LINE.exec(line);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const named = NAMED_DATE_LINE.exec(line);
  if (!named) return null;
  const month = MONTHS.indexOf((named[1] ?? '').slice(0, 3).toLowerCase()) + 1;
  return month > 0 ? validDate(Number(named[3]), month, Number(named[2])) : null;
}

/** The date when it exists on the calendar (no 30 February), else null. */
export function validDate(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day ? { year, month, day } : null;
}

/**
 * Reads a reference date written `YYYY-MM-DD`, or null.
 *
 * @example
 * parseReferenceDate('2026-11-20'); // { year: 2026, month: 11, day: 20 }
 */
export function parseReferenceDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return match ? validDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}
