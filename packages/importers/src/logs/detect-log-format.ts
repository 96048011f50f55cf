import { extractTimestamp } from '@aftermath/analysis';
import { parseLogfmtLine } from './logfmt-line';
import { STRUCTURED_FIELDS } from './log-record';

/** Lines of the head looked at; the last line of the head may be cut, so it is left out. */
const SAMPLE_LINES = 20;
const KNOWN_KEYS = new Set<string>([
  ...STRUCTURED_FIELDS.time,
  ...STRUCTURED_FIELDS.level,
  ...STRUCTURED_FIELDS.message,
]);
const LEADING_PAIR = /^[A-Za-z_@][\w.@-]*=/;

function sampleLines(head: string): string[] {
  const lines = head.split('\n');
  if (lines.length > 1) lines.pop();
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, SAMPLE_LINES);
}

function extension(name: string | null): string {
  const base = (name ?? '').toLowerCase().replace(/\.gz$/, '');
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1);
}

function share(lines: string[], test: (line: string) => boolean): number {
  return lines.length === 0 ? 0 : lines.filter(test).length / lines.length;
}

function isJsonObjectLine(line: string): boolean {
  if (!line.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Confidence (0–1) that the head is JSON lines: one object per line with log-like keys.
 *
 * @example
 * detectJsonLines('{"ts":1700000000,"level":"info","msg":"up"}\n', 'app.jsonl'); // 0.9
 */
export function detectJsonLines(head: string, name: string | null): number {
  const lines = sampleLines(head);
  const objects = lines.filter(isJsonObjectLine);
  if (lines.length < 1 || objects.length / lines.length < 0.8) return 0;
  const logLike = objects.some((line) => [...KNOWN_KEYS].some((key) => line.includes(`"${key}"`)));
  const bonus = ['jsonl', 'ndjson', 'log'].includes(extension(name)) ? 0.1 : 0;
  return Math.min(1, (logLike ? 0.8 : 0.4) + bonus);
}

/**
 * Confidence (0–1) that the head is logfmt: lines starting with `key=value` and log-like keys.
 *
 * @example
 * detectLogfmt('ts=2024-01-01T00:00:00Z level=error msg="db down"\n', 'app.log'); // 0.9
 */
export function detectLogfmt(head: string, name: string | null): number {
  const lines = sampleLines(head);
  const pairs = share(lines, (line) => LEADING_PAIR.test(line) && parseLogfmtLine(line) !== null);
  if (pairs < 0.7) return 0;
  const logLike = lines.some((line) => {
    const fields = parseLogfmtLine(line);
    return fields !== null && [...fields.keys()].some((key) => KNOWN_KEYS.has(key));
  });
  const bonus = ['logfmt', 'log'].includes(extension(name)) ? 0.1 : 0;
  return Math.min(1, (logLike ? 0.8 : 0.4) + bonus);
}

/**
 * Confidence (0–1) that the head is a plain-text log: most lines start with a timestamp. Kept
 * below the structured formats, which also often start with a time.
 *
 * @example
 * detectTextLog('2024-01-01 00:00:00,123 ERROR [main] db down\n', 'app.log'); // 0.8
 */
export function detectTextLog(head: string, name: string | null): number {
  const lines = sampleLines(head);
  if (lines.length === 0 || lines[0]?.startsWith('{')) return 0;
  const timed = share(lines, (line) => extractTimestamp(line, { referenceYear: 2000 }) !== null);
  if (timed === 0) return 0;
  const bonus = ['log', 'txt', 'out'].includes(extension(name)) ? 0.1 : 0;
  return Math.min(0.85, 0.2 + 0.5 * timed + bonus);
}
