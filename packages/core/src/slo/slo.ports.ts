import type { SliSample, SloDefinition } from '@aftermath/domain';

/**
 * SLO definitions by name and their SLI samples. Samples are read back in time order and
 * streamed in pages, so evaluating a long series never holds it in memory whole.
 */
export interface SloRepository {
  /** Creates or replaces a definition; its samples stay. `at` = UTC ISO time of the write. */
  upsert(slo: SloDefinition, at: string): Promise<void>;
  /**
   * Replaces the definition named `slo.name` when its version is still `expected`, and counts
   * the version up; `version_mismatch` with the current version otherwise (`not_found` if gone).
   */
  replace(slo: SloDefinition, at: string, expected: number): Promise<void>;
  get(name: string): Promise<SloDefinition | null>;
  /** The definition's version: 1 when created, one more on every write; null when there is none. */
  version(name: string): Promise<number | null>;
  /** Removes a definition with its samples; false when there was none by that name. */
  remove(name: string): Promise<boolean>;
  /** Every definition, by name. */
  list(): Promise<SloDefinition[]>;
  /**
   * Stores samples; a sample at an instant already stored fills in the fields that are non-null
   * here and keeps the rest (good and total may arrive in separate uploads). `not_found` when
   * the SLO does not exist. Returns the number of samples written.
   */
  upsertSamples(name: string, samples: readonly SliSample[]): Promise<number>;
  /** Samples with `after < at <= until` (UTC ISO), in time order, read a page at a time. */
  streamSamples(name: string, after: string, until: string): AsyncIterable<SliSample>;
}
