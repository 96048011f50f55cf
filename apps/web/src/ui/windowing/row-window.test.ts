import { describe, expect, it } from 'vitest';
import { computeRowWindow, scrollTargetForRow } from './row-window';

const base = { count: 5000, rowHeight: 60, overscan: 10, viewportHeight: 900 };

describe('the rows a windowed list renders', () => {
  it('renders only the rows in view plus the overscan, not the whole list', () => {
    expect(computeRowWindow({ ...base, scrolledPast: 0 })).toEqual({ start: 0, end: 25 });
    expect(computeRowWindow({ ...base, scrolledPast: 600 })).toEqual({ start: 0, end: 35 });
    expect(computeRowWindow({ ...base, scrolledPast: 60_000 })).toEqual({ start: 990, end: 1025 });
  });

  it('treats a list still below the fold as scrolled to its top', () => {
    expect(computeRowWindow({ ...base, scrolledPast: -400 })).toEqual({ start: 0, end: 19 });
  });

  it('clamps at the end of the list, so the last row is rendered', () => {
    const end = computeRowWindow({ ...base, scrolledPast: 5000 * 60 - 900 });
    expect(end).toEqual({ start: 4975, end: 5000 });
    expect(computeRowWindow({ ...base, scrolledPast: 10_000_000 }).end).toBe(5000);
  });

  it('renders nothing for an empty list and everything for a short one', () => {
    expect(computeRowWindow({ ...base, count: 0, scrolledPast: 0 })).toEqual({ start: 0, end: 0 });
    expect(computeRowWindow({ ...base, count: 8, scrolledPast: 0 })).toEqual({ start: 0, end: 8 });
  });
});

describe('scrolling a row into view', () => {
  const geometry = { rowsTop: 200, rowHeight: 60, scrollY: 1000, viewportHeight: 600 };

  it('scrolls up to a row above the viewport and down to one below it', () => {
    expect(scrollTargetForRow(5, geometry)).toBe(500);
    expect(scrollTargetForRow(30, geometry)).toBe(200 + 31 * 60 - 600);
  });

  it('leaves the scroll alone when the row is already fully visible', () => {
    expect(scrollTargetForRow(15, geometry)).toBeNull();
  });
});
