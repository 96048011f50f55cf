import { describe, expect, it } from 'vitest';
import { createWallTime, wallTimeAsUtcMs } from './wall-time';

describe('wallTimeAsUtcMs', () => {
  it('agrees with Date.UTC when dates repeat, alternate and differ in one field only', () => {
    const wall = createWallTime();
    const dates = [
      [2005, 6, 3],
      [2005, 6, 3],
      [2005, 6, 4],
      [2005, 7, 4],
      [2006, 7, 4],
      [2005, 6, 3],
      [2000, 2, 29],
      [1969, 12, 31],
      [2000, 2, 29],
    ] as const;
    for (const [index, [year, month, day]] of dates.entries()) {
      Object.assign(wall, { year, month, day, hour: index, minute: 7, second: 9, millis: 11 });
      expect(wallTimeAsUtcMs(wall)).toBe(Date.UTC(year, month - 1, day, index, 7, 9, 11));
    }
  });
});
