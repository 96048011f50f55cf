import type { VerificationEvidence } from '@aftermath/domain';
import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../database';
import { escapeLike } from './row-values';

// The searches behind measurable verification criteria. LIKE narrows the rows in SQL; the exact
// match is checked here, because LIKE folds case on SQLite and not on PostgreSQL.

/** At most this many pieces of evidence per search: enough to show what broke, bounded. */
const LIMIT = 20;

interface EntryRow {
  id: string;
  incident_key: string;
  at: string;
  title: string;
  body: string;
}

function toEvidence(row: EntryRow, summary: string): VerificationEvidence {
  return { at: row.at, summary, incidentKey: row.incident_key, entryId: row.id };
}

/**
 * Firing alerts of one fingerprint. Alert importers key each alert
 * `<source>:<fingerprint>:<startsAt>:<status>`; the key outlives a deleted entry, so the entry
 * is joined to skip those.
 */
export async function findAlertFirings(
  db: Executor,
  fingerprint: string,
  after: string,
  until: string,
): Promise<VerificationEvidence[]> {
  const pattern = `%:${escapeLike(fingerprint)}:%:firing`;
  const rows = await db
    .selectFrom('timeline_dedupe_keys as k')
    .innerJoin('timeline_entries as e', 'e.id', 'k.entry_id')
    .select(['e.id', 'e.incident_key', 'e.at', 'e.title', 'e.body', 'k.dedupe_key'])
    .where('e.kind', '=', 'alert')
    .where('e.at', '>', after)
    .where('e.at', '<=', until)
    .where(sql<SqlBool>`${sql.ref('k.dedupe_key')} like ${pattern} escape '\\'`)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
  return rows
    .filter((row) => row.dedupe_key.split(':').includes(fingerprint))
    .slice(0, LIMIT)
    .map((row) => toEvidence(row, `Alert fired again: ${row.title} (fingerprint ${fingerprint})`));
}

/** Log bursts whose `Template <id>: <template>` line is exactly `template`. */
export async function findLogBursts(
  db: Executor,
  template: string,
  after: string,
  until: string,
): Promise<VerificationEvidence[]> {
  const pattern = `%: ${escapeLike(template)}%`;
  const rows = await db
    .selectFrom('timeline_entries')
    .select(['id', 'incident_key', 'at', 'title', 'body'])
    .where('kind', '=', 'log')
    .where('at', '>', after)
    .where('at', '<=', until)
    .where(sql<SqlBool>`${sql.ref('body')} like ${pattern} escape '\\'`)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const line = /^Template \S+: (.*)$/;
  return rows
    .filter((row) => row.body.split('\n').some((text) => line.exec(text)?.[1] === template))
    .slice(0, LIMIT)
    .map((row) => toEvidence(row, `Log template seen again: ${row.title}`));
}

/** Deploy and change entries that name `change` in their title or body, any case. */
export async function findDeploys(
  db: Executor,
  change: string,
  after: string,
): Promise<VerificationEvidence[]> {
  const needle = change.toLowerCase();
  const pattern = `%${escapeLike(needle)}%`;
  const rows = await db
    .selectFrom('timeline_entries')
    .select(['id', 'incident_key', 'at', 'title', 'body'])
    .where('kind', 'in', ['deploy', 'change'])
    .where('at', '>', after)
    .where((eb) =>
      eb.or([
        sql<SqlBool>`lower(${eb.ref('title')}) like ${pattern} escape '\\'`,
        sql<SqlBool>`lower(${eb.ref('body')}) like ${pattern} escape '\\'`,
      ]),
    )
    .orderBy('at')
    .orderBy('id')
    .limit(LIMIT)
    .execute();
  return rows.map((row) => toEvidence(row, `Deploy seen: ${row.title}`));
}
