import { bucketSliSeries, type SliBucket } from '@aftermath/analysis';
import type { IncidentKey, Principal, SliSample, SloDefinition } from '@aftermath/domain';
import type { Context } from '../context';
import { getIncident } from '../incidents';

/** The SLI of one SLO around an incident, downsampled. */
export interface SloSeries {
  slo: string;
  service: string;
  /** `ratio` series carry error rates (0…1); `threshold` series value percentiles. */
  indicator: 'ratio' | 'threshold';
  /** The objective threshold of a threshold SLI (e.g. 0.5 for "≤ 0.5 s"), null otherwise. */
  threshold: number | null;
  /** The error rate the first objective allows (1 − target), for ratio SLIs. */
  allowedErrorRate: number | null;
  samples: number;
  buckets: SliBucket[];
}

/** The window charted around an incident and the series of the SLOs of its services. */
export interface IncidentSliSeries {
  from: string;
  to: string;
  series: SloSeries[];
}

/** What to chart: minutes of padding on each side and the most points per series. */
export interface SliSeriesOptions {
  paddingMinutes: number;
  maxPoints: number;
}

/**
 * The SLI series of every SLO on the incident's services from impact start (or detection, or
 * creation) minus the padding to resolution (or mitigation, or now) plus the padding, each
 * bucketed to at most `maxPoints` points on the server so the chart stays light.
 *
 * @example
 * const { series } = await getIncidentSliSeries(ctx, principal, 'INC-7', { paddingMinutes: 60, maxPoints: 200 });
 */
export async function getIncidentSliSeries(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  options: SliSeriesOptions,
): Promise<IncidentSliSeries> {
  const incident = await getIncident(ctx, principal, key);
  const m = incident.milestones;
  const start = m.impactStartedAt ?? m.detectedAt ?? incident.createdAt;
  const end = m.resolvedAt ?? m.mitigatedAt ?? ctx.clock().toISOString();
  const pad = options.paddingMinutes * 60_000;
  const from = new Date(Date.parse(start) - pad).toISOString();
  const to = new Date(Math.max(Date.parse(end), Date.parse(start)) + pad).toISOString();
  const slos = (await ctx.store.slos.list()).filter((slo) =>
    incident.services.includes(slo.service),
  );
  const series = await Promise.all(
    slos.map((slo) => readSeries(ctx, slo, { from, to, maxPoints: options.maxPoints })),
  );
  return { from, to, series };
}

async function readSeries(
  ctx: Context,
  slo: SloDefinition,
  window: { from: string; to: string; maxPoints: number },
): Promise<SloSeries> {
  const samples: SliSample[] = [];
  // The store reads `after < at <= until`; one millisecond back keeps a sample at `from`.
  const after = new Date(Date.parse(window.from) - 1).toISOString();
  for await (const sample of ctx.store.slos.streamSamples(slo.name, after, window.to)) {
    if (sample.at < window.to) samples.push(sample);
  }
  const ratio = slo.indicator.kind === 'ratio';
  const objective = slo.objectives[0];
  return {
    slo: slo.name,
    service: slo.service,
    indicator: slo.indicator.kind,
    threshold: ratio ? null : (objective?.value ?? null),
    allowedErrorRate: ratio && objective ? 1 - objective.target : null,
    samples: samples.length,
    // No more buckets than samples: with evenly spaced samples every bucket then holds one,
    // so the line has no holes that are only an artefact of bucketing.
    buckets: bucketSliSeries(samples, {
      ...window,
      maxPoints: Math.max(1, Math.min(window.maxPoints, samples.length)),
      counts: slo.indicator.kind === 'ratio' ? slo.indicator.counts : null,
    }),
  };
}
