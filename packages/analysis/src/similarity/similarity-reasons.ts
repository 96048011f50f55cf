import type { SimilarityBoosts } from './rank-similar';
import type { SimilarityDocument, SimilarityQuery } from './similarity-document';

/**
 * Why an incident matched. `values` holds what was shared (words, services, codes, or the number
 * of days apart for `recency`); `message` says it in a sentence for people.
 *
 * @example
 * // { kind: 'service', values: ['checkout'], message: 'same service: checkout' }
 */
export interface SimilarityReason {
  kind: 'terms' | 'service' | 'trigger' | 'root-cause' | 'recency';
  values: string[];
  message: string;
}

/** How many shared words a `terms` reason names, the heaviest first. */
const SHOWN_TERMS = 5;

interface ReasonInput {
  contributions: ReadonlyMap<string, number>;
  words: ReadonlyMap<string, string>;
  ageDays: number;
  boosts: SimilarityBoosts;
}

/** The reasons a candidate matched the query and the boost they add (see `SimilarityBoosts`). */
export function similarityReasons(
  query: SimilarityQuery,
  doc: SimilarityDocument,
  input: ReasonInput,
): { reasons: SimilarityReason[]; boost: number } {
  const reasons: SimilarityReason[] = [];
  let boost = 0;
  const terms = [...input.contributions]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, SHOWN_TERMS)
    .map(([stem]) => input.words.get(stem) ?? stem);
  reasons.push({ kind: 'terms', values: terms, message: `shared terms: ${terms.join(', ')}` });
  const services = doc.services.filter((s) => query.services?.includes(s));
  if (services.length > 0) {
    boost += input.boosts.sameService;
    reasons.push({
      kind: 'service',
      values: services,
      message: `same service: ${services.join(', ')}`,
    });
  }
  if (doc.triggerCode !== null && doc.triggerCode === query.triggerCode) {
    boost += input.boosts.sameTrigger;
    reasons.push({
      kind: 'trigger',
      values: [doc.triggerCode],
      message: `same trigger: ${doc.triggerCode}`,
    });
  }
  const causes = doc.rootCauseCodes.filter((c) => query.rootCauseCodes?.includes(c));
  if (causes.length > 0) {
    boost += input.boosts.sameRootCause;
    reasons.push({
      kind: 'root-cause',
      values: causes,
      message: `same root-cause category: ${causes.join(', ')}`,
    });
  }
  const recency = input.boosts.recency * 0.5 ** (input.ageDays / input.boosts.recencyHalfLifeDays);
  boost += recency;
  if (input.ageDays <= input.boosts.recencyHalfLifeDays) {
    const days = Math.round(input.ageDays);
    reasons.push({ kind: 'recency', values: [String(days)], message: `${days} days apart` });
  }
  return { reasons, boost };
}
