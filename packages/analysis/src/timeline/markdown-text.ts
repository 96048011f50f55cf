import type { EvidenceRef, TimePrecision } from '@aftermath/domain';

const inlineSyntax = /[\\`*_[\]<>|~&]/g;

/**
 * Escapes text for one Markdown table cell so it shows as written: inline syntax is
 * backslash-escaped, line breaks become `<br>`, an empty value shows as `—`.
 *
 * @example
 * markdownCell('p99 > 2s | *all* pods'); // 'p99 \\> 2s \\| \\*all\\* pods'
 */
export function markdownCell(text: string | null): string {
  if (text === null || text.trim() === '') return '—';
  return text
    .replace(inlineSyntax, (char) => `\\${char}`)
    .replace(/\r\n|\r|\n/g, '<br>')
    .trim();
}

/**
 * Shows a UTC ISO time at the precision its source had: whole seconds as `…:05Z`, minutes as
 * `…T12:04Z`, days as the date; millisecond and finer sources keep the milliseconds.
 *
 * @example
 * formatPreciseTime('2026-03-01T12:04:05.000Z', 's'); // '2026-03-01T12:04:05Z'
 * formatPreciseTime('2026-03-01T12:04:05.000Z', 'day'); // '2026-03-01'
 */
export function formatPreciseTime(at: string, precision: TimePrecision): string {
  switch (precision) {
    case 'day':
      return at.slice(0, 10);
    case 'min':
      return `${at.slice(0, 16)}Z`;
    case 's':
      return `${at.slice(0, 19)}Z`;
    case 'ms':
    case 'us':
    case 'ns':
      return at;
  }
}

/**
 * Shows a UTC ISO time without zero milliseconds, for times that carry no precision of their own
 * (recorded milestones, gap bounds).
 *
 * @example
 * formatInstant('2026-03-01T12:03:00.000Z'); // '2026-03-01T12:03:00Z'
 * formatInstant('2026-03-01T12:03:00.250Z'); // '2026-03-01T12:03:00.250Z'
 */
export function formatInstant(at: string): string {
  return at.endsWith('.000Z') ? `${at.slice(0, -5)}Z` : at;
}

/**
 * Names where an entry came from inside its evidence, for people.
 *
 * @example
 * describeEvidence({ evidenceId: 'ev-4', line: 118, byteOffset: null, jsonPointer: null }); // 'ev-4 line 118'
 */
export function describeEvidence(ref: EvidenceRef | null): string | null {
  if (ref === null) return null;
  const parts = [ref.evidenceId];
  if (ref.line !== null) parts.push(`line ${ref.line}`);
  if (ref.byteOffset !== null) parts.push(`byte ${ref.byteOffset}`);
  if (ref.jsonPointer !== null)
    parts.push(`at ${ref.jsonPointer === '' ? '(root)' : ref.jsonPointer}`);
  return parts.join(' ');
}
