const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A UTC ISO instant as the value of a `datetime-local` input (with `step="1"`) in the browser's
 * time zone (`2026-03-01T13:05:09`); empty for null.
 */
export function toLocalInput(iso: string | null): string {
  if (iso === null) return '';
  const date = new Date(iso);
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** A `datetime-local` value read in the browser's time zone, as a UTC ISO instant; null if empty. */
export function fromLocalInput(value: string): string | null {
  if (value.trim() === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Now, as a `datetime-local` value. */
export function nowLocalInput(): string {
  return toLocalInput(new Date().toISOString());
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** `1 Mar 2026, 13:05` in the browser's locale and zone. */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** `13:05:09` in the browser's locale and zone. */
export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/** `1 Mar 2026`. */
export function formatDay(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/** The local calendar day of an instant, for grouping timeline entries. */
export function localDayKey(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A span in seconds as `2h 05m`, `4m 10s` or `3d 4h`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const days = Math.floor(s / 86_400);
  const hours = Math.floor((s % 86_400) / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${pad(minutes)}m`;
  if (minutes > 0) return `${minutes}m ${pad(s % 60)}s`;
  return `${s}s`;
}

/** How long ago an instant was, coarsely: `5m ago`, `3h ago`, `12d ago`. */
export function formatAge(iso: string, now: Date = new Date()): string {
  const seconds = (now.getTime() - new Date(iso).getTime()) / 1000;
  if (seconds < 0) return 'in the future';
  if (seconds < 60) return 'just now';
  const text = formatDuration(seconds).split(' ')[0] ?? '';
  return `${text} ago`;
}

/** A calendar date (`2026-03-01`, no time of day) as `1 Mar 2026`, without shifting zones. */
export function formatCalendarDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return dayFormat.format(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}
