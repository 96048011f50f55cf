import type { Incident, IncidentFilter, IncidentReadScope } from '@aftermath/domain';
import type { Page } from '@aftermath/core';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, Executor } from '../database';
import { readIncidentLabels } from './incident-labels';
import { readableIncident } from './incident-read-scope';
import { toIncident } from './incident.mapper';
import { escapeLike, toNumber } from './row-values';

type IncidentScope = ExpressionBuilder<Database, 'incidents'>;

/** Case-insensitive substring of the title or the key. Titles are folded when written. */
function matchesText(eb: IncidentScope, text: string): Expression<SqlBool> {
  const pattern = `%${escapeLike(text.toLowerCase())}%`;
  return eb.or([
    sql<SqlBool>`${eb.ref('title_folded')} like ${pattern} escape '\\'`,
    sql<SqlBool>`lower(${eb.ref('key')}) like ${pattern} escape '\\'`,
  ]);
}

/** The WHERE clause of a filter: every given condition must hold; empty lists filter nothing. */
function matchesFilter(filter: IncidentFilter) {
  return (eb: IncidentScope): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.status && filter.status.length > 0) {
      conditions.push(eb('status', 'in', filter.status));
    }
    if (filter.severity && filter.severity.length > 0) {
      conditions.push(eb('severity', 'in', filter.severity));
    }
    if (filter.service !== undefined) {
      const withService = eb
        .selectFrom('incident_services')
        .select('incident_key')
        .where('service', '=', filter.service);
      conditions.push(eb('key', 'in', withService));
    }
    if (filter.tag !== undefined) {
      const withTag = eb
        .selectFrom('incident_tags')
        .select('incident_key')
        .where('tag', '=', filter.tag);
      conditions.push(eb('key', 'in', withTag));
    }
    if (filter.text !== undefined) conditions.push(matchesText(eb, filter.text));
    return eb.and(conditions);
  };
}

/**
 * One page of incidents, newest number first, with the number that matched in total; restricted
 * incidents only within `scope`.
 */
export async function listIncidentPage(
  db: Executor,
  filter: IncidentFilter,
  scope?: IncidentReadScope,
): Promise<Page<Incident>> {
  const matches = matchesFilter(filter);
  const where = (eb: IncidentScope) => {
    const readable = readableIncident(eb, { key: 'key', visibility: 'visibility' }, scope);
    return readable === null ? matches(eb) : eb.and([matches(eb), readable]);
  };
  const counted = await db
    .selectFrom('incidents')
    .select((eb) => eb.fn.countAll<number | string>().as('total'))
    .where(where)
    .executeTakeFirst();
  const rows = await db
    .selectFrom('incidents')
    .selectAll()
    .where(where)
    .orderBy('number', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const labels = await readIncidentLabels(
    db,
    rows.map((row) => row.key),
  );
  const items = rows.map((row) => {
    const found = labels.get(row.key);
    return toIncident(row, found?.services ?? [], found?.tags ?? []);
  });
  return { items, total: toNumber(counted?.total ?? 0) };
}
