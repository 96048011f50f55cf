import type { ActionAcrossFilter, ActionWithIncident, Page } from '@aftermath/core';
import { activeActionStatuses } from '@aftermath/domain';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, Executor } from '../database';
import { toActionItem } from './action-item.repository';
import { readIncidentLabels } from './incident-labels';
import { readableIncident } from './incident-read-scope';
import { toNumber } from './row-values';

type ActionScope = ExpressionBuilder<Database, 'action_items' | 'incidents'>;

/** Overdue: still active and due before today (the due date is the last day to do it). */
function isOverdue(eb: ActionScope, today: string): Expression<SqlBool> {
  return eb.and([
    eb('action_items.status', 'in', [...activeActionStatuses]),
    eb('action_items.due_date', 'is not', null),
    eb('action_items.due_date', '<', today),
  ]);
}

function incidentsOf(eb: ActionScope, filter: { team?: string; service?: string }) {
  let query = eb.selectFrom('incident_services').select('incident_services.incident_key');
  if (filter.service !== undefined) query = query.where('service', '=', filter.service);
  if (filter.team !== undefined) {
    query = query
      .innerJoin('services', 'services.name', 'incident_services.service')
      .where('services.team', '=', filter.team);
  }
  return query;
}

/** The WHERE clause: every given condition must hold; empty lists filter nothing. */
function matchesFilter(filter: ActionAcrossFilter) {
  return (eb: ActionScope): Expression<SqlBool> => {
    // An empty visibility list (the principal may read nothing) matches no row.
    const conditions: Expression<SqlBool>[] = [
      filter.visibility.length > 0
        ? eb('incidents.visibility', 'in', filter.visibility)
        : sql<SqlBool>`1 = 0`,
    ];
    const readable = readableIncident(
      eb,
      { key: 'incidents.key', visibility: 'incidents.visibility' },
      filter.readScope,
    );
    if (readable !== null) conditions.push(readable);
    if (filter.status && filter.status.length > 0) {
      conditions.push(eb('action_items.status', 'in', filter.status));
    }
    if (filter.priority && filter.priority.length > 0) {
      conditions.push(eb('action_items.priority', 'in', filter.priority));
    }
    if (filter.owner !== undefined) conditions.push(eb('action_items.owner', '=', filter.owner));
    if (filter.team !== undefined || filter.service !== undefined) {
      conditions.push(eb('action_items.incident_key', 'in', incidentsOf(eb, filter)));
    }
    if (filter.overdue === true) conditions.push(isOverdue(eb, filter.today));
    if (filter.overdue === false) conditions.push(eb.not(isOverdue(eb, filter.today)));
    return eb.and(conditions);
  };
}

/**
 * One page of actions across incidents with their incident, due date first (actions without one
 * last), then priority (P0 first) and id; with the number that matched in total.
 */
export async function listActionsAcross(
  db: Executor,
  filter: ActionAcrossFilter,
): Promise<Page<ActionWithIncident>> {
  const where = matchesFilter(filter);
  const base = db
    .selectFrom('action_items')
    .innerJoin('incidents', 'incidents.key', 'action_items.incident_key')
    .where(where);
  const counted = await base
    .select((eb) => eb.fn.countAll<number | string>().as('total'))
    .executeTakeFirst();
  const rows = await base
    .selectAll('action_items')
    .select([
      'incidents.title as incident_title',
      'incidents.severity as incident_severity',
      'incidents.status as incident_status',
      'incidents.visibility as incident_visibility',
    ])
    .orderBy(sql`case when ${sql.ref('action_items.due_date')} is null then 1 else 0 end`)
    .orderBy('action_items.due_date')
    .orderBy('action_items.priority')
    .orderBy('action_items.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const labels = await readIncidentLabels(db, [...new Set(rows.map((row) => row.incident_key))]);
  const items = rows.map((row) => ({
    action: toActionItem(row),
    incident: {
      key: row.incident_key,
      title: row.incident_title,
      severity: row.incident_severity,
      status: row.incident_status,
      visibility: row.incident_visibility,
      services: labels.get(row.incident_key)?.services ?? [],
    },
  }));
  return { items, total: toNumber(counted?.total ?? 0) };
}
