/** The rows to render: indexes `start` (inclusive) to `end` (exclusive). */
export interface RowWindow {
  start: number;
  end: number;
}

/** What the window is computed from; lengths in CSS pixels. */
export interface RowWindowInput {
  count: number;
  rowHeight: number;
  /** Rows rendered beyond each edge of the viewport, so fast scrolls and Tab never meet a gap. */
  overscan: number;
  /** How far the viewport's top is below the first row's top (negative while the list is lower). */
  scrolledPast: number;
  viewportHeight: number;
}

/**
 * The rows that intersect the viewport, widened by `overscan` on each side and clamped to the list.
 * Example: 5,000 rows of 60 px, 10 overscan, 600 px scrolled past a 900 px viewport → rows 0–35.
 */
export function computeRowWindow(input: RowWindowInput): RowWindow {
  const { count, rowHeight, overscan, scrolledPast, viewportHeight } = input;
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrolledPast) / rowHeight);
  const last = Math.ceil(Math.max(0, scrolledPast + viewportHeight) / rowHeight);
  const start = Math.min(Math.max(0, first - overscan), Math.max(0, count - 1));
  const end = Math.min(count, Math.max(start + 1, last + overscan));
  return { start, end };
}

/**
 * How far to scroll (a new `scrollY`) so row `index` is fully in view, or null when it already is.
 * `rowsTop` is the first row's top in document coordinates.
 */
export function scrollTargetForRow(
  index: number,
  geometry: { rowsTop: number; rowHeight: number; scrollY: number; viewportHeight: number },
): number | null {
  const { rowsTop, rowHeight, scrollY, viewportHeight } = geometry;
  const top = rowsTop + index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollY) return top;
  if (bottom > scrollY + viewportHeight) return bottom - viewportHeight;
  return null;
}
