import type { Incident } from '@aftermath/domain';

/** An incident that came back, with how many later incidents were marked as its recurrence. */
export interface RecurringIncident {
  key: string;
  title: string;
  recurrences: number;
}

/**
 * Ranks incidents by how many others are marked (directly or through a chain) as their
 * recurrence, so a chain INC-3 → INC-2 → INC-1 counts two recurrences for INC-1.
 */
export function rankRecurringIncidents(
  incidents: readonly Incident[],
  top = 5,
): RecurringIncident[] {
  const byKey = new Map(incidents.map((i) => [i.key, i]));
  const counts = new Map<string, number>();
  for (const incident of incidents) {
    const root = findFirstOccurrence(incident, byKey);
    if (root !== incident.key) counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, recurrences]) => ({ key, title: byKey.get(key)?.title ?? key, recurrences }))
    .sort((a, b) => b.recurrences - a.recurrences || a.key.localeCompare(b.key))
    .slice(0, top);
}

function findFirstOccurrence(incident: Incident, byKey: Map<string, Incident>): string {
  const seen = new Set<string>();
  let key = incident.key;
  let next = incident.recurrenceOf;
  // The server refuses cycles; `seen` only guards against a half-loaded page.
  while (next && !seen.has(next)) {
    seen.add(key);
    key = next;
    next = byKey.get(next)?.recurrenceOf ?? null;
  }
  return key;
}
