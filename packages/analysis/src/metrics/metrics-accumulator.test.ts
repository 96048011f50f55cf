import { emptyMilestones } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import type { IncidentFacts } from './incident-facts';
import { MetricsAccumulator } from './metrics-accumulator';
import { matchesMetricsFilter } from './metrics-filter';

function facts(overrides: Partial<IncidentFacts> = {}): IncidentFacts {
  return {
    key: 'INC-1',
    severity: 'SEV2',
    type: 'outage',
    services: ['checkout-api'],
    teams: ['payments'],
    milestones: { ...emptyMilestones },
    postmortemPublishedAt: null,
    checklist: null,
    recurred: null,
    actions: [],
    telemetry: { formats: [], gapCount: null, logTraceEntries: 0, logTraceEntriesWithTraceId: 0 },
    ...overrides,
  };
}

const at = (time: string) => `2026-03-01T${time}:00.000Z`;

function run(incidents: IncidentFacts[], asOf = '2026-09-01T00:00:00.000Z') {
  const metrics = new MetricsAccumulator({ asOf });
  incidents.forEach((incident) => metrics.add(incident));
  return metrics.finish();
}

describe('MetricsAccumulator', () => {
  it('measures each MTTx from its own milestones and counts incidents missing one as excluded', () => {
    const full = facts({
      milestones: {
        ...emptyMilestones,
        impactStartedAt: at('10:00'),
        detectedAt: at('10:10'),
        acknowledgedAt: at('10:15'),
        mitigatedAt: at('10:40'),
        resolvedAt: at('11:00'),
      },
    });
    const unresolved = facts({
      milestones: { ...emptyMilestones, impactStartedAt: at('12:00'), detectedAt: at('12:30') },
    });
    const metrics = run([full, unresolved]);
    expect(metrics.incidents).toBe(2);
    expect(metrics.mttr).toMatchObject({ n: 1, median: 3600, excluded: 1, smallSample: true });
    expect(metrics.mttd).toMatchObject({ n: 2, median: 1200, mean: 1200, p90: 1680, excluded: 0 });
    expect(metrics.mtta).toMatchObject({ n: 1, median: 300, excluded: 1 });
    expect(metrics.mttm).toMatchObject({ n: 1, median: 2400, excluded: 1 });
  });

  it('measures postmortem lag from resolution to publication', () => {
    const published = facts({
      milestones: { ...emptyMilestones, impactStartedAt: at('10:00'), resolvedAt: at('11:00') },
      postmortemPublishedAt: '2026-03-03T11:00:00.000Z',
    });
    expect(run([published, facts()]).postmortemLag).toMatchObject({
      n: 1,
      median: 172_800,
      excluded: 1,
    });
  });

  it('judges recurrence only for incidents older than the 90-day window', () => {
    const old = (recurred: boolean | null) =>
      facts({ recurred, milestones: { ...emptyMilestones, impactStartedAt: at('10:00') } });
    const recent = facts({
      recurred: true,
      milestones: { ...emptyMilestones, impactStartedAt: '2026-08-20T00:00:00.000Z' },
    });
    const metrics = run([old(true), old(false), old(false), old(null), recent]);
    expect(metrics.recurrence).toMatchObject({ n: 3, count: 1, excluded: 2 });
    expect(metrics.recurrence.rate).toBeCloseTo(1 / 3);
  });

  it('counts due actions closed by their due date; no due date or wont_do is excluded', () => {
    const metrics = run(
      [
        facts({
          actions: [
            {
              priority: 'P0',
              status: 'done',
              dueDate: '2026-04-01',
              closedAt: '2026-03-30T09:00:00.000Z',
            },
            {
              priority: 'P0',
              status: 'verified',
              dueDate: '2026-04-01',
              closedAt: '2026-04-02T09:00:00.000Z',
            },
            { priority: 'P1', status: 'open', dueDate: '2026-05-01', closedAt: null },
            { priority: 'P2', status: 'open', dueDate: '2026-12-01', closedAt: null },
            { priority: 'P2', status: 'open', dueDate: null, closedAt: null },
            { priority: 'P3', status: 'wont_do', dueDate: '2026-04-01', closedAt: null },
          ],
        }),
      ],
      '2026-06-01T00:00:00.000Z',
    );
    expect(metrics.actionClosure).toMatchObject({ n: 3, count: 1, excluded: 2, reason: null });
    // Per priority: both P0 actions were due, one closed in time; P3 had none due.
    expect(metrics.actionClosureByPriority.P0).toMatchObject({ n: 2, count: 1, excluded: 0 });
    expect(metrics.actionClosureByPriority.P1).toMatchObject({ n: 1, count: 0 });
    expect(metrics.actionClosureByPriority.P3).toMatchObject({ n: 0, excluded: 1, rate: null });
  });

  it('reports a missing source as null with the reason, never as a number', () => {
    const metrics = new MetricsAccumulator({
      asOf: '2026-06-01T00:00:00.000Z',
      unavailable: { rcaCompleteness: 'the quality checklist is not available' },
    });
    metrics.add(facts({ checklist: { itemsPassed: 9, itemsTotal: 9 } }));
    const result = metrics.finish();
    expect(result.rcaCompleteness).toMatchObject({
      rate: null,
      reason: 'the quality checklist is not available',
    });
    expect(result.sloCompliance.rate).toBeNull();
    expect(result.sloCompliance.reason).toMatch(/SLO/);
  });

  it('pools checklist items over postmortems; incidents without a postmortem are excluded', () => {
    const metrics = run([
      facts({ checklist: { itemsPassed: 8, itemsTotal: 10 } }),
      facts({ checklist: { itemsPassed: 2, itemsTotal: 10 } }),
      facts(),
    ]);
    expect(metrics.rcaCompleteness).toMatchObject({ n: 20, count: 10, rate: 0.5, excluded: 1 });
  });

  it('counts telemetry coverage: two source kinds and no gaps; trace ids on log and trace entries', () => {
    const telemetry = (
      formats: IncidentFacts['telemetry']['formats'],
      gapCount: number | null,
    ) => ({
      formats,
      gapCount,
      logTraceEntries: 10,
      logTraceEntriesWithTraceId: 4,
    });
    const metrics = run([
      facts({ telemetry: telemetry(['alertmanager', 'jsonlines'], 0) }),
      facts({ telemetry: telemetry(['alertmanager', 'grafana'], 0) }),
      facts({ telemetry: telemetry(['alertmanager', 'otlp-traces'], 1) }),
      facts({ telemetry: telemetry(['alertmanager', 'otlp-traces'], null) }),
    ]);
    expect(metrics.telemetryCoverage.multiSourceNoGaps).toMatchObject({
      n: 3,
      count: 1,
      excluded: 1,
    });
    expect(metrics.telemetryCoverage.traceIds).toMatchObject({ n: 40, count: 16, rate: 0.4 });
  });

  it('counts frequency per service, and incidents without impact start as excluded', () => {
    const metrics = run([
      facts({
        services: ['a', 'b'],
        milestones: { ...emptyMilestones, impactStartedAt: at('10:00') },
      }),
      facts({ services: ['b'] }),
      facts({ services: [] }),
    ]);
    expect(metrics.frequency.perService).toEqual([
      { service: 'b', count: 2 },
      { service: 'a', count: 1 },
    ]);
    expect(metrics.frequency).toMatchObject({ withoutService: 1, excluded: 2 });
    expect(metrics.frequency.perMonth).toEqual([
      { period: '2026-03', start: '2026-03-01', count: 1 },
    ]);
  });
});

describe('matchesMetricsFilter', () => {
  const incident = facts({ milestones: { ...emptyMilestones, impactStartedAt: at('10:00') } });

  it('bounds impact start with from inclusive and to exclusive', () => {
    expect(matchesMetricsFilter(incident, { from: at('10:00') })).toBe(true);
    expect(matchesMetricsFilter(incident, { to: at('10:00') })).toBe(false);
    expect(matchesMetricsFilter(facts(), { from: at('00:00') })).toBe(false);
    expect(matchesMetricsFilter(facts(), {})).toBe(true);
  });

  it('matches service, team, severity and type', () => {
    expect(matchesMetricsFilter(incident, { service: 'checkout-api', team: 'payments' })).toBe(
      true,
    );
    expect(matchesMetricsFilter(incident, { team: 'search' })).toBe(false);
    expect(matchesMetricsFilter(incident, { severity: 'SEV1' })).toBe(false);
    expect(matchesMetricsFilter(incident, { type: 'security' })).toBe(false);
  });
});
