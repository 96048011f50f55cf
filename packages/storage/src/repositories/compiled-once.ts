import type { Compilable, CompiledQuery } from 'kysely';
import type { Executor } from '../database';

/** Stands in for the key while the query is compiled; replaced by the real key on every run. */
const keyPlaceholder = '\u0000compiled-once-key';

/**
 * A read by one key whose query is built and compiled on its first run only; later runs send the
 * same SQL with the new key. On the hottest read (an incident by key, most of
 * `GET /incidents/{key}`) building and compiling the Kysely query took more CPU than the database
 * took to answer it. Keep one per store: the SQL is the first executor's dialect.
 */
export function compiledOnce<R>(
  build: (db: Executor, key: string) => Compilable<R>,
): (db: Executor, key: string) => Promise<R | undefined> {
  let compiled: { query: CompiledQuery<R>; at: number } | undefined;
  return async (db, key) => {
    if (compiled === undefined) {
      const query = build(db, keyPlaceholder).compile();
      const at = query.parameters.indexOf(keyPlaceholder);
      if (at < 0 || query.parameters.lastIndexOf(keyPlaceholder) !== at) {
        throw new Error('compiledOnce: the query must use its key exactly once');
      }
      compiled = { query, at };
    }
    const parameters = [...compiled.query.parameters];
    parameters[compiled.at] = key;
    const { rows } = await db.executeQuery<R>({ ...compiled.query, parameters });
    return rows[0];
  };
}
