/** The six OTLP severity ranges, from `SeverityNumber` 1–4 (TRACE) to 21–24 (FATAL). */
export type SeverityLevel = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'FATAL';

const LEVELS: readonly SeverityLevel[] = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];

const TEXT_LEVELS: ReadonlyArray<[RegExp, SeverityLevel]> = [
  [/^(?:fatal|crit|emerg|alert|panic)/i, 'FATAL'],
  [/^(?:err|severe)/i, 'ERROR'],
  [/^warn/i, 'WARN'],
  [/^(?:info|notice)/i, 'INFO'],
  [/^(?:debug|fine)/i, 'DEBUG'],
  [/^(?:trace|finest|verbose)/i, 'TRACE'],
];

/**
 * The severity range of a log record: from `severityNumber` (an integer 1–24, or its enum name
 * `SEVERITY_NUMBER_ERROR2`), else from `severityText` (`Error`, `WARNING`, `Information` …),
 * else null (unspecified).
 *
 * @example
 * readSeverityLevel(10, 'Information'); // 'INFO'
 * readSeverityLevel(undefined, 'err'); // 'ERROR'
 */
export function readSeverityLevel(number: unknown, text: unknown): SeverityLevel | null {
  const value = typeof number === 'string' ? levelNumberOfName(number) : number;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 24) {
    return LEVELS[Math.floor((value - 1) / 4)] ?? null;
  }
  if (typeof text !== 'string') return null;
  for (const [pattern, level] of TEXT_LEVELS) if (pattern.test(text.trim())) return level;
  return null;
}

function levelNumberOfName(name: string): number {
  const match = /^SEVERITY_NUMBER_([A-Z]+)(\d?)$/.exec(name);
  const index = LEVELS.indexOf((match?.[1] ?? '') as SeverityLevel);
  if (index < 0) return NaN;
  return index * 4 + Number(match?.[2] || '1');
}

/** True for ERROR and FATAL: the records a timeline must show prominently. */
export function isErrorLevel(level: SeverityLevel | null): boolean {
  return level === 'ERROR' || level === 'FATAL';
}

/** OTLP span kinds, by their integer value. */
const SPAN_KINDS = ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER'];

/**
 * A span kind as a word (`SERVER`, `CLIENT` …) from its integer (`2`) or enum name
 * (`SPAN_KIND_SERVER`); null when unspecified or unknown.
 *
 * @example
 * readSpanKind(2); // 'SERVER'
 */
export function readSpanKind(value: unknown): string | null {
  if (typeof value === 'number') {
    const kind = Number.isInteger(value) ? SPAN_KINDS[value] : undefined;
    return kind && kind !== 'UNSPECIFIED' ? kind : null;
  }
  if (typeof value !== 'string') return null;
  const kind = value.replace(/^SPAN_KIND_/, '');
  return SPAN_KINDS.includes(kind) && kind !== 'UNSPECIFIED' ? kind : null;
}

/** A span status code: `UNSET`, `OK` or `ERROR`. */
export type SpanStatusCode = 'UNSET' | 'OK' | 'ERROR';

/**
 * The status code of a span's `status.code`: `0`/`1`/`2` or `STATUS_CODE_UNSET|OK|ERROR`.
 * Anything else reads as `UNSET`.
 *
 * @example
 * readStatusCode(2); // 'ERROR'
 */
export function readStatusCode(value: unknown): SpanStatusCode {
  if (value === 2 || value === 'STATUS_CODE_ERROR') return 'ERROR';
  if (value === 1 || value === 'STATUS_CODE_OK') return 'OK';
  return 'UNSET';
}
