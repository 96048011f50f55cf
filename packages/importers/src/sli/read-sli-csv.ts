import type { SliSample } from '@aftermath/domain';
import { readLines } from '../chat/read-lines';
import type { ByteSource } from '../importer';
import { readSliInstant, sliInputError, sliSeriesNames, type SliSeries } from './sli-series';

const TIME_COLUMNS = ['timestamp', 'time', 'at'];

/**
 * Reads SLI samples from CSV, streaming (one line in memory). The header names the columns: a
 * time column (`timestamp`, `time` or `at`: ISO 8601 with a zone, or Unix seconds) and any of
 * `good`, `bad`, `total`, `value`; other columns are ignored. An empty cell is an unknown value.
 * Bad input throws a validation error naming the line and column.
 *
 * @example
 * // timestamp,good,total
 * // 2026-03-01T12:01:00Z,998,1000
 * for await (const sample of readSliCsv(source)) …
 */
export async function* readSliCsv(source: ByteSource): AsyncGenerator<SliSample> {
  let columns: { time: number; fields: [SliSeries, number][] } | null = null;
  for await (const { text, line } of readLines(source)) {
    if (text.trim() === '') continue;
    const cells = text.split(',').map((cell) => cell.trim());
    if (columns === null) {
      columns = readHeader(cells, line);
      continue;
    }
    const at = readSliInstant(cells[columns.time] ?? '');
    if (at === null) {
      throw sliInputError(
        `line ${line}, column ${cells[columns.time] === undefined ? 'time' : 'timestamp'}`,
        `"${cells[columns.time] ?? ''}" is not an ISO 8601 time with a zone or Unix seconds`,
      );
    }
    const sample: SliSample = { at, good: null, bad: null, total: null, value: null };
    for (const [field, index] of columns.fields)
      sample[field] = readCell(cells[index] ?? '', field, line);
    yield sample;
  }
  if (columns === null)
    throw sliInputError('line 1', 'the CSV is empty: expected a header like timestamp,good,total');
}

function readHeader(
  cells: string[],
  line: number,
): { time: number; fields: [SliSeries, number][] } {
  const names = cells.map((cell) => cell.toLowerCase());
  const time = names.findIndex((name) => TIME_COLUMNS.includes(name));
  if (time < 0)
    throw sliInputError(
      `line ${line}`,
      'the header needs a timestamp column (timestamp, time or at)',
    );
  const fields = sliSeriesNames.flatMap((field): [SliSeries, number][] => {
    const index = names.indexOf(field);
    return index < 0 ? [] : [[field, index]];
  });
  if (fields.length === 0)
    throw sliInputError(`line ${line}`, 'the header needs good, bad, total or value columns');
  return { time, fields };
}

function readCell(cell: string, field: SliSeries, line: number): number | null {
  if (cell === '') return null;
  const value = Number(cell);
  if (!Number.isFinite(value) || (field !== 'value' && value < 0)) {
    const need = field === 'value' ? 'a number' : 'a number ≥ 0';
    throw sliInputError(`line ${line}, column ${field}`, `"${cell}" is not ${need}`);
  }
  return value;
}
