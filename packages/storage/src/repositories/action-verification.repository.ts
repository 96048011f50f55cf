import type { ActionVerificationRepository } from '@aftermath/core';
import {
  actionVerification,
  type ActionVerification,
  type VerificationCriteria,
} from '@aftermath/domain';
import type { Insertable, Selectable } from 'kysely';
import type { ActionVerificationTable } from '../database';
import type { Scope } from '../scope';
import { toActionItem } from './action-item.repository';
import { nullableUtcText, utcText } from './row-values';
import { findAlertFirings, findDeploys, findLogBursts } from './verification-evidence.query';

/** A stored row as the domain type; the JSON columns are checked by the schema on the way out. */
function toVerification(row: Selectable<ActionVerificationTable>): ActionVerification {
  return actionVerification.parse({
    actionId: row.action_id,
    criteria: JSON.parse(row.criteria) as VerificationCriteria,
    state: row.state,
    since: row.since,
    checkedAt: row.checked_at,
    detail: row.detail,
    evidence: JSON.parse(row.evidence) as unknown,
    signOff: row.sign_off === null ? null : (JSON.parse(row.sign_off) as unknown),
    updatedAt: row.updated_at,
  });
}

function toRow(verification: ActionVerification): Insertable<ActionVerificationTable> {
  return {
    action_id: verification.actionId,
    criteria: JSON.stringify(verification.criteria),
    state: verification.state,
    since: nullableUtcText(verification.since, 'since'),
    checked_at: nullableUtcText(verification.checkedAt, 'checkedAt'),
    detail: verification.detail,
    evidence: JSON.stringify(verification.evidence),
    sign_off: verification.signOff === null ? null : JSON.stringify(verification.signOff),
    updated_at: utcText(verification.updatedAt, 'updatedAt'),
  };
}

/** Action verifications, one row per action, and the evidence searches of their checks. */
export function createActionVerificationRepository(scope: Scope): ActionVerificationRepository {
  return {
    async get(actionId) {
      const row = await scope
        .executor()
        .selectFrom('action_verifications')
        .selectAll()
        .where('action_id', '=', actionId)
        .executeTakeFirst();
      return row ? toVerification(row) : null;
    },
    async save(verification) {
      const { action_id: _id, ...changes } = toRow(verification);
      await scope
        .executor()
        .insertInto('action_verifications')
        .values(toRow(verification))
        .onConflict((oc) => oc.column('action_id').doUpdateSet(changes))
        .execute();
    },
    async listByActionStatus(statuses) {
      if (statuses.length === 0) return [];
      const rows = await scope
        .executor()
        .selectFrom('action_verifications as v')
        .innerJoin('action_items', 'action_items.id', 'v.action_id')
        .selectAll('action_items')
        .select([
          'v.action_id',
          'v.criteria',
          'v.state',
          'v.since',
          'v.checked_at',
          'v.detail',
          'v.evidence',
          'v.sign_off',
          'v.updated_at as verification_updated_at',
        ])
        .where('action_items.status', 'in', [...statuses])
        .orderBy('action_items.id')
        .execute();
      return rows.map((row) => ({
        action: toActionItem(row),
        verification: toVerification({ ...row, updated_at: row.verification_updated_at }),
      }));
    },
    findAlertFirings: (fingerprint, after, until) =>
      findAlertFirings(scope.executor(), fingerprint, after, until),
    findLogBursts: (template, after, until) =>
      findLogBursts(scope.executor(), template, after, until),
    findDeploys: (change, after) => findDeploys(scope.executor(), change, after),
  };
}
