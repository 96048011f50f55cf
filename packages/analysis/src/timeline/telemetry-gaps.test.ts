import type { TimelineEntry } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { findTelemetryGaps } from './telemetry-gaps';
import { makeEntry, minutesAfter } from './testing/entry-factory';

const window = { from: minutesAfter(0), to: minutesAfter(60) };

/** One entry per minute from `first` to `last` (inclusive), minutes after T0. */
function everyMinute(prefix: string, first: number, last: number, fields: Partial<TimelineEntry>) {
  const entries: TimelineEntry[] = [];
  for (let at = first; at <= last; at += 1) entries.push(makeEntry(`${prefix}${at}`, at, fields));
  return entries;
}

const logs = { kind: 'log', source: 'loki', service: 'checkout-api' } as const;
const traces = { kind: 'trace', source: 'otel', service: 'checkout-api' } as const;

describe('findTelemetryGaps', () => {
  it('flags a steady log source that stops inside the window', () => {
    const gaps = findTelemetryGaps(everyMinute('l', -30, 10, logs), window);
    expect(gaps).toEqual([
      {
        source: 'loki',
        service: 'checkout-api',
        expectedEverySeconds: 60,
        observations: 30,
        lastSeenAt: minutesAfter(10),
        lastSeenEntryId: 'l10',
        resumedAt: null,
        silentSeconds: 3000,
        reason:
          'loki (checkout-api) reported every 1 min before the incident (median of 29 ' +
          'intervals, longest quiet 1 min) and was silent for 50 min from ' +
          `${minutesAfter(10)} and did not report again`,
      },
    ]);
  });

  it('reports when a silent source resumed', () => {
    const entries = [...everyMinute('l', -30, 10, logs), ...everyMinute('r', 45, 70, logs)];
    expect(findTelemetryGaps(entries, window)).toMatchObject([
      { lastSeenAt: minutesAfter(10), resumedAt: minutesAfter(45), silentSeconds: 2100 },
    ]);
  });

  it('does not flag a sparse deploy source silent for less than 5 × its median interval', () => {
    const deploys = [-20, -17, -12, -11, -7, -5].map((hours) =>
      makeEntry(`d${hours}`, hours * 60, { kind: 'deploy', source: 'github', service: 'web' }),
    );
    // Intervals 3, 5, 1, 4, 2 h: median 3 h, so only a silence over 15 h inside the window counts.
    expect(findTelemetryGaps(deploys, window)).toEqual([]);
    const day = { from: minutesAfter(0), to: minutesAfter(24 * 60) };
    expect(findTelemetryGaps(deploys, day)).toMatchObject([
      { source: 'github', expectedEverySeconds: 3 * 3600, lastSeenAt: minutesAfter(-5 * 60) },
    ]);
  });

  it('does not flag a source that only starts during the incident', () => {
    const late = everyMinute('t', 5, 20, traces);
    expect(findTelemetryGaps(late, window)).toEqual([]);
    // The same cadence and silence from a source that started before the window is a gap.
    const early = everyMinute('t', -15, 20, traces);
    expect(findTelemetryGaps(early, window)).toMatchObject([{ lastSeenAt: minutesAfter(20) }]);
  });

  it('does not flag a bursty source for a quiet spell shorter than its usual ones', () => {
    const bursts = [-360, -240, -120].flatMap((start) =>
      Array.from({ length: 10 }, (_, i) => makeEntry(`b${start}.${i}`, start + i / 60, logs)),
    );
    // Median interval 1 s, but quiet spells of nearly 2 h are normal for it.
    expect(findTelemetryGaps(bursts, window)).toEqual([]);
  });

  it('ignores what people write and needs the minimum number of reports', () => {
    const chat = everyMinute('c', -30, 5, { kind: 'chat', source: 'slack', service: null });
    expect(findTelemetryGaps(chat, window)).toEqual([]);
    const few = everyMinute('l', -4, 0, logs);
    expect(findTelemetryGaps(few, window)).toEqual([]);
    expect(findTelemetryGaps(few, { ...window, minObservations: 4 })).toHaveLength(1);
  });

  it('keeps sources apart by service and orders gaps by last report', () => {
    const entries = [
      ...everyMinute('a', -30, 30, { ...logs, service: 'payments' }),
      ...everyMinute('b', -30, 10, logs),
    ];
    const gaps = findTelemetryGaps(entries, window);
    expect(gaps.map((gap) => [gap.service, gap.lastSeenAt])).toEqual([
      ['checkout-api', minutesAfter(10)],
      ['payments', minutesAfter(30)],
    ]);
  });

  it('names bad options', () => {
    expect(() => findTelemetryGaps([], { from: minutesAfter(10), to: minutesAfter(0) })).toThrow(
      `Invalid input: to: must not be before from (${minutesAfter(10)})`,
    );
    expect(() => findTelemetryGaps([], { ...window, minObservations: 1 })).toThrow(
      'minObservations: expected an integer at least 2',
    );
  });
});
