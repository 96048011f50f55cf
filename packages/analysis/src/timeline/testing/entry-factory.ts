import type { TimelineEntry } from '@aftermath/domain';

/** The instant tests count from: 2026-03-01T12:00:00Z. */
export const T0 = Date.parse('2026-03-01T12:00:00.000Z');

/** The UTC ISO time `minutes` after {@link T0} (negative for before; fractions for seconds). */
export function minutesAfter(minutes: number): string {
  return new Date(T0 + Math.round(minutes * 60_000)).toISOString();
}

/** A timeline entry at `minutes` after {@link T0}, with plausible defaults for the rest. */
export function makeEntry(
  id: string,
  minutes: number,
  fields: Partial<Omit<TimelineEntry, 'id' | 'at'>> = {},
): TimelineEntry {
  return {
    id,
    incidentKey: 'INC-42',
    at: minutesAfter(minutes),
    precision: 's',
    zoneAssumed: false,
    kind: 'note',
    title: `entry ${id}`,
    body: '',
    source: 'manual',
    service: null,
    evidence: null,
    author: null,
    pinned: false,
    createdAt: minutesAfter(600),
    version: 1,
    ...fields,
  };
}
