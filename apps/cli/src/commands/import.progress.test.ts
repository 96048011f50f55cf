import { describe, expect, it } from 'vitest';
import { formatBytes, formatProgressLine } from './import.progress';

const params = {
  progress: 0,
  eta: 0,
  startTime: 0,
  stopTime: null,
  total: 0,
  value: 0,
  maxWidth: 80,
};

describe('import progress line', () => {
  it('shows bar, bytes, lines, lines/s and ETA while reading a file of known size', () => {
    const line = formatProgressLine(
      { name: 'app.log', stage: 'reading', lines: 80211, linesPerSecond: 40105.4 },
      { ...params, progress: 0.31, eta: 3.2, total: 38_500_000, value: 12_000_000 },
    );
    expect(line).toBe(
      'app.log reading [██████░░░░░░░░░░░░░░]  31%  12.0 MB/38.5 MB · 80,211 lines · 40,105 lines/s ETA 4s',
    );
  });

  it('shows only the bytes so far when the size is unknown (stdin)', () => {
    const line = formatProgressLine(
      { name: 'stdin', stage: 'storing', lines: 0, linesPerSecond: 0 },
      { ...params, value: 1_234_567 },
    );
    expect(line).toBe('stdin storing  1.23 MB');
  });

  it('writes sizes people read at a glance', () => {
    expect([812, 12_300_000, 1_070_000_000].map(formatBytes)).toEqual([
      '812 B',
      '12.3 MB',
      '1.07 GB',
    ]);
  });
});
