import { readPrometheusMatrix, type SliSeries } from '@aftermath/importers';
import {
  DomainError,
  parseOrThrow,
  prometheusSource,
  type Principal,
  type PrometheusSource,
  type SliSample,
  type SloDefinition,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { afterSamples, type SliImportResult } from './sli-import';
import { getSlo, prometheusSettingKey } from './slo-definitions';

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

/** Where and how often to pull an SLO's SLI from Prometheus (the domain's `prometheusSource`). */
export type PrometheusSourceConfig = PrometheusSource;

function readConfig(value: unknown): PrometheusSourceConfig | null {
  const parsed = prometheusSource.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Stores (or with null removes) the Prometheus source of an SLO; the SLO must exist and, with a
 * source, have a query for every metric its indicator reads (so a poll can never send none).
 */
export async function setPrometheusSource(
  ctx: Context,
  principal: Principal,
  name: string,
  input: unknown,
): Promise<PrometheusSourceConfig | null> {
  authorize(principal, 'service.write');
  const slo = await getSlo(ctx, principal, name);
  if (input === null) {
    await ctx.store.settings.set(prometheusSettingKey(name), undefined);
    return null;
  }
  const config = parseOrThrow(prometheusSource, input);
  queriesOf(slo);
  await ctx.store.settings.set(prometheusSettingKey(name), config);
  return config;
}

/** The Prometheus source of one SLO, or null when its SLI is not pulled. */
export async function getPrometheusSource(
  ctx: Context,
  principal: Principal,
  name: string,
): Promise<PrometheusSourceConfig | null> {
  await getSlo(ctx, principal, name);
  return readConfig(await ctx.store.settings.get(prometheusSettingKey(name)));
}

/** The Prometheus source of every SLO that has one. */
export async function listPrometheusSources(
  ctx: Context,
): Promise<{ slo: SloDefinition; config: PrometheusSourceConfig }[]> {
  const sources = [];
  for (const slo of await ctx.store.slos.list()) {
    const config = readConfig(await ctx.store.settings.get(prometheusSettingKey(slo.name)));
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
    if (query === null || query.trim() === '')
      throw new DomainError(
        'validation',
        `SLO ${slo.name}: the ${series} metric has no query to send to Prometheus`,
        [{ path: 'indicator', message: `the ${series} metric needs a PromQL query` }],
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
