import type { TimelineEntry } from '@aftermath/domain';
import { readEntryStatus, type EntryStatusReading } from './entry-status';
import { readInstant } from './read-input';

/** An entry with its time in epoch milliseconds and what it says about the incident's course. */
export interface ClassifiedEntry {
  entry: TimelineEntry;
  ms: number;
  reading: EntryStatusReading | null;
}

/**
 * Entries in time order (ties by id, so the result does not depend on input order), each with
 * its status reading. Throws a `validation` error naming `entries.N.at` for a bad timestamp.
 *
 * @example
 * classifyEntries(entries)[0]?.reading?.status; // 'firing'
 */
export function classifyEntries(entries: readonly TimelineEntry[]): ClassifiedEntry[] {
  const classified = entries.map((entry, index) => ({
    entry,
    ms: readInstant(entry.at, `entries.${index}.at`),
    reading: readEntryStatus(entry),
  }));
  return classified.sort(compareClassified);
}

/** Orders by time, then by entry id. */
export function compareClassified(a: ClassifiedEntry, b: ClassifiedEntry): number {
  if (a.ms !== b.ms) return a.ms - b.ms;
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
}
