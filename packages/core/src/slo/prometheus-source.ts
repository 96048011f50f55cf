import { readPrometheusMatrix, type SliSeries } from '@aftermath/importers';
import { DomainError, type Principal, type SliSample, type SloDefinition } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { afterSamples, type SliImportResult } from './sli-import';
import { getSlo } from './slo-definitions';

/**
 * Asks a Prometheus server's HTTP API `/api/v1/query_range`; returns the JSON answer as parsed.
 * Times in Unix seconds, `stepSeconds` the resolution. Implemented where I/O lives (the server).
 */
export interface PrometheusClient {
  queryRange(
    url: string,
    query: string,
    range: { start: number; end: number; stepSeconds: number },
  ): Promise<unknown>;
}

/** Where and how often to pull an SLO's SLI from Prometheus. */
export interface PrometheusSourceConfig {
  /** Base URL of the Prometheus server, e.g. `http://127.0.0.1:9090`. */
  url: string;
  /** Seconds between polls. */
  everySeconds: number;
  /** Resolution of the range query: one sample per step. */
  stepSeconds: number;
  /** How far back each poll reads (re-reading overlaps is harmless: samples merge by instant). */
  lookbackSeconds: number;
}

const settingKey = (name: string): string => `slo.prometheus.${name}`;

function readConfig(value: unknown): PrometheusSourceConfig | null {
  if (typeof value !== 'object' || value === null) return null;
  const config = value as Partial<PrometheusSourceConfig>;
  const positive = (n: unknown): n is number =>
    typeof n === 'number' && Number.isFinite(n) && n > 0;
  if (
    typeof config.url !== 'string' ||
    !positive(config.everySeconds) ||
    !positive(config.stepSeconds) ||
    !positive(config.lookbackSeconds)
  ) {
    return null;
  }
  return config as PrometheusSourceConfig;
}

/** Stores (or with null removes) the Prometheus source of an SLO; the SLO must exist. */
export async function setPrometheusSource(
  ctx: Context,
  principal: Principal,
  name: string,
  config: PrometheusSourceConfig | null,
): Promise<void> {
  authorize(principal, 'service.write');
  await getSlo(ctx, principal, name);
  if (config !== null && (readConfig(config) === null || !/^https?:\/\//.test(config.url))) {
    throw new DomainError(
      'validation',
      'prometheus: url must be http(s) and every, step and lookback positive seconds',
      [
        {
          path: 'prometheus',
          message: 'url http(s)://…, everySeconds, stepSeconds, lookbackSeconds > 0',
        },
      ],
    );
  }
  await ctx.store.settings.set(settingKey(name), config ?? undefined);
}

/** The Prometheus source of every SLO that has one. */
export async function listPrometheusSources(
  ctx: Context,
): Promise<{ slo: SloDefinition; config: PrometheusSourceConfig }[]> {
  const sources = [];
  for (const slo of await ctx.store.slos.list()) {
    const config = readConfig(await ctx.store.settings.get(settingKey(slo.name)));
    if (config) sources.push({ slo, config });
  }
  return sources;
}

/** The queries a poll runs and the sample field each fills. */
function queriesOf(slo: SloDefinition): [SliSeries, string][] {
  const indicator = slo.indicator;
  const pairs: [SliSeries, string | null][] =
    indicator.kind === 'ratio'
      ? [
          [indicator.counts, indicator.events.query],
          ['total', indicator.total.query],
        ]
      : [['value', indicator.value.query]];
  return pairs.map(([series, query]) => {
    if (query === null)
      throw new DomainError(
        'validation',
        `SLO ${slo.name}: the ${series} metric has no query to send to Prometheus`,
      );
    return [series, query];
  });
}

/**
 * One poll: runs the SLO's queries over the last `lookbackSeconds` with `query_range`, stores the
 * samples, then evaluates the SLO (opening an incident when it asks for one on a page).
 */
export async function pollPrometheusSli(
  ctx: Context,
  client: PrometheusClient,
  slo: SloDefinition,
  config: PrometheusSourceConfig,
): Promise<SliImportResult> {
  const end = Math.floor(ctx.clock().getTime() / 1000);
  const range = { start: end - config.lookbackSeconds, end, stepSeconds: config.stepSeconds };
  const samples: SliSample[] = [];
  for (const [series, query] of queriesOf(slo)) {
    samples.push(
      ...readPrometheusMatrix(await client.queryRange(config.url, query, range), series),
    );
  }
  const written = samples.length === 0 ? 0 : await ctx.store.slos.upsertSamples(slo.name, samples);
  return afterSamples(ctx, slo, written);
}
