import {
  DEFAULT_FIELD_WEIGHTS,
  SIMILARITY_FIELDS,
  type SimilarityDocument,
  type SimilarityField,
} from './similarity-document';
import { tokenize } from './tokenize';

/** BM25 parameters: `k1` saturates term frequency, `b` normalises by document length. */
export interface Bm25Parameters {
  k1: number;
  b: number;
  fieldWeights: Readonly<Record<SimilarityField, number>>;
}

/** Robertson's usual values, with the default field weights. */
export const DEFAULT_BM25: Bm25Parameters = {
  k1: 1.2,
  b: 0.75,
  fieldWeights: DEFAULT_FIELD_WEIGHTS,
};

/** One document's entry in a term's posting list. */
interface Posting {
  doc: number;
  /** Field-weighted term frequency. */
  tf: number;
}

/**
 * An inverted index over documents for BM25 scoring: built once, queried many times. Memory grows
 * with the total number of distinct words per document.
 */
export interface Bm25Index {
  readonly documents: readonly SimilarityDocument[];
  readonly parameters: Bm25Parameters;
  readonly postings: ReadonlyMap<string, readonly Posting[]>;
  /** Field-weighted length of each document, in weighted tokens. */
  readonly lengths: readonly number[];
  readonly averageLength: number;
  /** The word as first written for each stem, for showing shared terms. */
  readonly words: ReadonlyMap<string, string>;
}

/** Field-weighted term frequencies of one document's (or query's) fields, and its weighted length. */
export function weighTerms(
  fields: Partial<Record<SimilarityField, string>>,
  weights: Readonly<Record<SimilarityField, number>>,
  words?: Map<string, string>,
): { tf: Map<string, number>; length: number } {
  const tf = new Map<string, number>();
  let length = 0;
  for (const field of SIMILARITY_FIELDS) {
    const weight = weights[field];
    for (const token of tokenize(fields[field] ?? '')) {
      tf.set(token.stem, (tf.get(token.stem) ?? 0) + weight);
      length += weight;
      if (words && !words.has(token.stem)) words.set(token.stem, token.word);
    }
  }
  return { tf, length };
}

/**
 * Indexes `documents` for {@link scoreBm25}.
 *
 * @example
 * const index = buildBm25Index(pastIncidents);
 * scoreBm25(index, ['failover', 'replica']); // one score per document, same order
 */
export function buildBm25Index(
  documents: readonly SimilarityDocument[],
  parameters: Bm25Parameters = DEFAULT_BM25,
): Bm25Index {
  const postings = new Map<string, Posting[]>();
  const words = new Map<string, string>();
  const lengths = documents.map((document, doc) => {
    const { tf, length } = weighTerms(document.fields, parameters.fieldWeights, words);
    for (const [stem, count] of tf) {
      const list = postings.get(stem) ?? [];
      list.push({ doc, tf: count });
      postings.set(stem, list);
    }
    return length;
  });
  const total = lengths.reduce((sum, length) => sum + length, 0);
  const averageLength = documents.length === 0 ? 0 : total / documents.length;
  return { documents, parameters, postings, lengths, averageLength, words };
}

/**
 * Inverse document frequency in the always-positive form Lucene uses:
 * `ln(1 + (N − n + 0.5) / (n + 0.5))` for a term in `n` of `N` documents.
 *
 * @example
 * inverseDocumentFrequency(3, 1); // ln(1 + 2.5 / 1.5) ≈ 0.981
 */
export function inverseDocumentFrequency(total: number, containing: number): number {
  return Math.log(1 + (total - containing + 0.5) / (containing + 0.5));
}

/**
 * BM25 score of every document for the query stems (each counted once), plus each stem's share
 * of each document's score (for explaining a match). Documents without any query stem score 0.
 *
 * @example
 * const { scores } = scoreBm25(index, ['failover']);
 */
export function scoreBm25(
  index: Bm25Index,
  queryStems: Iterable<string>,
): { scores: Float64Array; contributions: Map<number, Map<string, number>> } {
  const { k1, b } = index.parameters;
  const scores = new Float64Array(index.documents.length);
  const contributions = new Map<number, Map<string, number>>();
  for (const stem of new Set(queryStems)) {
    const list = index.postings.get(stem);
    if (!list) continue;
    const idf = inverseDocumentFrequency(index.documents.length, list.length);
    for (const { doc, tf } of list) {
      const norm = 1 - b + (b * (index.lengths[doc] ?? 0)) / (index.averageLength || 1);
      const part = (idf * tf * (k1 + 1)) / (tf + k1 * norm);
      scores[doc] = (scores[doc] ?? 0) + part;
      const perDoc = contributions.get(doc) ?? new Map<string, number>();
      perDoc.set(stem, part);
      contributions.set(doc, perDoc);
    }
  }
  return { scores, contributions };
}
