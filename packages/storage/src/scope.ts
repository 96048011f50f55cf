import type { Executor } from './database';
import type { DialectCapabilities } from './dialects/dialect';

/**
 * Where repositories run their statements. A store-level scope follows the transaction in
 * progress on the current async path, so a use case that reaches for the store inside
 * `transaction` joins it instead of waiting on SQLite's single connection for ever.
 */
export interface Scope {
  readonly capabilities: DialectCapabilities;
  /** The executor for one statement. */
  executor(): Executor;
  /** Runs several statements atomically: joins the transaction in progress or starts one. */
  atomically<T>(work: (db: Executor) => Promise<T>): Promise<T>;
}
