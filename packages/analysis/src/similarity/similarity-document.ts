/**
 * The text fields of an incident that similarity compares. Each is weighted by
 * {@link DEFAULT_FIELD_WEIGHTS}.
 */
export type SimilarityField = 'title' | 'summary' | 'trigger' | 'rootCause' | 'tags' | 'timeline';

/**
 * One past incident as similarity sees it: its text fields, its services, its coded trigger and
 * root causes (null / empty when not coded) and when it happened (ISO 8601 UTC).
 *
 * @example
 * const doc: SimilarityDocument = {
 *   key: 'INC-7',
 *   fields: { title: 'Checkout 502s after config push', summary: '…', trigger: '', rootCause: '',
 *             tags: 'payments', timeline: 'alert fired …' },
 *   services: ['checkout'], triggerCode: 'config-push', rootCauseCodes: ['configuration'],
 *   at: '2026-03-04T09:00:00Z',
 * };
 */
export interface SimilarityDocument {
  key: string;
  fields: Record<SimilarityField, string>;
  services: readonly string[];
  triggerCode: string | null;
  rootCauseCodes: readonly string[];
  at: string;
}

/**
 * What to compare against: any subset of the fields (free text goes into `summary`), and the
 * optional facts the boosts use. `key` is excluded from the results (an incident is not similar to
 * itself); `at` anchors recency (defaults to the newest document).
 *
 * @example
 * const query: SimilarityQuery = { fields: { summary: 'database failover took 40 minutes' } };
 */
export interface SimilarityQuery {
  key?: string;
  fields: Partial<Record<SimilarityField, string>>;
  services?: readonly string[];
  triggerCode?: string | null;
  rootCauseCodes?: readonly string[];
  at?: string;
}

/**
 * How much one occurrence of a word counts in each field (BM25F-style: term frequency and length
 * are summed with these weights). A word in the title or the coded causes says more about what
 * happened than one in the timeline's log lines.
 */
export const DEFAULT_FIELD_WEIGHTS: Readonly<Record<SimilarityField, number>> = {
  title: 3,
  summary: 1.5,
  trigger: 2,
  rootCause: 2,
  tags: 2,
  timeline: 0.5,
};

/** The fields in a fixed order. */
export const SIMILARITY_FIELDS: readonly SimilarityField[] = [
  'title',
  'summary',
  'trigger',
  'rootCause',
  'tags',
  'timeline',
];
