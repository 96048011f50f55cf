import type { MetricQuery, SloIndicator } from '@aftermath/domain';
import type { FieldReader } from './field-reader';
import { type YamlMap } from './field-reader';

/**
 * Reads an SLI spec (`ratioMetric` with good or bad over total, or `thresholdMetric`) into an
 * indicator. Raw ratios (`rawType`) carry a precomputed ratio, not events, and are refused.
 */
export function readIndicatorSpec(
  reader: FieldReader,
  name: string,
  spec: YamlMap,
  path: string,
): SloIndicator | null {
  const hasRatio = spec.ratioMetric !== undefined;
  const hasThreshold = spec.thresholdMetric !== undefined;
  if (hasRatio === hasThreshold) {
    reader.fail(path, 'needs exactly one of ratioMetric or thresholdMetric');
    return null;
  }
  if (hasThreshold) {
    const metric = reader.map(spec.thresholdMetric, `${path}.thresholdMetric`);
    const value = metric && readMetricSource(reader, metric, `${path}.thresholdMetric`);
    return value ? { kind: 'threshold', name, value } : null;
  }
  return readRatio(reader, name, spec.ratioMetric, `${path}.ratioMetric`);
}

function readRatio(
  reader: FieldReader,
  name: string,
  value: unknown,
  path: string,
): SloIndicator | null {
  const ratio = reader.map(value, path);
  if (!ratio) return null;
  if (ratio.raw !== undefined || ratio.rawType !== undefined) {
    reader.fail(
      `${path}.raw`,
      'raw ratio metrics are not supported: give good (or bad) and total counts',
    );
    return null;
  }
  reader.boolean(ratio.counter, `${path}.counter`);
  if ((ratio.good === undefined) === (ratio.bad === undefined)) {
    reader.fail(path, 'needs exactly one of good or bad, besides total');
    return null;
  }
  const counts = ratio.good === undefined ? 'bad' : 'good';
  const eventsMap = reader.map(ratio[counts], `${path}.${counts}`);
  const totalMap = reader.map(ratio.total, `${path}.total`);
  const events = eventsMap && readMetricSource(reader, eventsMap, `${path}.${counts}`);
  const total = totalMap && readMetricSource(reader, totalMap, `${path}.total`);
  return events && total ? { kind: 'ratio', name, counts, events, total } : null;
}

/** `{ metricSource: { type, spec: { query } } }`; the query may be absent for other source types. */
function readMetricSource(reader: FieldReader, holder: YamlMap, path: string): MetricQuery | null {
  const source = reader.map(holder.metricSource, `${path}.metricSource`);
  if (!source) return null;
  const type =
    source.metricSourceRef === undefined
      ? reader.string(source.type, `${path}.metricSource.type`)
      : (reader.string(source.type, `${path}.metricSource.type`, false) ?? 'ref');
  const spec = reader.map(source.spec, `${path}.metricSource.spec`, false);
  const query = spec ? reader.string(spec.query, `${path}.metricSource.spec.query`, false) : null;
  return type === null ? null : { sourceType: type, query };
}
