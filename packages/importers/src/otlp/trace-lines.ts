const TRACE_LINE = /^Trace: ([0-9a-f]{32})$/gm;

/**
 * The body line that carries a trace id in OTLP entries (log bursts and spans), so metrics can
 * tell which timeline entries are covered by a trace: `Trace: <32 lower-case hex digits>`.
 *
 * @example
 * formatTraceLine('5b8efff798038103d269b633813fc60c'); // 'Trace: 5b8efff798038103d269b633813fc60c'
 */
export function formatTraceLine(traceId: string): string {
  return `Trace: ${traceId}`;
}

/**
 * The trace ids named in an entry body by {@link formatTraceLine} lines, in order, each once.
 *
 * @example
 * readTraceIds('connection refused\nTrace: 5b8efff798038103d269b633813fc60c');
 * // ['5b8efff798038103d269b633813fc60c']
 */
export function readTraceIds(body: string): string[] {
  return [...new Set(Array.from(body.matchAll(TRACE_LINE), (match) => match[1] as string))];
}
