import type { Incident, IncidentKey } from '@aftermath/domain';
import type { IncidentRepository } from '@aftermath/core';
import type { InferResult } from 'kysely';
import type { Executor } from '../database';
import type { Scope } from '../scope';
import type { DialectCapabilities } from '../dialects/dialect';
import { compiledOnce } from './compiled-once';
import { orderedLabelsJson, writeIncidentLabels } from './incident-labels';
import { listIncidentPage } from './incident-list.query';
import { toIncident, toIncidentRow } from './incident.mapper';
import { assertInserted, assertVersionedWrite } from './write-guards';

/** The incident row with its services and tags as JSON array text, in one statement. */
function selectIncident(
  db: Executor,
  aggregate: DialectCapabilities['jsonArrayAggregate'],
  key: string,
) {
  return db
    .selectFrom('incidents')
    .selectAll('incidents')
    .select([
      orderedLabelsJson(aggregate, 'incident_services', 'service').as('services_json'),
      orderedLabelsJson(aggregate, 'incident_tags', 'tag').as('tags_json'),
    ])
    .where('key', '=', key);
}

type IncidentWithLabels = InferResult<ReturnType<typeof selectIncident>>[number];

function toIncidentWithLabels(found: IncidentWithLabels): Incident {
  const { services_json: services, tags_json: tags, ...row } = found;
  return toIncident(row, JSON.parse(services) as string[], JSON.parse(tags) as string[]);
}

async function insertIncident(db: Executor, incident: Incident): Promise<void> {
  const row = toIncidentRow(incident);
  const result = await db
    .insertInto('incidents')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  assertInserted(result.numInsertedOrUpdatedRows, 'incident', incident.key, 'key');
  await writeIncidentLabels(db, incident.key, incident);
  // An imported incident keeps its key; numbering continues after it so nothing collides later.
  await db
    .updateTable('counters')
    .set({ value: row.number })
    .where('name', '=', 'incident')
    .where('value', '<', row.number)
    .execute();
}

async function updateIncident(db: Executor, incident: Incident, expected: number): Promise<void> {
  const { key, number: _number, created_at: _createdAt, ...changes } = toIncidentRow(incident);
  const result = await db
    .updateTable('incidents')
    .set(changes)
    .where('key', '=', key)
    .where('version', '=', expected)
    .executeTakeFirst();
  await assertVersionedWrite(
    result.numUpdatedRows,
    async () => {
      const current = await db
        .selectFrom('incidents')
        .select('version')
        .where('key', '=', key)
        .executeTakeFirst();
      return current?.version;
    },
    'incident',
    key,
  );
  await writeIncidentLabels(db, key, incident);
}

/** Incidents with their services and tags; numbers come from a counter row, never reused. */
export function createIncidentRepository(scope: Scope): IncidentRepository {
  const { jsonArrayAggregate } = scope.capabilities;
  const readIncident = compiledOnce((db, key) => selectIncident(db, jsonArrayAggregate, key));
  return {
    async nextNumber() {
      const row = await scope
        .executor()
        .updateTable('counters')
        .set((eb) => ({ value: eb('value', '+', 1) }))
        .where('name', '=', 'incident')
        .returning('value')
        .executeTakeFirstOrThrow();
      return row.value;
    },
    insert: (incident) => scope.atomically((db) => insertIncident(db, incident)),
    async get(key: IncidentKey) {
      const found = await readIncident(scope.executor(), key);
      return found === undefined ? null : toIncidentWithLabels(found);
    },
    list: (filter, readScope) => listIncidentPage(scope.executor(), filter, readScope),
    update: (incident, expected) =>
      scope.atomically((db) => updateIncident(db, incident, expected)),
  };
}
