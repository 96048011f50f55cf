import type { Candidate } from './sensitive-finding';

function beats(a: Candidate, b: Candidate): boolean {
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.end - a.start > b.end - b.start;
}

/**
 * Keeps a set of non-overlapping candidates, sorted by start: of two overlapping candidates the
 * one with the higher priority wins, then the longer one, then the earlier one. One sort and one
 * sweep: the kept candidates never overlap, so a new one can only collide with the last kept.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) kept.push(candidate);
    else if (beats(candidate, last)) kept[kept.length - 1] = candidate;
  }
  return kept;
}
