import type { Executor } from '../../database';
import type { Scope } from '../../scope';
import { buildSearchDocument } from './search-documents';

/** Incidents rebuilt per transaction: small enough that writers are never held up for long. */
const batchSize = 100;

/**
 * Rebuilds one batch of dirty documents. The dirty marks are taken (deleted) before the incidents
 * are read, so a write that lands meanwhile marks its incident again and is indexed next time.
 */
async function refreshBatch(db: Executor): Promise<number> {
  const taken = await db
    .deleteFrom('search_dirty')
    .where('incident_key', 'in', (query) =>
      query.selectFrom('search_dirty').select('incident_key').limit(batchSize),
    )
    .returning('incident_key')
    .execute();
  if (taken.length === 0) return 0;
  const keys = taken.map((row) => row.incident_key);
  await db.deleteFrom('search_documents').where('incident_key', 'in', keys).execute();
  await db.deleteFrom('search_facet_values').where('incident_key', 'in', keys).execute();
  for (const key of keys) {
    const built = await buildSearchDocument(db, key);
    if (built === null) continue;
    await db.insertInto('search_documents').values(built.document).execute();
    if (built.facets.length > 0) {
      await db.insertInto('search_facet_values').values(built.facets).execute();
    }
  }
  return keys.length;
}

/** Brings every dirty search document up to date, a batch per transaction; returns how many. */
export async function refreshSearch(scope: Scope): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await scope.atomically(refreshBatch);
    if (done === 0) return total;
    total += done;
  }
}
