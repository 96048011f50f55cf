import type { TimelineEntry, TimelineKind } from '@aftermath/domain';

/** One source's reports: the distinct instants it reported at, in order, and the entry of each. */
export interface SourceStream {
  source: string;
  service: string | null;
  /** Distinct report instants (epoch ms), ascending. */
  times: number[];
  /** The id of an entry at each instant (the smallest id when several share it). */
  entryIds: string[];
}

/** Kinds people write; their silence says nothing about telemetry. */
const humanKinds: ReadonlySet<TimelineKind> = new Set(['chat', 'note', 'milestone', 'action']);

/**
 * Groups machine-reported entries into streams by source and service, one stream per
 * `(source, service)` pair. Entries people write (chat, notes, milestones, actions) and entries
 * whose time is known only to the day are left out: they cannot show a reporting cadence.
 * `times` must be epoch ms for each entry, in the same order.
 *
 * @example
 * groupSourceStreams(entries, times).map((s) => `${s.source}/${s.service}`); // ['loki/checkout-api']
 */
export function groupSourceStreams(
  entries: readonly TimelineEntry[],
  times: readonly number[],
): SourceStream[] {
  const streams = new Map<string, { stream: SourceStream; seen: Map<number, string> }>();
  entries.forEach((entry, index) => {
    if (humanKinds.has(entry.kind) || entry.precision === 'day') return;
    const key = JSON.stringify([entry.source, entry.service]);
    let group = streams.get(key);
    if (!group) {
      const stream = { source: entry.source, service: entry.service, times: [], entryIds: [] };
      group = { stream, seen: new Map() };
      streams.set(key, group);
    }
    const at = times[index] as number;
    const known = group.seen.get(at);
    if (known === undefined || entry.id < known) group.seen.set(at, entry.id);
  });
  return [...streams.values()].map(({ stream, seen }) => {
    const ordered = [...seen.entries()].sort((a, b) => a[0] - b[0]);
    return {
      ...stream,
      times: ordered.map(([at]) => at),
      entryIds: ordered.map(([, id]) => id),
    };
  });
}

/**
 * The median of a non-empty list of numbers (the mean of the middle two for an even count).
 *
 * @example
 * median([60, 60, 61, 59, 600]); // 60
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}
