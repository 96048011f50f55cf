import type { ProgrammeHealthPolicy } from '@aftermath/domain';
import { percentileOfSorted } from '../metrics/percentile';
import type { HealthIncidentFacts } from './health-facts';
import { judgeSignal, type HealthPoint, type HealthSignal } from './health-signal';
import { RatioSeries } from './ratio-series';
import { WeekBuckets } from './week-buckets';

/**
 * The programme-health report: the window's weeks (Mondays, oldest first) and every signal.
 *
 * @example { asOf: '2026-11-27T10:00:00.000Z', periods: ['2026-10-05', …], signals: [ … ] }
 */
export interface ProgrammeHealth {
  asOf: string;
  periods: string[];
  signals: HealthSignal[];
}

type Thresholds = ProgrammeHealthPolicy['thresholds'];
type Series = { value: number | null; n: number; trend: HealthPoint[] };
type Described = Omit<HealthSignal, 'threshold' | 'status' | 'value' | 'n' | 'trend'>;

const hourMs = 3_600_000;

/**
 * Computes the eight programme-health signals (definitions in docs/programme-health.md) over
 * the last `policy.weeks` ISO weeks up to `asOf`. An incident counts in the week of its `at`;
 * postmortem creation in the week it was created; a security review delay in the week review
 * was first requested; a root cause marked fixed in the week it was fixed. Pure: no I/O.
 *
 * @example
 * const health = buildProgrammeHealth(facts, defaultProgrammeHealthPolicy, '2026-11-27T10:00:00.000Z');
 * health.signals.find((s) => s.id === 'action-drift')?.status; // 'ok' | 'warn' | 'alert' | 'no_data'
 */
export function buildProgrammeHealth(
  incidents: readonly HealthIncidentFacts[],
  policy: ProgrammeHealthPolicy,
  asOf: string,
): ProgrammeHealth {
  const weeks = new WeekBuckets(asOf, policy.weeks);
  const series = () => new RatioSeries(weeks.periods);
  const gaps = series();
  const trace = series();
  const findings = series();
  const answered = series();
  const drift = series();
  const created = series();
  const fixed = series();
  const delays: number[][] = weeks.periods.map(() => []);
  for (const incident of incidents) {
    const week = weeks.indexOf(incident.at);
    if (incident.gapCount !== null) gaps.add(week, incident.gapCount > 0 ? 1 : 0, 1);
    trace.add(week, incident.logTraceEntriesWithTraceId, incident.logTraceEntries);
    drift.add(week, incident.driftingActions, incident.activeActions);
    if (incident.rootCauseFixedAt !== null) {
      fixed.add(weeks.indexOf(incident.rootCauseFixedAt), incident.recurredAfterFix ? 1 : 0, 1);
    }
    const pm = incident.postmortem;
    if (pm === null) continue;
    findings.add(week, pm.blamelessFindings, 1);
    answered.add(week, pm.reviewRequestsAnswered, pm.reviewRequests);
    created.add(weeks.indexOf(pm.createdAt), 1, 0, 1);
    if (incident.restricted && pm.reviewRequestedAt !== null) {
      const requested = weeks.indexOf(pm.reviewRequestedAt);
      const until = Date.parse(pm.firstApprovalAt ?? asOf);
      const hours = (until - Date.parse(pm.reviewRequestedAt)) / hourMs;
      if (requested !== null) delays[requested]?.push(Math.max(0, hours));
    }
  }
  const t = policy.thresholds;
  const signal = (described: Described, threshold: Thresholds[keyof Thresholds], s: Series) => ({
    ...described,
    ...s,
    threshold,
    status: judgeSignal(s.value, threshold, described.direction),
  });
  const perWeek = (s: RatioSeries) => rateAgainst(s.finish(), policy.expectedPostmortemsPerWeek);
  return {
    asOf,
    periods: weeks.periods,
    signals: [
      signal(descriptions.telemetryGaps, t.telemetryGaps, gaps.finish()),
      signal(descriptions.traceCoverage, t.traceCoverage, trace.finish()),
      signal(descriptions.blamelessFindings, t.blamelessFindings, findings.finish()),
      signal(descriptions.reviewParticipation, t.reviewParticipation, answered.finish()),
      signal(descriptions.actionDrift, t.actionDrift, drift.finish()),
      signal(descriptions.overReporting, t.overReporting, perWeek(created)),
      signal(descriptions.securityReviewDelay, t.securityReviewDelay, medians(weeks, delays)),
      signal(descriptions.falseRca, t.falseRca, fixed.finish()),
    ],
  };
}

