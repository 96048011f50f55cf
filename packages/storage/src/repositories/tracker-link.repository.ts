import type { TrackerLinkRepository } from '@aftermath/core';
import type { ActionIssueLink } from '@aftermath/domain';
import type { Selectable } from 'kysely';
import type { Scope } from '../scope';
import type { ActionIssueLinkTable } from '../trackers.tables';

/** A stored link row as the domain type. */
function toLink(row: Selectable<ActionIssueLinkTable>): ActionIssueLink {
  return {
    actionId: row.action_id,
    team: row.team,
    kind: row.kind,
    ref: row.ref,
    remoteId: row.remote_id,
    url: row.url,
    state: row.state,
    status: row.status,
    syncedAt: row.synced_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(link: ActionIssueLink): ActionIssueLinkTable {
  return {
    action_id: link.actionId,
    team: link.team,
    kind: link.kind,
    ref: link.ref,
    remote_id: link.remoteId,
    url: link.url,
    state: link.state,
    status: link.status,
    synced_at: link.syncedAt,
    created_at: link.createdAt,
    updated_at: link.updatedAt,
  };
}

/** The issue linked to each action item. */
export function createTrackerLinkRepository(scope: Scope): TrackerLinkRepository {
  const db = () => scope.executor();
  const rows = () => db().selectFrom('action_issue_links').selectAll();
  return {
    async upsert(link) {
      const { action_id: actionId, ...rest } = toRow(link);
      await db()
        .insertInto('action_issue_links')
        .values({ action_id: actionId, ...rest })
        .onConflict((oc) => oc.column('action_id').doUpdateSet(rest))
        .execute();
    },
    async get(actionId) {
      const row = await rows().where('action_id', '=', actionId).executeTakeFirst();
      return row === undefined ? null : toLink(row);
    },
    async remove(actionId) {
      const result = await db()
        .deleteFrom('action_issue_links')
        .where('action_id', '=', actionId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async findByRef(kind, ref) {
      const found = await rows()
        .where('kind', '=', kind)
        .where('ref', '=', ref)
        .orderBy('action_id')
        .execute();
      return found.map(toLink);
    },
    async listByActions(actionIds) {
      if (actionIds.length === 0) return [];
      const found = await rows()
        .where('action_id', 'in', [...actionIds])
        .execute();
      return found.map(toLink);
    },
    async listUnfinished(limit) {
      const found = await rows()
        .where('state', '!=', 'done')
        .orderBy('synced_at', 'asc')
        .orderBy('action_id')
        .limit(limit)
        .execute();
      return found.map(toLink);
    },
  };
}
