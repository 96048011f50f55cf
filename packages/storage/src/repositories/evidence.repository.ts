import { evidenceProblem, type Evidence } from '@aftermath/domain';
import type { EvidenceRepository } from '@aftermath/core';
import type { Insertable, Selectable } from 'kysely';
import type { EvidenceTable } from '../database';
import type { Scope } from '../scope';
import { toNumber, utcText } from './row-values';
import { assertInserted, writeForIncident } from './write-guards';

// Parsed on the way out so a hand-edited or truncated row fails loudly, not as a wrong shape.
const problemList = evidenceProblem.array();

/** A stored evidence row as the domain type. */
export function toEvidence(row: Selectable<EvidenceTable>): Evidence {
  return {
    id: row.id,
    incidentKey: row.incident_key,
    format: row.format,
    channel: row.channel,
    name: row.name,
    sha256: row.sha256,
    bytes: toNumber(row.bytes),
    receivedAt: row.received_at,
    records: toNumber(row.records),
    entriesAdded: row.entries_added,
    duplicatesSkipped: row.duplicates_skipped,
    problems: problemList.parse(JSON.parse(row.problems)),
  };
}

function toEvidenceRow(evidence: Evidence): Insertable<EvidenceTable> {
  return {
    id: evidence.id,
    incident_key: evidence.incidentKey,
    format: evidence.format,
    channel: evidence.channel,
    name: evidence.name,
    sha256: evidence.sha256,
    bytes: evidence.bytes,
    received_at: utcText(evidence.receivedAt, 'receivedAt'),
    records: evidence.records,
    entries_added: evidence.entriesAdded,
    duplicates_skipped: evidence.duplicatesSkipped,
    problems: JSON.stringify(evidence.problems),
  };
}

/** Evidence records, listed by arrival (`received_at`, then `id`). */
export function createEvidenceRepository(scope: Scope): EvidenceRepository {
  return {
    async insert(evidence) {
      const row = toEvidenceRow(evidence);
      const result = await writeForIncident(scope.capabilities, evidence.incidentKey, () =>
        scope
          .executor()
          .insertInto('evidence')
          .values(row)
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst(),
      );
      assertInserted(result.numInsertedOrUpdatedRows, 'evidence', evidence.id);
    },
    async get(id) {
      const row = await scope
        .executor()
        .selectFrom('evidence')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toEvidence(row) : null;
    },
    async listByIncident(key) {
      const rows = await scope
        .executor()
        .selectFrom('evidence')
        .selectAll()
        .where('incident_key', '=', key)
        .orderBy('received_at')
        .orderBy('id')
        .execute();
      return rows.map(toEvidence);
    },
  };
}
