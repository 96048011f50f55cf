import type { PostmortemLink } from '@aftermath/domain';
import type { PostmortemLinkRepository } from '@aftermath/core';
import type { Selectable } from 'kysely';
import type { PostmortemLinkTable } from '../joint-postmortem.tables';
import type { Scope } from '../scope';
import { utcText } from './row-values';
import { writeForIncident } from './write-guards';

function toLink(row: Selectable<PostmortemLinkTable>): PostmortemLink {
  return {
    incidentKey: row.incident_key,
    primaryKey: row.primary_key,
    linkedBy: row.linked_by,
    linkedAt: row.linked_at,
  };
}

/** Joint postmortem links: which incident's postmortem covers which other incidents. */
export function createPostmortemLinkRepository(scope: Scope): PostmortemLinkRepository {
  return {
    async get(incidentKey) {
      const row = await scope
        .executor()
        .selectFrom('postmortem_links')
        .selectAll()
        .where('incident_key', '=', incidentKey)
        .executeTakeFirst();
      return row ? toLink(row) : null;
    },
    async add(incidentKey, link) {
      const result = await writeForIncident(scope.capabilities, incidentKey, () =>
        scope
          .executor()
          .insertInto('postmortem_links')
          .values({
            incident_key: incidentKey,
            primary_key: link.primaryKey,
            linked_by: link.linkedBy,
            linked_at: utcText(link.linkedAt, 'linkedAt'),
          })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst(),
      );
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },
    async remove(incidentKey) {
      const result = await scope
        .executor()
        .deleteFrom('postmortem_links')
        .where('incident_key', '=', incidentKey)
        .executeTakeFirst();
      return (result.numDeletedRows ?? 0n) > 0n;
    },
    async list() {
      const rows = await scope
        .executor()
        .selectFrom('postmortem_links')
        .selectAll()
        .orderBy('incident_key')
        .execute();
      return rows.map(toLink);
    },
    async listByPrimary(primaryKey) {
      const rows = await scope
        .executor()
        .selectFrom('postmortem_links')
        .selectAll()
        .where('primary_key', '=', primaryKey)
        .orderBy('linked_at')
        .orderBy('incident_key')
        .execute();
      return rows.map(toLink);
    },
  };
}
