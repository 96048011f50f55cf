import { buildBm25Index, scoreBm25, weighTerms, type Bm25Index } from './bm25-index';
import type { SimilarityDocument, SimilarityQuery } from './similarity-document';
import { similarityReasons, type SimilarityReason } from './similarity-reasons';

/**
 * Multiplicative boosts on top of BM25: a candidate's score is `bm25 × (1 + sum of the boosts that
 * apply)`. Recency decays by half every `recencyHalfLifeDays`. A candidate with no shared word
 * scores 0 whatever its boosts: a shared service alone does not make two incidents alike.
 */
export interface SimilarityBoosts {
  sameService: number;
  sameTrigger: number;
  sameRootCause: number;
  recency: number;
  recencyHalfLifeDays: number;
}

/** The default boosts. */
export const DEFAULT_SIMILARITY_BOOSTS: SimilarityBoosts = {
  sameService: 0.3,
  sameTrigger: 0.4,
  sameRootCause: 0.4,
  recency: 0.2,
  recencyHalfLifeDays: 180,
};

/** One ranked incident: its key, its score (higher is more similar) and why it matched. */
export interface SimilarMatch {
  key: string;
  score: number;
  reasons: SimilarityReason[];
}

/** Options of {@link rankSimilar}; `limit` defaults to 5. */
export interface RankOptions {
  limit?: number;
  boosts?: SimilarityBoosts;
}

const DAY_MS = 86_400_000;

function newestTime(documents: readonly SimilarityDocument[]): number {
  return documents.reduce((max, doc) => Math.max(max, Date.parse(doc.at) || 0), 0);
}

/**
 * Ranks indexed incidents by similarity to `query`, best first, excluding `query.key`, ties by
 * key. Pure: the caller builds the index ({@link buildSimilarityIndex}) from whatever storage holds.
 *
 * @example
 * const index = buildSimilarityIndex(pastIncidents);
 * rankSimilar(index, { fields: { summary: 'replica lag during failover' } }, { limit: 3 });
 * // [{ key: 'INC-12', score: 7.91, reasons: [{ kind: 'terms', values: ['replica', 'failover'], … }] }]
 */
export function rankSimilar(
  index: Bm25Index,
  query: SimilarityQuery,
  options: RankOptions = {},
): SimilarMatch[] {
  const boosts = options.boosts ?? DEFAULT_SIMILARITY_BOOSTS;
  const { tf } = weighTerms(query.fields, index.parameters.fieldWeights);
  const { scores, contributions } = scoreBm25(index, tf.keys());
  const anchor = query.at !== undefined ? Date.parse(query.at) : newestTime(index.documents);
  const matches: SimilarMatch[] = [];
  index.documents.forEach((doc, i) => {
    const base = scores[i] ?? 0;
    if (base <= 0 || doc.key === query.key) return;
    const ageDays = Math.abs(anchor - (Date.parse(doc.at) || anchor)) / DAY_MS;
    const explained = similarityReasons(query, doc, {
      contributions: contributions.get(i) ?? new Map(),
      words: index.words,
      ageDays,
      boosts,
    });
    const score = base * (1 + explained.boost);
    matches.push({
      key: doc.key,
      score: Math.round(score * 1e4) / 1e4,
      reasons: explained.reasons,
    });
  });
  matches.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key, 'en', { numeric: true }));
  return matches.slice(0, Math.max(0, options.limit ?? 5));
}

/**
 * Indexes past incidents for {@link rankSimilar}; the same as `buildBm25Index` with the default
 * parameters.
 *
 * @example
 * const index = buildSimilarityIndex(documents);
 */
export function buildSimilarityIndex(documents: readonly SimilarityDocument[]): Bm25Index {
  return buildBm25Index(documents);
}
