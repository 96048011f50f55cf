export { tokenize, stemWord } from './tokenize';
export type { Token } from './tokenize';
export {
  DEFAULT_FIELD_WEIGHTS,
  SIMILARITY_FIELDS,
  type SimilarityDocument,
  type SimilarityField,
  type SimilarityQuery,
} from './similarity-document';
export {
  buildBm25Index,
  scoreBm25,
  inverseDocumentFrequency,
  DEFAULT_BM25,
  type Bm25Index,
  type Bm25Parameters,
} from './bm25-index';
export {
  rankSimilar,
  buildSimilarityIndex,
  DEFAULT_SIMILARITY_BOOSTS,
  type SimilarMatch,
  type SimilarityBoosts,
  type RankOptions,
} from './rank-similar';
export type { SimilarityReason } from './similarity-reasons';
