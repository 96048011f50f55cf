import { describe, expect, it } from 'vitest';
import { computeGroupingAccuracy, createLogLineSplitter, createTemplateMiner } from '../../src';
import {
  DRAIN_REFERENCE,
  hasLoghub,
  LOGHUB_SYSTEMS,
  loadLoghubSample,
  type LoghubSystem,
} from './loghub-samples';

/** The timestamp text of a row as the structured CSV splits it, spaces normalised. */
const expectedTime: Record<LoghubSystem, (row: Record<string, string>) => string | undefined> = {
  Apache: (row) => row.Time,
  BGL: (row) => row.Timestamp,
  HDFS: (row) => `${row.Date} ${row.Time}`,
  Linux: (row) => `${row.Month} ${row.Date} ${row.Time}`,
  OpenStack: (row) => `${row.Date} ${row.Time}`,
  Zookeeper: (row) => `${row.Date} ${row.Time}`,
};

describe.skipIf(!hasLoghub())('loghub 2k samples (../shared/realdata/loghub)', () => {
  describe.each(LOGHUB_SYSTEMS)('%s', (system) => {
    const { lines, rows } = loadLoghubSample(system);
    const split = createLogLineSplitter({ referenceYear: 2005 });

    it('mines templates at least as accurately as Drain (one configuration for all)', () => {
      const miner = createTemplateMiner();
      const predicted = lines.map((line) => miner.add(split(line).content).templateId);
      const truth = rows.map((row) => row.EventId ?? '');
      const accuracy = computeGroupingAccuracy(predicted, truth);
      expect(accuracy).toBeGreaterThanOrEqual(DRAIN_REFERENCE[system]);
    });

    it('splits every header from its content as loghub labels it', () => {
      const wrong = lines
        .map((line, i) => ({
          line,
          got: split(line).content.trim(),
          want: rows[i]?.Content?.trim(),
        }))
        .filter(({ got, want }) => got !== want);
      expect(wrong.slice(0, 3)).toEqual([]);
    });

    it('finds the timestamp of every line where loghub says it is', () => {
      const wrong = lines
        .map((line, i) => {
          const found = split(line).timestamp;
          const got = found ? line.slice(found.start, found.end).replace(/\s+/g, ' ') : null;
          const row = rows[i];
          return { line, got, want: row && expectedTime[system](row) };
        })
        .filter(({ got, want }) => got !== want);
      expect(wrong.slice(0, 3)).toEqual([]);
    });
  });
});