/** Postmortems created per week as a multiple of the expected rate; every week counts, even empty. */
function rateAgainst(counts: Series, expected: number): Series {
  const weeks = counts.trend.length;
  const perWeek = (n: number) => n / expected;
  return {
    value: weeks > 0 ? perWeek(counts.n / weeks) : null,
    n: counts.n,
    trend: counts.trend.map((point) => ({ ...point, value: perWeek(point.n) })),
  };
}

/** The median delay (hours) over the window and per week. */
function medians(weeks: WeekBuckets, delays: number[][]): Series {
  const median = (values: number[]) =>
    percentileOfSorted(
      [...values].sort((a, b) => a - b),
      0.5,
    );
  return {
    value: median(delays.flat()),
    n: delays.flat().length,
    trend: weeks.periods.map((period, i) => ({
      period,
      value: median(delays[i] ?? []),
      n: delays[i]?.length ?? 0,
    })),
  };
}

const descriptions = {
  telemetryGaps: {
    id: 'telemetry-gaps',
    failureMode: 'missing_telemetry',
    title: 'Incidents with telemetry gaps',
    description: 'Share of incidents with a known impact window whose timeline has a gap in it.',
    unit: 'share',
    nUnit: 'incidents with a known impact window',
    direction: 'higher_is_worse',
  },
  traceCoverage: {
    id: 'trace-coverage',
    failureMode: 'missing_telemetry',
    title: 'Trace-id coverage',
    description: 'Share of log and trace timeline entries that carry a trace id.',
    unit: 'share',
    nUnit: 'log and trace entries',
    direction: 'lower_is_worse',
  },
  blamelessFindings: {
    id: 'blameless-findings',
    failureMode: 'blame_culture',
    title: 'Blameless-language findings',
    description: 'Blameless-lint findings (blame, counterfactuals, judgement) per postmortem.',
    unit: 'per_postmortem',
    nUnit: 'postmortems',
    direction: 'higher_is_worse',
  },
  reviewParticipation: {
    id: 'review-participation',
    failureMode: 'blame_culture',
    title: 'Review participation',
    description: 'Share of review requests (people and teams) answered with a verdict.',
    unit: 'share',
    nUnit: 'review requests',
    direction: 'lower_is_worse',
  },
  actionDrift: {
    id: 'action-drift',
    failureMode: 'action_drift',
    title: 'Drifting actions',
    description: 'Share of open and in-progress actions that are overdue or stale.',
    unit: 'share',
    nUnit: 'active actions',
    direction: 'higher_is_worse',
  },
  overReporting: {
    id: 'over-reporting',
    failureMode: 'over_reporting',
    title: 'Postmortem creation rate',
    description: 'Postmortems created per week, as a multiple of the rate the policy expects.',
    unit: 'ratio',
    nUnit: 'postmortems created',
    direction: 'higher_is_worse',
  },
  securityReviewDelay: {
    id: 'security-review-delay',
    failureMode: 'security_blockage',
    title: 'Review delay on restricted incidents',
    description: 'Median hours from the first review request to the first approval (or now).',
    unit: 'hours',
    nUnit: 'restricted postmortems in review',
    direction: 'higher_is_worse',
  },
  falseRca: {
    id: 'false-rca',
    failureMode: 'false_rca',
    title: 'Recurrence after a fixed root cause',
    description: 'Share of root causes marked fixed whose incident recurred after the fix.',
    unit: 'share',
    nUnit: 'root causes marked fixed',
    direction: 'higher_is_worse',
  },
} satisfies Record<keyof Thresholds, Described>;
