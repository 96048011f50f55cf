import type { TimelineEntry } from '@aftermath/domain';
import { DomainError } from '@aftermath/domain';
import { formatSpan } from './format-span';
import { readBoundedNumber, readInstant } from './read-input';
import { groupSourceStreams, median, type SourceStream } from './source-streams';

/**
 * A source that reported steadily and went silent inside the incident window: the seed of the
 * "missing telemetry" finding.
 *
 * @example
 * { source: 'loki', service: 'checkout-api', expectedEverySeconds: 60, observations: 30,
 *   lastSeenAt: '2026-03-01T12:10:00.000Z', lastSeenEntryId: 'l41', resumedAt: null,
 *   silentSeconds: 2400, reason: 'loki (checkout-api) reported every 1 min …' }
 */
export interface TelemetryGap {
  source: string;
  service: string | null;
  /** Median seconds between reports before the window: the cadence the silence breaks. */
  expectedEverySeconds: number;
  /** Distinct report instants before the window that the cadence is computed from. */
  observations: number;
  /** UTC ISO time of the last report before the silence, and that entry. */
  lastSeenAt: string;
  lastSeenEntryId: string;
  /** UTC ISO time the source reported again, or null if it never did in the evidence. */
  resumedAt: string | null;
  /** Seconds from `lastSeenAt` to `resumedAt` (or to the window's end when it never resumed). */
  silentSeconds: number;
  reason: string;
}

/** Options for {@link findTelemetryGaps}. */
export interface FindTelemetryGapsOptions {
  /** UTC ISO start and end of the incident window (usually impact start to resolution). */
  from: string;
  to: string;
  /** Distinct report instants a source needs before `from` to count as steady (default 5, ≥ 2). */
  minObservations?: number;
  /** A silence must exceed this many median intervals (default 5). */
  silenceFactor?: number;
  /** A silence must exceed this many seconds, however fast the source reports (default 60). */
  minSilenceSeconds?: number;
}

// Code-unit order, not locale order: the result must not depend on the machine.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Rule {
  fromMs: number;
  toMs: number;
  minObservations: number;
  silenceFactor: number;
  minSilenceMs: number;
}

function readRule(options: FindTelemetryGapsOptions): Rule {
  const fromMs = readInstant(options.from, 'from');
  const toMs = readInstant(options.to, 'to');
  if (toMs < fromMs) {
    const message = `must not be before from (${options.from})`;
    throw new DomainError('validation', `Invalid input: to: ${message}`, [{ path: 'to', message }]);
  }
  const minObservations = readBoundedNumber(options.minObservations ?? 5, 'minObservations', {
    min: 2,
    max: 1_000_000,
    integer: true,
  });
  const silenceFactor = readBoundedNumber(options.silenceFactor ?? 5, 'silenceFactor', {
    min: 0,
    exclusive: true,
    max: 1000,
  });
  const minSilence = readBoundedNumber(options.minSilenceSeconds ?? 60, 'minSilenceSeconds', {
    min: 0,
    max: 31_536_000,
  });
  return { fromMs, toMs, minObservations, silenceFactor, minSilenceMs: minSilence * 1000 };
}

function describeGap(stream: SourceStream, gap: Omit<TelemetryGap, 'reason'>, longestMs: number) {
  const name = stream.service === null ? stream.source : `${stream.source} (${stream.service})`;
  const until = gap.resumedAt ? `until ${gap.resumedAt}` : 'and did not report again';
  return (
    `${name} reported every ${formatSpan(gap.expectedEverySeconds * 1000)} before the incident ` +
    `(median of ${gap.observations - 1} intervals, longest quiet ${formatSpan(longestMs)}) ` +
    `and was silent for ${formatSpan(gap.silentSeconds * 1000)} from ${gap.lastSeenAt} ${until}`
  );
}

function findStreamGaps(stream: SourceStream, rule: Rule): TelemetryGap[] {
  const baseline = stream.times.filter((at) => at < rule.fromMs);
  if (baseline.length < rule.minObservations) return [];
  const intervals = baseline.slice(1).map((at, i) => at - (baseline[i] as number));
  const cadenceMs = median(intervals);
  const longestMs = intervals.reduce((longest, ms) => Math.max(longest, ms), 0);
  const thresholdMs = Math.max(rule.silenceFactor * cadenceMs, longestMs, rule.minSilenceMs);
  const gaps: TelemetryGap[] = [];
  for (let i = baseline.length - 1; i < stream.times.length; i += 1) {
    const lastMs = stream.times[i] as number;
    const nextMs = stream.times[i + 1] ?? null;
    if (lastMs >= rule.toMs) break;
    const inWindowMs = Math.min(nextMs ?? rule.toMs, rule.toMs) - Math.max(lastMs, rule.fromMs);
    if (inWindowMs <= thresholdMs) continue;
    const gap = {
      source: stream.source,
      service: stream.service,
      expectedEverySeconds: cadenceMs / 1000,
      observations: baseline.length,
      lastSeenAt: new Date(lastMs).toISOString(),
      lastSeenEntryId: stream.entryIds[i] as string,
      resumedAt: nextMs === null ? null : new Date(nextMs).toISOString(),
      silentSeconds: ((nextMs ?? rule.toMs) - lastMs) / 1000,
    };
    gaps.push({ ...gap, reason: describeGap(stream, gap, longestMs) });
  }
  return gaps;
}

/**
 * Finds telemetry gaps: sources (one per source and service) that reported steadily before the
 * incident window and then went silent inside it. The rule, so naturally sparse sources are not
 * flagged:
 * 1. the source reported at `minObservations` or more distinct instants before `from`
 *    (a source that only starts during the incident has no cadence to break);
 * 2. its cadence is the median interval between those reports;
 * 3. a silence is flagged when the part of it inside `[from, to]` is longer than
 *    `silenceFactor` × the cadence, longer than the longest quiet spell before `from`
 *    (so a source that reports in bursts hours apart is not flagged for a quiet hour), and
 *    longer than `minSilenceSeconds`.
 * People's entries (chat, notes) are not telemetry and are ignored. Gaps come in time order.
 *
 * @example
 * findTelemetryGaps(entries, { from: '2026-03-01T12:00:00Z', to: '2026-03-01T13:00:00Z' });
 * // [{ source: 'loki', service: 'checkout-api', expectedEverySeconds: 60, silentSeconds: 2400, … }]
 */
export function findTelemetryGaps(
  entries: readonly TimelineEntry[],
  options: FindTelemetryGapsOptions,
): TelemetryGap[] {
  const rule = readRule(options);
  const times = entries.map((entry, index) => readInstant(entry.at, `entries.${index}.at`));
  return groupSourceStreams(entries, times)
    .flatMap((stream) => findStreamGaps(stream, rule))
    .sort(
      (a, b) =>
        compareText(a.lastSeenAt, b.lastSeenAt) ||
        compareText(a.source, b.source) ||
        compareText(a.service ?? '', b.service ?? ''),
    );
}
