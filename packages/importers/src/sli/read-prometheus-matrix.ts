import type { SliSample } from '@aftermath/domain';
import { readSliInstant, sliInputError, type SliSeries } from './sli-series';

/**
 * Reads a Prometheus range-query answer (`{"status":"success","data":{"resultType":"matrix",
 * "result":[{"metric":{…},"values":[[<unix seconds>,"<value>"],…]}]}}`) into samples filling
 * `series`. Several series (one per label set) are summed per instant, as `sum()` would; `NaN`
 * and infinite points are skipped. Samples come out in time order.
 *
 * @example
 * readPrometheusMatrix(json, 'good') // [{ at: '2026-03-01T12:00:00.000Z', good: 998, … }]
 */
export function readPrometheusMatrix(json: unknown, series: SliSeries): SliSample[] {
  const body = asObject(json, '');
  if (body.status !== 'success') {
    const error = typeof body.error === 'string' ? `: ${body.error}` : '';
    throw sliInputError(
      'status',
      `expected "success", got ${JSON.stringify(body.status ?? null)}${error}`,
    );
  }
  const data = asObject(body.data, 'data');
  if (data.resultType !== 'matrix') {
    throw sliInputError(
      'data.resultType',
      `expected "matrix" (a range query), got ${JSON.stringify(data.resultType ?? null)}`,
    );
  }
  if (!Array.isArray(data.result)) throw sliInputError('data.result', 'expected a list of series');
  const sums = new Map<string, number>();
  data.result.forEach((item: unknown, index) => {
    const values = asObject(item, `data.result[${index}]`).values;
    if (!Array.isArray(values))
      throw sliInputError(
        `data.result[${index}].values`,
        'expected a list of [time, "value"] pairs',
      );
    values.forEach((point: unknown, position) => {
      const path = `data.result[${index}].values[${position}]`;
      if (!Array.isArray(point) || point.length !== 2)
        throw sliInputError(path, 'expected [time, "value"]');
      const [time, text] = point as [unknown, unknown];
      const at = typeof time === 'number' || typeof time === 'string' ? readSliInstant(time) : null;
      if (at === null) throw sliInputError(`${path}[0]`, 'expected Unix seconds');
      const value = typeof text === 'string' ? Number(text) : Number.NaN;
      if (typeof text !== 'string' || (Number.isNaN(value) && text !== 'NaN')) {
        throw sliInputError(
          `${path}[1]`,
          `expected a number as a string, got ${JSON.stringify(text)}`,
        );
      }
      if (Number.isFinite(value)) sums.set(at, (sums.get(at) ?? 0) + value);
    });
  });
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([at, value]) => {
      const sample: SliSample = { at, good: null, bad: null, total: null, value: null };
      sample[series] = series === 'value' ? value : Math.max(value, 0);
      return sample;
    });
}

function asObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  throw sliInputError(path || 'body', 'expected a JSON object');
}
