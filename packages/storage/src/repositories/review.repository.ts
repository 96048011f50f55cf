import type { ReviewRequest, ReviewVerdict } from '@aftermath/domain';
import type { ReviewRepository } from '@aftermath/core';
import type { Selectable } from 'kysely';
import type { ReviewRequestTable, ReviewVerdictTable } from '../review.tables';
import type { Scope } from '../scope';
import { toNumber, utcText } from './row-values';
import { writeForIncident } from './write-guards';

function toRequest(row: Selectable<ReviewRequestTable>): ReviewRequest {
  return {
    incidentKey: row.incident_key,
    kind: row.kind,
    name: row.name,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
  };
}

function toVerdict(row: Selectable<ReviewVerdictTable>): ReviewVerdict {
  return {
    incidentKey: row.incident_key,
    reviewer: row.reviewer,
    decision: row.decision,
    note: row.note,
    postmortemVersion: toNumber(row.postmortem_version),
    decidedAt: row.decided_at,
  };
}

/** Review requests (one per person or team) and verdicts (the latest per reviewer). */
export function createReviewRepository(scope: Scope): ReviewRepository {
  return {
    async addRequest(request) {
      const result = await writeForIncident(scope.capabilities, request.incidentKey, () =>
        scope
          .executor()
          .insertInto('postmortem_review_requests')
          .values({
            incident_key: request.incidentKey,
            kind: request.kind,
            name: request.name,
            requested_by: request.requestedBy,
            requested_at: utcText(request.requestedAt, 'requestedAt'),
          })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst(),
      );
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },
    async listRequests(key) {
      const rows = await scope
        .executor()
        .selectFrom('postmortem_review_requests')
        .selectAll()
        .where('incident_key', '=', key)
        .orderBy('requested_at')
        .orderBy('kind')
        .orderBy('name')
        .execute();
      return rows.map(toRequest);
    },
    async removeRequest(key, kind, name) {
      const result = await scope
        .executor()
        .deleteFrom('postmortem_review_requests')
        .where('incident_key', '=', key)
        .where('kind', '=', kind)
        .where('name', '=', name)
        .executeTakeFirst();
      return (result.numDeletedRows ?? 0n) > 0n;
    },
    async saveVerdict(verdict) {
      const changes = {
        decision: verdict.decision,
        note: verdict.note,
        postmortem_version: verdict.postmortemVersion,
        decided_at: utcText(verdict.decidedAt, 'decidedAt'),
      };
      await writeForIncident(scope.capabilities, verdict.incidentKey, () =>
        scope
          .executor()
          .insertInto('postmortem_review_verdicts')
          .values({ incident_key: verdict.incidentKey, reviewer: verdict.reviewer, ...changes })
          .onConflict((oc) => oc.columns(['incident_key', 'reviewer']).doUpdateSet(changes))
          .execute(),
      );
    },
    async listVerdicts(key) {
      const rows = await scope
        .executor()
        .selectFrom('postmortem_review_verdicts')
        .selectAll()
        .where('incident_key', '=', key)
        .orderBy('decided_at')
        .orderBy('reviewer')
        .execute();
      return rows.map(toVerdict);
    },
  };
}
