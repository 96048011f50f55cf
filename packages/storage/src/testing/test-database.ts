import type { OpenedDatabase } from '../dialects/dialect';

/** A throwaway database: open it (as often as a test likes), then dispose of it and its data. */
export interface TestDatabase {
  /** A new connection (or pool) to the same database. */
  open(): OpenedDatabase;
  /** Removes the database; call after every store opened on it is closed. */
  dispose(): Promise<void>;
}
