import type { TimelineEntry } from '@aftermath/domain';
import type { TimelineEntryWithKey, TimelineRepository } from '@aftermath/core';
import type { Insertable, Selectable } from 'kysely';
import type { Executor, TimelineEntryTable } from '../database';
import type { Scope } from '../scope';
import { listChangeEntries } from './change-list.query';
import { toFlag, toNullableNumber, utcText } from './row-values';
import { assertInserted, assertVersionedWrite, writeForIncident } from './write-guards';

/** A stored timeline row as the domain type; the evidence columns become one reference or null. */
export function toTimelineEntry(row: Selectable<TimelineEntryTable>): TimelineEntry {
  return {
    id: row.id,
    incidentKey: row.incident_key,
    at: row.at,
    precision: row.precision,
    zoneAssumed: row.zone_assumed === 1,
    kind: row.kind,
    title: row.title,
    body: row.body,
    source: row.source,
    service: row.service,
    evidence:
      row.evidence_id === null
        ? null
        : {
            evidenceId: row.evidence_id,
            line: row.evidence_line,
            byteOffset: toNullableNumber(row.evidence_byte_offset),
            jsonPointer: row.evidence_json_pointer,
          },
    author: row.author,
    pinned: row.pinned === 1,
    createdAt: row.created_at,
    version: row.version,
  };
}

function toTimelineRow(entry: TimelineEntry): Insertable<TimelineEntryTable> {
  return {
    id: entry.id,
    incident_key: entry.incidentKey,
    at: utcText(entry.at, 'at'),
    precision: entry.precision,
    zone_assumed: toFlag(entry.zoneAssumed),
    kind: entry.kind,
    title: entry.title,
    body: entry.body,
    source: entry.source,
    service: entry.service,
    evidence_id: entry.evidence?.evidenceId ?? null,
    evidence_line: entry.evidence?.line ?? null,
    evidence_byte_offset: entry.evidence?.byteOffset ?? null,
    evidence_json_pointer: entry.evidence?.jsonPointer ?? null,
    author: entry.author,
    pinned: toFlag(entry.pinned),
    created_at: utcText(entry.createdAt, 'createdAt'),
    version: entry.version,
  };
}

async function readVersion(db: Executor, id: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('timeline_entries')
    .select('version')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.version;
}

// Rows per statement: 18 columns × 500 stays far below every dialect's bound-parameter limit.
const batchSize = 500;

/**
 * Records the batch's dedupe keys the incident has not seen yet and returns the ids of the entries
 * that claimed them. A key repeated inside the batch is claimed once, by its first entry.
 */
async function claimDedupeKeys(db: Executor, batch: TimelineEntryWithKey[]): Promise<Set<string>> {
  const keyed = batch.flatMap(({ entry, dedupeKey }) =>
    dedupeKey === null
      ? []
      : [{ incident_key: entry.incidentKey, dedupe_key: dedupeKey, entry_id: entry.id }],
  );
  if (keyed.length === 0) return new Set();
  const claimed = await db
    .insertInto('timeline_dedupe_keys')
    .values(keyed)
    .onConflict((oc) => oc.columns(['incident_key', 'dedupe_key']).doNothing())
    .returning('entry_id')
    .execute();
  return new Set(claimed.map((row) => row.entry_id));
}

async function insertBatch(db: Executor, batch: TimelineEntryWithKey[]): Promise<number> {
  const claimed = await claimDedupeKeys(db, batch);
  const rows = batch
    .filter(({ entry, dedupeKey }) => dedupeKey === null || claimed.has(entry.id))
    .map(({ entry }) => toTimelineRow(entry));
  if (rows.length > 0) await db.insertInto('timeline_entries').values(rows).execute();
  return rows.length;
}

/** Timeline entries, listed by `at` and then `id` (ids sort in creation order). */
export function createTimelineRepository(scope: Scope): TimelineRepository {
  return {
    async insert(entry) {
      const row = toTimelineRow(entry);
      const result = await writeForIncident(scope.capabilities, entry.incidentKey, () =>
        scope
          .executor()
          .insertInto('timeline_entries')
          .values(row)
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst(),
      );
      assertInserted(result.numInsertedOrUpdatedRows, 'timeline entry', entry.id);
    },
    async insertMany(entries) {
      const first = entries[0];
      if (first === undefined) return { added: 0, duplicates: 0 };
      const added = await writeForIncident(scope.capabilities, first.entry.incidentKey, () =>
        scope.atomically(async (db) => {
          let count = 0;
          for (let start = 0; start < entries.length; start += batchSize) {
            count += await insertBatch(db, entries.slice(start, start + batchSize));
          }
          return count;
        }),
      );
      return { added, duplicates: entries.length - added };
    },
    async get(id) {
      const row = await scope
        .executor()
        .selectFrom('timeline_entries')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toTimelineEntry(row) : null;
    },
    async listByIncident(key) {
      const rows = await scope
        .executor()
        .selectFrom('timeline_entries')
        .selectAll()
        .where('incident_key', '=', key)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(toTimelineEntry);
    },
    listChanges: (filter) => listChangeEntries(scope.executor(), filter),
    async update(entry, expected) {
      const { id, incident_key: _key, created_at: _created, ...changes } = toTimelineRow(entry);
      const db = scope.executor();
      const result = await db
        .updateTable('timeline_entries')
        .set(changes)
        .where('id', '=', id)
        .where('version', '=', expected)
        .executeTakeFirst();
      await assertVersionedWrite(
        result.numUpdatedRows,
        () => readVersion(db, id),
        'timeline entry',
        id,
      );
    },
    async delete(id, expected) {
      const db = scope.executor();
      const result = await db
        .deleteFrom('timeline_entries')
        .where('id', '=', id)
        .where('version', '=', expected)
        .executeTakeFirst();
      await assertVersionedWrite(
        result.numDeletedRows,
        () => readVersion(db, id),
        'timeline entry',
        id,
      );
    },
  };
}
