import type { Executor } from '../../database';
import type { Scope } from '../../scope';
import { facetColumn, type TokenFacet } from './facet-tokens';
import { buildSearchDocuments } from './search-documents';

/** Incidents rebuilt per transaction: small enough that writers are never held up for long. */
const batchSize = 100;

/**
 * Rebuilds one batch of dirty documents. The dirty marks are taken (deleted) before the incidents
 * are read, so a write that lands meanwhile marks its incident again and is indexed next time.
 */
async function refreshBatch(db: Executor, withTokens: boolean): Promise<number> {
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
  if (!withTokens)
    await db.deleteFrom('search_facet_values').where('incident_key', 'in', keys).execute();
  const built = await buildSearchDocuments(db, keys);
  if (built.length === 0) return keys.length;
  if (withTokens) {
    const rows = built.map(({ document, facets }) => {
      const values = [
        ...facets.map((row) => ({ facet: row.facet as TokenFacet, value: row.value })),
        { facet: 'visibility' as const, value: document.visibility },
        { facet: 'incident' as const, value: document.incident_key },
      ];
      return { ...document, facets: facetColumn(values) };
    });
    await db.insertInto('search_documents').values(rows).execute();
  } else {
    await db
      .insertInto('search_documents')
      .values(built.map(({ document }) => document))
      .execute();
    const facets = built.flatMap((document) => document.facets);
    if (facets.length > 0) await db.insertInto('search_facet_values').values(facets).execute();
  }
  return keys.length;
}

/**
 * Brings every dirty search document up to date, a batch per transaction; returns how many. On
 * SQLite the facet values go into the document's `facets` word column (see facet-tokens.ts), on
 * PostgreSQL into `search_facet_values`.
 */
export async function refreshSearch(scope: Scope): Promise<number> {
  const withTokens = scope.capabilities.fullText === 'fts5';
  let total = 0;
  for (;;) {
    const done = await scope.atomically((db) => refreshBatch(db, withTokens));
    if (done === 0) return total;
    total += done;
  }
}
