import type { ContributingFactor, RootCauseAnalysis, WhyChain, WhyLink } from '@aftermath/domain';

/** The next free id with `prefix` (`f3` after `f1`, `f2`). */
export function nextLocalId(prefix: string, taken: readonly { id: string }[]): string {
  const ids = new Set(taken.map((item) => item.id));
  let n = taken.length + 1;
  while (ids.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** A new, empty factor for `rca`. */
export function newFactor(rca: RootCauseAnalysis): ContributingFactor {
  return {
    id: nextLocalId('f', rca.factors),
    category: 'detection',
    description: '',
    entryIds: [],
  };
}

/** A new why chain with one empty link. */
export function newChain(rca: RootCauseAnalysis): WhyChain {
  return { id: nextLocalId('w', rca.whys), problem: '', links: [newLink()] };
}

/** An empty why → answer link. */
export function newLink(): WhyLink {
  return { why: '', answer: '', evidence: [] };
}

/** Replaces the item at `index`. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((current, i) => (i === index ? item : current));
}

/** Drops the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** True when two analyses say the same thing. */
export function sameRca(a: RootCauseAnalysis, b: RootCauseAnalysis): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
