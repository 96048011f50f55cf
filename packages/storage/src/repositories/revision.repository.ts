import { postmortemRevision, type PostmortemRevision } from '@aftermath/domain';
import type { RevisionRepository } from '@aftermath/core';
import type { Selectable } from 'kysely';
import type { RevisionTable } from '../review.tables';
import type { Scope } from '../scope';
import { toNumber, utcText } from './row-values';
import { assertInserted, writeForIncident } from './write-guards';

/** A stored snapshot row as the domain type, checked so a bad row fails loudly. */
function toRevision(row: Selectable<RevisionTable>): PostmortemRevision {
  const snapshot = JSON.parse(row.snapshot) as Record<string, unknown>;
  return postmortemRevision.parse({
    ...snapshot,
    incidentKey: row.incident_key,
    version: toNumber(row.version),
    author: row.author,
    savedAt: row.saved_at,
  });
}

/** Postmortem revisions: full snapshots, appended, never changed. */
export function createRevisionRepository(scope: Scope): RevisionRepository {
  return {
    async append(revision) {
      const { owner, template, sections, rca } = revision;
      const result = await writeForIncident(scope.capabilities, revision.incidentKey, () =>
        scope
          .executor()
          .insertInto('postmortem_revisions')
          .values({
            incident_key: revision.incidentKey,
            version: revision.version,
            author: revision.author,
            saved_at: utcText(revision.savedAt, 'savedAt'),
            snapshot: JSON.stringify({ owner, template, sections, rca }),
          })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst(),
      );
      const id = `${revision.incidentKey} v${revision.version}`;
      assertInserted(result.numInsertedOrUpdatedRows, 'postmortem revision', id, 'version');
    },
    async list(key) {
      const rows = await scope
        .executor()
        .selectFrom('postmortem_revisions')
        .selectAll()
        .where('incident_key', '=', key)
        .orderBy('version')
        .execute();
      return rows.map(toRevision);
    },
    async get(key, version) {
      const row = await scope
        .executor()
        .selectFrom('postmortem_revisions')
        .selectAll()
        .where('incident_key', '=', key)
        .where('version', '=', version)
        .executeTakeFirst();
      return row === undefined ? null : toRevision(row);
    },
    async latestVersion(key) {
      const row = await scope
        .executor()
        .selectFrom('postmortem_revisions')
        .select((eb) => eb.fn.max('version').as('latest'))
        .where('incident_key', '=', key)
        .executeTakeFirst();
      const latest = row?.latest ?? null;
      return latest === null ? null : toNumber(latest);
    },
  };
}
