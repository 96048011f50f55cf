const TITLE_MAX = 500;
const BODY_MAX = 20_000;
const SERVICE_MAX = 100;

/**
 * A one-line title of at most 500 characters: whitespace runs (newlines too) become one space;
 * a longer title is cut with an ellipsis. Falls back to `fallback` when nothing is left.
 *
 * @example
 * toTitle('Disk  full\non /var', 'alert'); // 'Disk full on /var'
 */
export function toTitle(text: string, fallback: string): string {
  const line = /\s\s|[\t\n\r\f\v]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
  const title = line === '' ? fallback : line;
  return title.length <= TITLE_MAX ? title : `${title.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}

/**
 * A body of at most 20,000 characters from lines; null and empty lines are left out and a longer
 * body is cut with a note saying so.
 *
 * @example
 * toBody(['CPU is hot', null, 'host=a']); // 'CPU is hot\nhost=a'
 */
export function toBody(lines: ReadonlyArray<string | null | undefined>): string {
  const body = lines
    .filter((line): line is string => typeof line === 'string' && line.trim() !== '')
    .join('\n')
    .trim();
  if (body.length <= BODY_MAX) return body;
  const note = '\n… (cut: the evidence holds the rest)';
  return body.slice(0, BODY_MAX - note.length) + note;
}

/**
 * A service name slug from free text (`Hello-World` → `hello-world`, `Payments API` →
 * `payments-api`), or null when nothing usable is left. Keeps letters, digits, `.`, `_`, `-`.
 *
 * @example
 * toServiceName('  Checkout API '); // 'checkout-api'
 * toServiceName('***'); // null
 */
export function toServiceName(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;
  const slug = text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, SERVICE_MAX)
    .replace(/[-.]+$/, '');
  return slug === '' ? null : slug;
}

/**
 * The service named by the first of `keys` present in `labels`, as a slug.
 *
 * @example
 * serviceFromLabels({ job: 'node', app: 'web' }, ['service', 'job', 'app']); // 'node'
 */
export function serviceFromLabels(
  labels: Record<string, string>,
  keys: readonly string[],
): string | null {
  for (const key of keys) {
    const service = toServiceName(labels[key]);
    if (service) return service;
  }
  return null;
}

/**
 * Labels as one line, `name=value` pairs sorted by name.
 *
 * @example
 * formatLabels({ severity: 'critical', host: 'a' }); // 'host=a, severity=critical'
 */
export function formatLabels(labels: Record<string, string>): string {
  return Object.keys(labels)
    .sort()
    .map((name) => `${name}=${labels[name]}`)
    .join(', ');
}

/**
 * A duration for people: `45s`, `12m 3s`, `2h 5m`, `3d 4h`.
 *
 * @example
 * formatDuration(723_000); // '12m 3s'
 */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const units: Array<[string, number]> = [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
  ];
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || (unit === 's' && parts.length === 0)) parts.push(`${count}${unit}`);
  }
  return parts.slice(0, 2).join(' ');
}
