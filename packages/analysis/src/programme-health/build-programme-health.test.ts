import { defaultProgrammeHealthPolicy, programmeHealthPolicy } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { buildProgrammeHealth } from './build-programme-health';
import type { HealthIncidentFacts, HealthPostmortemFacts } from './health-facts';
import { judgeSignal } from './health-signal';
import { WeekBuckets } from './week-buckets';

// Friday of the week starting Monday 2026-11-23; two weeks back starts Monday 2026-11-16.
const asOf = '2026-11-27T10:00:00.000Z';
const twoWeeks = { ...defaultProgrammeHealthPolicy, weeks: 2 };

function pm(over: Partial<HealthPostmortemFacts>): HealthPostmortemFacts {
  return {
    createdAt: '2026-11-18T00:00:00.000Z',
    blamelessFindings: 0,
    reviewRequests: 0,
    reviewRequestsAnswered: 0,
    reviewRequestedAt: null,
    firstApprovalAt: null,
    ...over,
  };
}

function incident(key: string, over: Partial<HealthIncidentFacts>): HealthIncidentFacts {
  return {
    key,
    at: '2026-11-17T08:00:00.000Z',
    restricted: false,
    gapCount: null,
    logTraceEntries: 0,
    logTraceEntriesWithTraceId: 0,
    postmortem: null,
    activeActions: 0,
    driftingActions: 0,
    rootCauseFixedAt: null,
    recurredAfterFix: false,
    ...over,
  };
}

const facts: HealthIncidentFacts[] = [
  incident('INC-1', {
    gapCount: 1,
    logTraceEntries: 10,
    logTraceEntriesWithTraceId: 2,
    postmortem: pm({ blamelessFindings: 3, reviewRequests: 2, reviewRequestsAnswered: 1 }),
    activeActions: 2,
    driftingActions: 1,
  }),
  incident('INC-2', {
    at: '2026-11-24T08:00:00.000Z',
    restricted: true,
    gapCount: 0,
    logTraceEntries: 30,
    logTraceEntriesWithTraceId: 24,
    postmortem: pm({
      createdAt: '2026-11-24T09:00:00.000Z',
      reviewRequests: 2,
      reviewRequestsAnswered: 2,
      reviewRequestedAt: '2026-11-24T00:00:00.000Z',
      firstApprovalAt: '2026-11-26T00:00:00.000Z',
    }),
    activeActions: 3,
    rootCauseFixedAt: '2026-11-25T00:00:00.000Z',
    recurredAfterFix: true,
  }),
  incident('INC-3', {
    at: '2026-11-25T08:00:00.000Z',
    restricted: true,
    // Still waiting for approval: the delay runs until `asOf` (24 h).
    postmortem: pm({
      createdAt: '2026-11-25T09:00:00.000Z',
      blamelessFindings: 1,
      reviewRequestedAt: '2026-11-26T10:00:00.000Z',
    }),
    rootCauseFixedAt: '2026-11-26T00:00:00.000Z',
  }),
  // Started before the window: only its fix (inside the window) counts.
  incident('INC-0', {
    at: '2026-11-01T08:00:00.000Z',
    gapCount: 1,
    activeActions: 5,
    driftingActions: 5,
    rootCauseFixedAt: '2026-11-20T00:00:00.000Z',
    recurredAfterFix: true,
  }),
];

describe('buildProgrammeHealth', () => {
  const health = buildProgrammeHealth(facts, twoWeeks, asOf);
  const signal = (id: string) => {
    const found = health.signals.find((s) => s.id === id);
    if (found === undefined) throw new Error(`no signal ${id}`);
    return found;
  };
  const trend = (id: string) => signal(id).trend.map((p) => [p.value, p.n]);

  it('buckets by ISO week, oldest first', () => {
    expect(health.periods).toEqual(['2026-11-16', '2026-11-23']);
  });

  it('computes each signal over the window with its n and weekly trend', () => {
    expect(signal('telemetry-gaps')).toMatchObject({ value: 0.5, n: 2, status: 'warn' });
    expect(trend('telemetry-gaps')).toEqual([
      [1, 1],
      [0, 1],
    ]);
    // 26 of 40 entries; lower is worse, 0.65 is above the warn limit 0.6.
    expect(signal('trace-coverage')).toMatchObject({ value: 0.65, n: 40, status: 'ok' });
    expect(trend('trace-coverage')).toEqual([
      [0.2, 10],
      [0.8, 30],
    ]);
    expect(signal('blameless-findings').value).toBeCloseTo(4 / 3);
    expect(signal('blameless-findings')).toMatchObject({ n: 3, status: 'warn' });
    expect(signal('review-participation')).toMatchObject({ value: 0.75, n: 4, status: 'ok' });
    expect(signal('action-drift')).toMatchObject({ value: 0.2, n: 5, status: 'ok' });
    expect(trend('action-drift')).toEqual([
      [0.5, 2],
      [0, 3],
    ]);
  });

  it('measures creation against the expected rate, delays as medians and false RCA by fix week', () => {
    // 3 postmortems in 2 weeks against 3 expected a week.
    expect(signal('over-reporting')).toMatchObject({ value: 0.5, n: 3, status: 'ok' });
    expect(trend('over-reporting')).toEqual([
      [1 / 3, 1],
      [2 / 3, 2],
    ]);
    // 48 h (approved) and 24 h (still waiting at asOf): median 36 h.
    expect(signal('security-review-delay')).toMatchObject({ value: 36, n: 2, status: 'ok' });
    expect(trend('security-review-delay')).toEqual([
      [null, 0],
      [36, 2],
    ]);
    expect(signal('false-rca').value).toBeCloseTo(2 / 3);
    expect(signal('false-rca').status).toBe('alert');
    expect(trend('false-rca')).toEqual([
      [1, 1],
      [0.5, 2],
    ]);
  });

  it('reads limits from the policy and says no_data when nothing is measured', () => {
    const strict = programmeHealthPolicy.parse({
      weeks: 2,
      thresholds: { actionDrift: { warn: 0.1, alert: 0.15 } },
    });
    const judged = buildProgrammeHealth(facts, strict, asOf);
    expect(judged.signals.find((s) => s.id === 'action-drift')?.status).toBe('alert');
    const none = buildProgrammeHealth([], twoWeeks, asOf);
    expect(none.signals.every((s) => s.status === 'no_data' || s.id === 'over-reporting')).toBe(
      true,
    );
    expect(none.signals.find((s) => s.id === 'over-reporting')).toMatchObject({ value: 0, n: 0 });
  });
});

describe('judgeSignal and WeekBuckets', () => {
  it('judges falling signals below their limits', () => {
    expect(judgeSignal(0.25, { warn: 0.6, alert: 0.3 }, 'lower_is_worse')).toBe('alert');
    expect(judgeSignal(0.5, { warn: 0.6, alert: 0.3 }, 'lower_is_worse')).toBe('warn');
    expect(judgeSignal(null, { warn: 0.6, alert: 0.3 }, 'lower_is_worse')).toBe('no_data');
  });

  it('leaves out times before the window and after asOf', () => {
    const weeks = new WeekBuckets(asOf, 2);
    expect(weeks.indexOf('2026-11-15T23:59:59.000Z')).toBeNull();
    expect(weeks.indexOf('2026-11-16T00:00:00.000Z')).toBe(0);
    expect(weeks.indexOf('2026-11-27T10:00:01.000Z')).toBeNull();
  });
});
