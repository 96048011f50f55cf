import type { IncidentReadScope } from '@aftermath/domain';
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type RawBuilder,
  type SqlBool,
} from 'kysely';
import type { Database } from '../database';

/**
 * The one visibility predicate of store queries, as raw SQL: a row of an incident is readable
 * when the incident is not restricted, or the scope covers every restricted incident, or names
 * it, or holds one of its services. `key` and `visibility` are the query's columns for the
 * incident. Null when the scope covers everything (no condition to add).
 */
export function readableIncidentSql(
  columns: { key: string; visibility: string },
  scope: IncidentReadScope | undefined,
): RawBuilder<SqlBool> | null {
  if (scope === undefined || scope.all) return null;
  const key = sql.ref(columns.key);
  const conditions: RawBuilder<SqlBool>[] = [
    sql<SqlBool>`${sql.ref(columns.visibility)} <> 'restricted'`,
  ];
  if (scope.incidents.length > 0) {
    conditions.push(sql<SqlBool>`${key} in (${sql.join(scope.incidents.map((k) => sql`${k}`))})`);
  }
  if (scope.services.length > 0) {
    const services = sql.join(scope.services.map((s) => sql`${s}`));
    conditions.push(
      sql<SqlBool>`${key} in (select incident_key from incident_services where service in (${services}))`,
    );
  }
  return sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}

/** {@link readableIncidentSql} for query builders (`.where((eb) => ...)`). */
export function readableIncident<TB extends keyof Database>(
  _eb: ExpressionBuilder<Database, TB>,
  columns: { key: string; visibility: string },
  scope: IncidentReadScope | undefined,
): Expression<SqlBool> | null {
  return readableIncidentSql(columns, scope);
}
