import { commentAnchor, type CommentAnchor, type PostmortemComment } from '@aftermath/domain';
import type { CommentRepository } from '@aftermath/core';
import type { Insertable, Selectable } from 'kysely';
import type { CommentTable } from '../review.tables';
import type { Scope } from '../scope';
import { nullableUtcText, toFlag, toNumber, utcText } from './row-values';
import { assertInserted, assertVersionedWrite, writeForIncident } from './write-guards';

function toAnchor(row: Selectable<CommentTable>): CommentAnchor {
  const ref = row.anchor_ref;
  const raw =
    row.anchor_kind === 'section'
      ? { kind: 'section', section: ref }
      : row.anchor_kind === 'timeline'
        ? { kind: 'timeline', entryId: ref }
        : { kind: 'action', actionId: ref };
  return commentAnchor.parse(raw);
}

function anchorRef(anchor: CommentAnchor): string {
  switch (anchor.kind) {
    case 'section':
      return anchor.section;
    case 'timeline':
      return anchor.entryId;
    case 'action':
      return anchor.actionId;
  }
}

/** A stored comment row as the domain type. */
export function toComment(row: Selectable<CommentTable>): PostmortemComment {
  return {
    id: row.id,
    incidentKey: row.incident_key,
    parentId: row.parent_id,
    anchor: toAnchor(row),
    author: row.author,
    body: row.body,
    mentions: JSON.parse(row.mentions) as string[],
    resolved: toNumber(row.resolved) === 1,
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: toNumber(row.version),
  };
}

function toRow(comment: PostmortemComment): Insertable<CommentTable> {
  return {
    id: comment.id,
    incident_key: comment.incidentKey,
    parent_id: comment.parentId,
    anchor_kind: comment.anchor.kind,
    anchor_ref: anchorRef(comment.anchor),
    author: comment.author,
    body: comment.body,
    mentions: JSON.stringify(comment.mentions),
    resolved: toFlag(comment.resolved),
    resolved_by: comment.resolvedBy,
    resolved_at: nullableUtcText(comment.resolvedAt, 'resolvedAt'),
    created_at: utcText(comment.createdAt, 'createdAt'),
    updated_at: utcText(comment.updatedAt, 'updatedAt'),
    version: comment.version,
  };
}

/** Postmortem comments; updates are versioned like every other record. */
export function createCommentRepository(scope: Scope): CommentRepository {
  const readVersion = async (id: string) => {
    const row = await scope
      .executor()
      .selectFrom('postmortem_comments')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirst();
    return row === undefined ? undefined : toNumber(row.version);
  };
  return {
    async insert(comment) {
      const result = await writeForIncident(scope.capabilities, comment.incidentKey, () =>
        scope
          .executor()
          .insertInto('postmortem_comments')
          .values(toRow(comment))
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst(),
      );
      assertInserted(result.numInsertedOrUpdatedRows, 'comment', comment.id);
    },
    async get(id) {
      const row = await scope
        .executor()
        .selectFrom('postmortem_comments')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row === undefined ? null : toComment(row);
    },
    async listByIncident(key) {
      const rows = await scope
        .executor()
        .selectFrom('postmortem_comments')
        .selectAll()
        .where('incident_key', '=', key)
        .orderBy('id')
        .execute();
      return rows.map(toComment);
    },
    async update(comment, expectedVersion) {
      const { id: _id, incident_key: _key, created_at: _created, ...changes } = toRow(comment);
      const result = await scope
        .executor()
        .updateTable('postmortem_comments')
        .set(changes)
        .where('id', '=', comment.id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      await assertVersionedWrite(
        result.numUpdatedRows,
        () => readVersion(comment.id),
        'comment',
        comment.id,
      );
    },
  };
}
