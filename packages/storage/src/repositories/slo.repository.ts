import { notFound, sloDefinition, type SliSample, type SloDefinition } from '@aftermath/domain';
import type { SloRepository } from '@aftermath/core';
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor, SliSampleTable, SloTable } from '../database';
import type { Scope } from '../scope';
import { utcText } from './row-values';
import { assertVersionedWrite } from './write-guards';

/** Rows per insert: 5 parameters each stays far below SQLite's bound-parameter limit. */
const WRITE_BATCH = 500;
/** Rows per page when streaming samples back. */
const READ_PAGE = 2000;

// Parsed on the way out so a hand-edited row fails loudly, not as a wrong shape.
function toSlo(row: Pick<Selectable<SloTable>, 'definition'>): SloDefinition {
  return sloDefinition.parse(JSON.parse(row.definition));
}

function toSample(row: Selectable<SliSampleTable>): SliSample {
  const nullable = (value: number | string | null): number | null =>
    value === null ? null : Number(value);
  return {
    at: row.at,
    good: nullable(row.good),
    bad: nullable(row.bad),
    total: nullable(row.total),
    value: nullable(row.value),
  };
}

/** One row per instant: later samples in the same batch fill in what earlier ones left null. */
function mergeBatch(name: string, samples: readonly SliSample[]): Insertable<SliSampleTable>[] {
  const byAt = new Map<string, Insertable<SliSampleTable>>();
  for (const sample of samples) {
    const at = utcText(sample.at, 'at');
    const earlier = byAt.get(at);
    byAt.set(at, {
      slo_name: name,
      at,
      good: sample.good ?? earlier?.good ?? null,
      bad: sample.bad ?? earlier?.bad ?? null,
      total: sample.total ?? earlier?.total ?? null,
      value: sample.value ?? earlier?.value ?? null,
    });
  }
  return [...byAt.values()];
}

async function readVersion(db: Executor, name: string): Promise<number | null> {
  const row = await db
    .selectFrom('slos')
    .select('version')
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? Number(row.version) : null;
}

/** SLO definitions (JSON by name) and their samples (rows by SLO and instant). */
export function createSloRepository(scope: Scope): SloRepository {
  return {
    async upsert(slo, at) {
      const row = {
        name: slo.name,
        service: slo.service,
        definition: JSON.stringify(slo),
        created_at: utcText(at, 'at'),
        updated_at: at,
      };
      await scope
        .executor()
        .insertInto('slos')
        .values(row)
        .onConflict((oc) =>
          oc.column('name').doUpdateSet({
            service: row.service,
            definition: row.definition,
            updated_at: row.updated_at,
            version: sql`slos.version + 1`,
          }),
        )
        .execute();
    },
    async replace(slo, at, expected) {
      const db = scope.executor();
      const result = await db
        .updateTable('slos')
        .set({
          service: slo.service,
          definition: JSON.stringify(slo),
          updated_at: utcText(at, 'at'),
          version: expected + 1,
        })
        .where('name', '=', slo.name)
        .where('version', '=', expected)
        .executeTakeFirst();
      await assertVersionedWrite(
        result.numUpdatedRows,
        async () => (await readVersion(db, slo.name)) ?? undefined,
        'SLO',
        slo.name,
      );
    },
    version: (name) => readVersion(scope.executor(), name),
    async get(name) {
      const row = await scope
        .executor()
        .selectFrom('slos')
        .select('definition')
        .where('name', '=', name)
        .executeTakeFirst();
      return row ? toSlo(row) : null;
    },
    remove(name) {
      return scope.atomically(async (db) => {
        await db.deleteFrom('sli_samples').where('slo_name', '=', name).execute();
        const deleted = await db.deleteFrom('slos').where('name', '=', name).executeTakeFirst();
        return Number(deleted.numDeletedRows) > 0;
      });
    },
    async list() {
      const rows = await scope
        .executor()
        .selectFrom('slos')
        .select('definition')
        .orderBy('name')
        .execute();
      return rows.map(toSlo);
    },
    upsertSamples(name, samples) {
      return scope.atomically(async (db) => {
        const exists = await db
          .selectFrom('slos')
          .select('name')
          .where('name', '=', name)
          .executeTakeFirst();
        if (!exists) throw notFound('SLO', name);
        let written = 0;
        for (let start = 0; start < samples.length; start += WRITE_BATCH) {
          const rows = mergeBatch(name, samples.slice(start, start + WRITE_BATCH));
          await db
            .insertInto('sli_samples')
            .values(rows)
            .onConflict((oc) =>
              oc.columns(['slo_name', 'at']).doUpdateSet({
                good: sql`coalesce(excluded.good, sli_samples.good)`,
                bad: sql`coalesce(excluded.bad, sli_samples.bad)`,
                total: sql`coalesce(excluded.total, sli_samples.total)`,
                value: sql`coalesce(excluded.value, sli_samples.value)`,
              }),
            )
            .execute();
          written += rows.length;
        }
        return written;
      });
    },
    async *streamSamples(name, after, until) {
      let cursor = after;
      for (;;) {
        const rows = await scope
          .executor()
          .selectFrom('sli_samples')
          .selectAll()
          .where('slo_name', '=', name)
          .where('at', '>', cursor)
          .where('at', '<=', until)
          .orderBy('at')
          .limit(READ_PAGE)
          .execute();
        for (const row of rows) yield toSample(row);
        const last = rows.at(-1);
        if (last === undefined || rows.length < READ_PAGE) return;
        cursor = last.at;
      }
    },
  };
}
