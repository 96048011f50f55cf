import type { Recurrence, RecurrenceCandidate } from './policy-facts';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The first incident of a recurrence chain (`C → B → A` gives A). Marks that go round in a cycle
 * have no first incident: the cycle's smallest key stands for it, so every member agrees.
 */
function chainRoot(key: string, byKey: ReadonlyMap<string, RecurrenceCandidate>): string {
  const path: string[] = [];
  let current: string | null | undefined = key;
  while (current) {
    const seenAt = path.indexOf(current);
    if (seenAt >= 0) return path.slice(seenAt).sort()[0] ?? current;
    path.push(current);
    const next: string | null | undefined = byKey.get(current)?.recurrenceOf;
    if (!next) return current;
    current = next;
  }
  return key;
}

function sharesServiceAndTrigger(a: RecurrenceCandidate, b: RecurrenceCandidate): boolean {
  if (a.trigger === null || a.trigger !== b.trigger) return false;
  return a.services.some((service) => b.services.includes(service));
}

/**
 * Finds the earlier incidents of the same problem within `windowDays` before `subject` started:
 * those in its recurrence chain (marked with `recurrenceOf`, either way, transitively), and those
 * with a shared service and the same trigger code. Oldest first.
 *
 * @example
 * findRecurrences(inc9, [inc4, inc7], 90); // [{ key: 'INC-4', via: 'service-and-trigger', … }, …]
 */
export function findRecurrences(
  subject: RecurrenceCandidate,
  candidates: readonly RecurrenceCandidate[],
  windowDays: number,
): Recurrence[] {
  const byKey = new Map([subject, ...candidates].map((c) => [c.key, c]));
  const root = chainRoot(subject.key, byKey);
  const end = Date.parse(subject.at);
  const start = end - windowDays * dayMs;
  const found: Recurrence[] = [];
  for (const other of candidates) {
    if (other.key === subject.key) continue;
    const at = Date.parse(other.at);
    if (at < start || at > end) continue;
    if (chainRoot(other.key, byKey) === root) {
      found.push({ key: other.key, at: other.at, via: 'recurrence-of' });
    } else if (sharesServiceAndTrigger(subject, other)) {
      found.push({ key: other.key, at: other.at, via: 'service-and-trigger' });
    }
  }
  return found.sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
}
