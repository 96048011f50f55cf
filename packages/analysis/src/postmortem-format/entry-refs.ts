import type { DocumentTimelineEntry } from '@aftermath/domain';

/**
 * In a document, RCA citations name timeline entries by position: `T3` is the third row of the
 * timeline table (rows are written in time order). Storage ids do not survive export, positions do.
 */
const entryRefPattern = /^T([1-9][0-9]*)$/;

/** `T<n>` for the entry at 0-based `index`. */
export function formatEntryRef(index: number): string {
  return `T${index + 1}`;
}

/** The 0-based index an entry reference names, or null when `text` is not `T<n>`. */
export function parseEntryRef(text: string): number | null {
  const match = entryRefPattern.exec(text);
  return match ? Number(match[1]) - 1 : null;
}

/** True when `text` has the form of an entry reference. */
export function isEntryRef(text: string): boolean {
  return entryRefPattern.test(text);
}

/**
 * For each position in time order, the index of that entry in `entries` (a stable sort, as the
 * timeline table is written).
 */
export function timeOrder(entries: readonly DocumentTimelineEntry[]): number[] {
  return entries
    .map((entry, index) => ({ at: entry.at, index }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.index - b.index))
    .map((item) => item.index);
}

/** Rewrites every `T<n>` through `map` (a function from old to new 0-based index). */
export function mapEntryRef(ref: string, map: (index: number) => number | undefined): string {
  const index = parseEntryRef(ref);
  const mapped = index === null ? undefined : map(index);
  return mapped === undefined ? ref : formatEntryRef(mapped);
}
