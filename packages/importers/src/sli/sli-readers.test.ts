import type { SliSample } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { readPrometheusMatrix } from './read-prometheus-matrix';
import { readSliCsv } from './read-sli-csv';

const source = (text: string) => () =>
  (async function* () {
    yield await Promise.resolve(new TextEncoder().encode(text));
  })();

async function readCsv(text: string): Promise<SliSample[]> {
  const samples: SliSample[] = [];
  for await (const sample of readSliCsv(source(text))) samples.push(sample);
  return samples;
}

describe('readSliCsv', () => {
  it('reads ISO and Unix-second times, any order of columns, empty cells as unknown', async () => {
    const text =
      'total,note,Timestamp,bad\r\n1000,deploy,2026-03-01T13:01:00+01:00,2\r\n\r\n500,,1772366520,\n';
    expect(await readCsv(text)).toEqual([
      { at: '2026-03-01T12:01:00.000Z', good: null, bad: 2, total: 1000, value: null },
      { at: '2026-03-01T12:02:00.000Z', good: null, bad: null, total: 500, value: null },
    ]);
  });

  it.each([
    ['timestamp,good\n2026-03-01 12:00,1\n', 'line 2, column timestamp'],
    ['timestamp,good\n2026-03-01T12:00:00Z,-1\n', 'line 2, column good: "-1" is not a number ≥ 0'],
    ['timestamp,value\n2026-03-01T12:00:00Z,fast\n', 'line 2, column value'],
    ['when,good\n', 'line 1: the header needs a timestamp column'],
    ['timestamp,latency\n', 'line 1: the header needs good, bad, total or value columns'],
    ['', 'the CSV is empty'],
  ])('refuses %j naming where: %s', async (text, message) => {
    await expect(readCsv(text)).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining(message) as unknown,
    });
  });
});

describe('readPrometheusMatrix', () => {
  const matrix = (result: unknown) => ({
    status: 'success',
    data: { resultType: 'matrix', result },
  });

  it('sums series per instant in time order and skips NaN points', () => {
    const json = matrix([
      {
        metric: { code: '200' },
        values: [
          [1772366460, '5'],
          [1772366400, '10'],
          [1772366520, 'NaN'],
        ],
      },
      {
        metric: { code: '201' },
        values: [
          [1772366400.5, '1'],
          [1772366400, '2'],
        ],
      },
    ]);
    expect(readPrometheusMatrix(json, 'good').map((sample) => [sample.at, sample.good])).toEqual([
      ['2026-03-01T12:00:00.000Z', 12],
      ['2026-03-01T12:00:00.500Z', 1],
      ['2026-03-01T12:01:00.000Z', 5],
    ]);
  });

  it.each([
    [
      { status: 'error', error: 'parse error' },
      'status: expected "success", got "error": parse error',
    ],
    [
      { status: 'success', data: { resultType: 'vector', result: [] } },
      'data.resultType: expected "matrix"',
    ],
    [matrix([{ values: [[1, 2]] }]), 'data.result[0].values[0][1]: expected a number as a string'],
    [matrix([{ values: [['x', '1']] }]), 'data.result[0].values[0][0]: expected Unix seconds'],
  ])('refuses a wrong answer naming the field', (json, message) => {
    expect(() => readPrometheusMatrix(json, 'total')).toThrow(message);
  });
});
