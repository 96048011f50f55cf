import {
  readPrometheusMatrix,
  readSliCsv,
  type ByteSource,
  type SliSeries,
} from '@aftermath/importers';
import {
  DomainError,
  type Incident,
  type Principal,
  type SliSample,
  type SloDefinition,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { getSlo } from './slo-definitions';
import { openIncidentOnPage } from './slo-incidents';
import { evaluateSlo, type SloStatus } from './slo-status';

/** How SLI bytes are written: CSV with named columns, or a Prometheus range-query answer. */
export type SliFormat = 'csv' | 'prometheus';

export interface SliImportOptions {
  format: SliFormat;
  /** For Prometheus JSON, which field the series fills (default `value` for threshold SLIs). */
  series?: SliSeries;
}

/** What an SLI import did, and the SLO's state right after it. */
export interface SliImportResult {
  slo: string;
  samples: number;
  status: SloStatus[];
  /** Key of the incident the import opened (SLO-triggered), or null. */
  incidentOpened: string | null;
}

const BATCH = 1000;
/** A Prometheus answer is one JSON document; Prometheus itself caps a range query at 11 000 points a series. */
const PROMETHEUS_BYTES_MAX = 64 * 1024 * 1024;

function chooseSeries(slo: SloDefinition, series: SliSeries | undefined): SliSeries {
  if (series !== undefined) {
    if ((series === 'value') !== (slo.indicator.kind === 'threshold')) {
      const allowed = slo.indicator.kind === 'threshold' ? 'value' : 'good, bad or total';
      throw new DomainError(
        'validation',
        `series: SLO ${slo.name} takes ${allowed}, not ${series}`,
        [{ path: 'series', message: `must be ${allowed}` }],
      );
    }
    return series;
  }
  if (slo.indicator.kind === 'threshold') return 'value';
  throw new DomainError(
    'validation',
    `series: say which series this file holds (good, bad or total) for SLO ${slo.name}`,
    [{ path: 'series', message: 'required for a ratio SLI: good, bad or total' }],
  );
}

async function readJson(source: ByteSource): Promise<unknown> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source()) {
    size += chunk.length;
    if (size > PROMETHEUS_BYTES_MAX)
      throw new DomainError(
        'validation',
        'body: a Prometheus answer larger than 64 MiB; split the range',
      );
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DomainError('validation', `body: not JSON (${reason})`, [
      { path: 'body', message: 'not JSON' },
    ]);
  }
}

async function* readSamples(
  slo: SloDefinition,
  source: ByteSource,
  options: SliImportOptions,
): AsyncGenerator<SliSample> {
  if (options.format === 'csv') {
    yield* readSliCsv(source);
    return;
  }
  yield* readPrometheusMatrix(await readJson(source), chooseSeries(slo, options.series));
}

/**
 * Stores SLI samples for an SLO from CSV or Prometheus range-query JSON, all or nothing, in
 * batches (a large CSV is never held whole). Then evaluates the SLO and, when it asks for it and
 * a page-level burn holds, opens an incident for its service.
 */
export async function importSli(
  ctx: Context,
  principal: Principal,
  name: string,
  source: ByteSource,
  options: SliImportOptions,
): Promise<SliImportResult> {
  authorize(principal, 'service.write');
  const slo = await getSlo(ctx, principal, name);
  const samples = await ctx.store.transaction(async (tx) => {
    let written = 0;
    let batch: SliSample[] = [];
    for await (const sample of readSamples(slo, source, options)) {
      batch.push(sample);
      if (batch.length < BATCH) continue;
      written += await tx.slos.upsertSamples(name, batch);
      batch = [];
    }
    if (batch.length > 0) written += await tx.slos.upsertSamples(name, batch);
    return written;
  });
  return afterSamples(ctx, slo, samples);
}

/** Evaluates an SLO after new samples and opens an incident when it asks for one. */
export async function afterSamples(
  ctx: Context,
  slo: SloDefinition,
  samples: number,
): Promise<SliImportResult> {
  const status = await evaluateSlo(ctx.store.slos, slo, ctx.clock().getTime());
  const incident: Incident | null = await openIncidentOnPage(ctx, slo, status);
  return { slo: slo.name, samples, status, incidentOpened: incident?.key ?? null };
}
