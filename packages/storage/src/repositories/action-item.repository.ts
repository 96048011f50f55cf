import type { ActionItem } from '@aftermath/domain';
import type { ActionItemRepository } from '@aftermath/core';
import type { Insertable, Selectable } from 'kysely';
import type { ActionItemTable, Executor } from '../database';
import type { Scope } from '../scope';
import { listActionsAcross } from './action-list.query';
import { utcText } from './row-values';
import { assertInserted, assertVersionedWrite, writeForIncident } from './write-guards';

/** A stored action row as the domain type; links are a JSON array in one column. */
export function toActionItem(row: Selectable<ActionItemTable>): ActionItem {
  return {
    id: row.id,
    incidentKey: row.incident_key,
    title: row.title,
    type: row.type,
    priority: row.priority,
    owner: row.owner,
    dueDate: row.due_date,
    status: row.status,
    verificationCriteria: row.verification_criteria,
    rationale: row.rationale,
    links: JSON.parse(row.links) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

function toActionRow(action: ActionItem): Insertable<ActionItemTable> {
  return {
    id: action.id,
    incident_key: action.incidentKey,
    title: action.title,
    type: action.type,
    priority: action.priority,
    owner: action.owner,
    due_date: action.dueDate,
    status: action.status,
    verification_criteria: action.verificationCriteria,
    rationale: action.rationale,
    links: JSON.stringify(action.links),
    created_at: utcText(action.createdAt, 'createdAt'),
    updated_at: utcText(action.updatedAt, 'updatedAt'),
    version: action.version,
  };
}

async function readVersion(db: Executor, id: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('action_items')
    .select('version')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.version;
}

/** Action items, listed by id (ids sort in creation order). */
export function createActionItemRepository(scope: Scope): ActionItemRepository {
  return {
    async insert(action) {
      const row = toActionRow(action);
      const result = await writeForIncident(scope.capabilities, action.incidentKey, () =>
        scope
          .executor()
          .insertInto('action_items')
          .values(row)
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst(),
      );
      assertInserted(result.numInsertedOrUpdatedRows, 'action item', action.id);
    },
    async get(id) {
      const row = await scope
        .executor()
        .selectFrom('action_items')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toActionItem(row) : null;
    },
    async listByIncident(key) {
      const rows = await scope
        .executor()
        .selectFrom('action_items')
        .selectAll()
        .where('incident_key', '=', key)
        .orderBy('id')
        .execute();
      return rows.map(toActionItem);
    },
    listAcross: (filter) => listActionsAcross(scope.executor(), filter),
    async update(action, expected) {
      const { id, incident_key: _key, created_at: _created, ...changes } = toActionRow(action);
      const db = scope.executor();
      const result = await db
        .updateTable('action_items')
        .set(changes)
        .where('id', '=', id)
        .where('version', '=', expected)
        .executeTakeFirst();
      await assertVersionedWrite(
        result.numUpdatedRows,
        () => readVersion(db, id),
        'action item',
        id,
      );
    },
  };
}
