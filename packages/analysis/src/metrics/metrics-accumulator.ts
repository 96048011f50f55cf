import { actionPriority, type ActionPriority } from '@aftermath/domain';
import { countActionClosure } from './action-closure';
import { secondsBetween, summarizeDurations } from './duration-metric';
import type { IncidentFacts } from './incident-facts';
import { countPerPeriod } from './incident-frequency';
import type { IncidentMetrics } from './incident-metrics';
import {
  assembleIncidentMetrics,
  newTally,
  rankServiceCounts,
  recurrenceWindowDays,
  type MetricsSources,
  type MetricsTally as Tally,
} from './metrics-assembly';
import type { RateMetric } from './rate-metric';
import { countSourceKinds } from './source-kinds';

export { recurrenceWindowDays };
const DAY_MS = 86_400_000;

/**
 * What the metrics need besides the incidents. `asOf` (UTC ISO) is "now": it decides which actions
 * are due and which incidents are too recent to judge recurrence. A reason in `unavailable` turns
 * the metric off (rate null with that reason) because its source does not exist in this workspace.
 * SLO figures come ready-made from the SLO store, or are unavailable.
 */
export interface MetricsOptions {
  asOf: string;
  unavailable?: { rcaCompleteness?: string; recurrence?: string };
  slo?: { compliance: RateMetric; errorBudgetBurn: RateMetric };
}

/**
 * Computes M1–M10 in one pass: `add` each incident inside the filter, then `finish`. Holds only
 * the durations and counters, never the incidents, so thousands of incidents stream through.
 *
 * @example
 * const metrics = new MetricsAccumulator({ asOf: '2026-06-01T00:00:00.000Z' });
 * for (const facts of incidents) metrics.add(facts);
 * metrics.finish().mttr.median; // seconds
 */
export class MetricsAccumulator {
  private incidents = 0;
  private readonly durations = { mttr: [], mttd: [], mtta: [], mttm: [], lag: [] } as Record<
    'mttr' | 'mttd' | 'mtta' | 'mttm' | 'lag',
    number[]
  >;
  private readonly excluded = { mttr: 0, mttd: 0, mtta: 0, mttm: 0, lag: 0 };
  private readonly starts: number[] = [];
  private readonly services = new Map<string, number>();
  private withoutService = 0;
  private readonly recurrence = newTally();
  private readonly rca = newTally();
  private readonly actions = newTally();
  private readonly actionsByPriority = new Map<ActionPriority, Tally>();
  private readonly multiSource = newTally();
  private readonly traceIds = newTally();
  private readonly asOfMs: number;
  private readonly today: string;

  constructor(private readonly options: MetricsOptions) {
    this.asOfMs = Date.parse(options.asOf);
    if (Number.isNaN(this.asOfMs)) throw new RangeError(`asOf is not a time: ${options.asOf}`);
    this.today = new Date(this.asOfMs).toISOString().slice(0, 10);
  }

  /** Adds one incident (already inside the filter). */
  add(facts: IncidentFacts): void {
    this.incidents += 1;
    const m = facts.milestones;
    this.addDuration('mttr', secondsBetween(m.impactStartedAt, m.resolvedAt));
    this.addDuration('mttd', secondsBetween(m.impactStartedAt, m.detectedAt));
    this.addDuration('mtta', secondsBetween(m.detectedAt, m.acknowledgedAt));
    this.addDuration('mttm', secondsBetween(m.impactStartedAt, m.mitigatedAt));
    this.addDuration('lag', secondsBetween(m.resolvedAt, facts.postmortemPublishedAt));
    this.addFrequency(facts);
    this.addRecurrence(facts);
    this.addChecklist(facts);
    this.addActions(facts);
    this.addTelemetry(facts);
  }

  /** The metrics over everything added. */
  finish(): IncidentMetrics {
    const { perWeek, perMonth } = countPerPeriod(this.starts);
    const sources: MetricsSources = this.options;
    return assembleIncidentMetrics(
      {
        incidents: this.incidents,
        durations: {
          mttr: summarizeDurations(this.durations.mttr, this.excluded.mttr),
          mttm: summarizeDurations(this.durations.mttm, this.excluded.mttm),
          mttd: summarizeDurations(this.durations.mttd, this.excluded.mttd),
          mtta: summarizeDurations(this.durations.mtta, this.excluded.mtta),
          postmortemLag: summarizeDurations(this.durations.lag, this.excluded.lag),
        },
        frequency: {
          perWeek,
          perMonth,
          perService: rankServiceCounts(this.services),
          withoutService: this.withoutService,
          excluded: this.incidents - this.starts.length,
        },
        recurrence: this.recurrence,
        rca: this.rca,
        actions: this.actions,
        actionsByPriority: this.actionsByPriority,
        multiSource: this.multiSource,
        traceIds: this.traceIds,
      },
      sources,
    );
  }

  private addDuration(metric: keyof typeof this.excluded, seconds: number | null): void {
    if (seconds === null) this.excluded[metric] += 1;
    else this.durations[metric].push(seconds);
  }

  private addFrequency(facts: IncidentFacts): void {
    const start = facts.milestones.impactStartedAt;
    if (start !== null) this.starts.push(Date.parse(start));
    if (facts.services.length === 0) this.withoutService += 1;
    for (const service of new Set(facts.services)) {
      this.services.set(service, (this.services.get(service) ?? 0) + 1);
    }
  }

  private addRecurrence(facts: IncidentFacts): void {
    const start = facts.milestones.impactStartedAt;
    // Too recent to have had the full window to recur, or unknown: not judged.
    const judged =
      start !== null &&
      facts.recurred !== null &&
      Date.parse(start) + recurrenceWindowDays * DAY_MS <= this.asOfMs;
    if (!judged) this.recurrence.excluded += 1;
    else tally(this.recurrence, facts.recurred === true);
  }

  private addChecklist(facts: IncidentFacts): void {
    // Items are pooled: a postmortem with more applicable items weighs more.
    if (facts.checklist === null || facts.checklist.itemsTotal === 0) {
      this.rca.excluded += 1;
      return;
    }
    this.rca.n += facts.checklist.itemsTotal;
    this.rca.count += facts.checklist.itemsPassed;
  }

  private addActions(facts: IncidentFacts): void {
    const counts = Array.isArray(facts.actions)
      ? countActionClosure(facts.actions, this.today)
      : facts.actions;
    for (const priority of actionPriority.options) {
      const count = counts[priority];
      if (count === undefined) continue;
      let byPriority = this.actionsByPriority.get(priority);
      if (!byPriority) this.actionsByPriority.set(priority, (byPriority = newTally()));
      for (const tally of [this.actions, byPriority]) {
        tally.excluded += count.excluded;
        tally.n += count.due;
        tally.count += count.closedOnTime;
      }
    }
  }

  private addTelemetry(facts: IncidentFacts): void {
    const telemetry = facts.telemetry;
    if (telemetry.gapCount === null) this.multiSource.excluded += 1;
    else
      tally(this.multiSource, countSourceKinds(telemetry.formats) >= 2 && telemetry.gapCount === 0);
    this.traceIds.n += telemetry.logTraceEntries;
    this.traceIds.count += telemetry.logTraceEntriesWithTraceId;
  }
}

function tally(target: Tally, hit: boolean): void {
  target.n += 1;
  if (hit) target.count += 1;
}
