import type { MilestoneDecision } from '@aftermath/domain';
import type { MilestoneDecisionRepository } from '@aftermath/core';
import type { Insertable, Selectable } from 'kysely';
import type { MilestoneDecisionTable } from '../database';
import type { Scope } from '../scope';
import { nullableUtcText, utcText } from './row-values';
import { writeForIncident } from './write-guards';

/** A stored decision row as the domain type. */
export function toMilestoneDecision(row: Selectable<MilestoneDecisionTable>): MilestoneDecision {
  return {
    incidentKey: row.incident_key,
    milestone: row.milestone,
    decision: row.decision,
    at: row.at,
    entryId: row.entry_id,
    reason: row.reason,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
  };
}

function toRow(decision: MilestoneDecision): Insertable<MilestoneDecisionTable> {
  return {
    incident_key: decision.incidentKey,
    milestone: decision.milestone,
    decision: decision.decision,
    at: nullableUtcText(decision.at, 'at'),
    entry_id: decision.entryId,
    reason: decision.reason,
    decided_by: decision.decidedBy,
    decided_at: utcText(decision.decidedAt, 'decidedAt'),
  };
}

/** Milestone decisions: one row per incident and milestone, replaced by the next decision. */
export function createMilestoneDecisionRepository(scope: Scope): MilestoneDecisionRepository {
  return {
    async save(decision) {
      const row = toRow(decision);
      const { incident_key: _key, milestone: _milestone, ...changes } = row;
      await writeForIncident(scope.capabilities, decision.incidentKey, () =>
        scope
          .executor()
          .insertInto('milestone_decisions')
          .values(row)
          .onConflict((oc) => oc.columns(['incident_key', 'milestone']).doUpdateSet(changes))
          .execute(),
      );
    },
    async listByIncident(key) {
      const rows = await scope
        .executor()
        .selectFrom('milestone_decisions')
        .selectAll()
        .where('incident_key', '=', key)
        .orderBy('milestone')
        .execute();
      return rows.map(toMilestoneDecision);
    },
  };
}
