import {
  emptySections,
  postmortemSectionNames,
  rootCauseAnalysis,
  type PostmortemSectionName,
  type Postmortem,
  type PostmortemSections,
} from '@aftermath/domain';
import type { PostmortemRepository } from '@aftermath/core';
import type { Selectable } from 'kysely';
import type { Executor, PostmortemSectionTable, PostmortemTable } from '../database';
import type { Scope } from '../scope';
import { utcText } from './row-values';
import { assertInserted, assertVersionedWrite, writeForIncident } from './write-guards';

type SectionRow = Pick<Selectable<PostmortemSectionTable>, 'name' | 'body'>;

const knownSections = new Set<string>(postmortemSectionNames);

/** The stored RCA JSON, checked against today's schema so a bad row fails loudly, not later. */
function readRca(text: string, key: string) {
  const parsed = rootCauseAnalysis.safeParse(JSON.parse(text));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue ? `rca.${issue.path.join('.')}: ${issue.message}` : 'rca';
  throw new Error(`The stored postmortem of ${key} has an invalid ${where}`);
}

/** A stored postmortem row and its section rows as the domain type; absent sections are empty. */
export function toPostmortem(
  row: Selectable<PostmortemTable>,
  sectionRows: readonly SectionRow[],
): Postmortem {
  const sections: PostmortemSections = { ...emptySections };
  for (const section of sectionRows) {
    // A section a later version dropped stays in the database but not in the domain type.
    if (knownSections.has(section.name))
      sections[section.name as PostmortemSectionName] = section.body;
  }
  return {
    incidentKey: row.incident_key,
    owner: row.owner,
    status: row.status,
    template: row.template,
    sections,
    rca: readRca(row.rca, row.incident_key),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** Writes every section, inserting or replacing each one. */
async function writeSections(db: Executor, postmortem: Postmortem): Promise<void> {
  const rows = postmortemSectionNames.map((name) => ({
    incident_key: postmortem.incidentKey,
    name,
    body: postmortem.sections[name],
  }));
  await db
    .insertInto('postmortem_sections')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['incident_key', 'name']).doUpdateSet((eb) => ({ body: eb.ref('excluded.body') })),
    )
    .execute();
}

/** A postmortem as its stored row (sections are rows of their own). */
export function toPostmortemRow(postmortem: Postmortem): Selectable<PostmortemTable> {
  return {
    incident_key: postmortem.incidentKey,
    owner: postmortem.owner,
    status: postmortem.status,
    template: postmortem.template,
    rca: JSON.stringify(postmortem.rca),
    created_at: utcText(postmortem.createdAt, 'createdAt'),
    updated_at: utcText(postmortem.updatedAt, 'updatedAt'),
    version: postmortem.version,
  };
}

async function insertPostmortem(scope: Scope, db: Executor, postmortem: Postmortem) {
  const key = postmortem.incidentKey;
  const result = await writeForIncident(scope.capabilities, key, () =>
    db
      .insertInto('postmortems')
      .values(toPostmortemRow(postmortem))
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst(),
  );
  assertInserted(result.numInsertedOrUpdatedRows, 'postmortem of', key, 'incidentKey');
  await writeSections(db, postmortem);
}

async function updatePostmortem(db: Executor, postmortem: Postmortem, expected: number) {
  const { incident_key: key, created_at: _created, ...changes } = toPostmortemRow(postmortem);
  const result = await db
    .updateTable('postmortems')
    .set(changes)
    .where('incident_key', '=', key)
    .where('version', '=', expected)
    .executeTakeFirst();
  const readVersion = async () => {
    const row = await db
      .selectFrom('postmortems')
      .select('version')
      .where('incident_key', '=', key)
      .executeTakeFirst();
    return row?.version;
  };
  await assertVersionedWrite(result.numUpdatedRows, readVersion, 'postmortem of', key);
  await writeSections(db, postmortem);
}

/** One postmortem per incident; sections are rows of their own. */
export function createPostmortemRepository(scope: Scope): PostmortemRepository {
  return {
    async get(key) {
      const db = scope.executor();
      const row = await db
        .selectFrom('postmortems')
        .selectAll()
        .where('incident_key', '=', key)
        .executeTakeFirst();
      if (!row) return null;
      const sections = await db
        .selectFrom('postmortem_sections')
        .select(['name', 'body'])
        .where('incident_key', '=', key)
        .execute();
      return toPostmortem(row, sections);
    },
    async listAnalyses() {
      const rows = await scope
        .executor()
        .selectFrom('postmortems')
        .select(['incident_key', 'rca'])
        .orderBy('incident_key')
        .execute();
      return rows.map((row) => ({
        incidentKey: row.incident_key,
        rca: readRca(row.rca, row.incident_key),
      }));
    },
    insert: (postmortem) => scope.atomically((db) => insertPostmortem(scope, db, postmortem)),
    update: (postmortem, expected) =>
      scope.atomically((db) => updatePostmortem(db, postmortem, expected)),
  };
}
