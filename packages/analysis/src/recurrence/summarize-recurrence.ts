/** The part of an incident recurrence counting needs. */
export interface RecurrenceLink {
  key: string;
  /** The incident this one repeats, or null. */
  recurrenceOf: string | null;
}

/**
 * Recurrence figures for a set of incidents (metric M4): how many are marked as a recurrence of
 * another, their share of all incidents (0–1; 0 for an empty set), and each original incident
 * with every later incident that leads back to it through `recurrenceOf` links (chains are
 * followed to their first incident; a link to an incident outside the set counts that incident
 * as the original).
 *
 * @example
 * summarizeRecurrence([
 *   { key: 'INC-1', recurrenceOf: null },
 *   { key: 'INC-5', recurrenceOf: 'INC-1' },
 *   { key: 'INC-9', recurrenceOf: 'INC-5' },
 * ]);
 * // { incidents: 3, recurrences: 2, rate: 0.667, families: [{ original: 'INC-1', recurrences: ['INC-5', 'INC-9'] }] }
 */
export function summarizeRecurrence(links: readonly RecurrenceLink[]): {
  incidents: number;
  recurrences: number;
  rate: number;
  families: { original: string; recurrences: string[] }[];
} {
  const parent = new Map(links.map((link) => [link.key, link.recurrenceOf]));
  const families = new Map<string, string[]>();
  let recurrences = 0;
  for (const link of links) {
    if (link.recurrenceOf === null) continue;
    recurrences += 1;
    const original = originalOf(link.key, parent);
    families.set(original, [...(families.get(original) ?? []), link.key]);
  }
  return {
    incidents: links.length,
    recurrences,
    rate: links.length === 0 ? 0 : Math.round((recurrences / links.length) * 1000) / 1000,
    families: [...families].map(([original, keys]) => ({ original, recurrences: keys })),
  };
}

/** Follows `recurrenceOf` to the first incident; a cycle (never stored, but) stops where it loops. */
function originalOf(key: string, parent: ReadonlyMap<string, string | null>): string {
  const seen = new Set<string>([key]);
  let current = key;
  for (;;) {
    const next = parent.get(current);
    if (next === undefined || next === null || seen.has(next)) return current;
    seen.add(next);
    current = next;
  }
}
