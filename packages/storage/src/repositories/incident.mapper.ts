import { DomainError, type Incident } from '@aftermath/domain';
import type { Insertable, Selectable } from 'kysely';
import type { IncidentTable } from '../database';
import { nullableUtcText, toNullableNumber, utcText } from './row-values';

export type IncidentRow = Selectable<IncidentTable>;

/** The largest number the `integer` columns hold on every dialect. */
const maxIncidentNumber = 2_147_483_647;

/** The number inside a key: `INC-42` → 42. */
export function incidentNumber(key: string): number {
  const match = /^INC-([1-9][0-9]*)$/.exec(key);
  const number = match?.[1] === undefined ? NaN : Number(match[1]);
  if (Number.isSafeInteger(number) && number <= maxIncidentNumber) return number;
  throw new DomainError('validation', `key: expected a key like INC-42, got "${key}"`, [
    { path: 'key', message: 'expected a key like INC-42' },
  ]);
}

/** A stored incident row, with its services and tags in their stored order, as the domain type. */
export function toIncident(row: IncidentRow, services: string[], tags: string[]): Incident {
  return {
    key: row.key,
    title: row.title,
    severity: row.severity,
    status: row.status,
    type: row.type,
    services,
    commander: row.commander,
    visibility: row.visibility,
    tags,
    customerImpact: {
      description: row.impact_description,
      usersAffected: toNullableNumber(row.users_affected),
      requestsAffected: toNullableNumber(row.requests_affected),
    },
    milestones: {
      impactStartedAt: row.impact_started_at,
      detectedAt: row.detected_at,
      acknowledgedAt: row.acknowledged_at,
      mitigatedAt: row.mitigated_at,
      resolvedAt: row.resolved_at,
      closedAt: row.closed_at,
    },
    milestoneOrderOverride: row.milestone_order_override,
    recurrenceOf: row.recurrence_of,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** The incident's own row (services and tags live in their join tables). */
export function toIncidentRow(incident: Incident): Insertable<IncidentTable> {
  const { milestones: m, customerImpact: impact } = incident;
  return {
    key: incident.key,
    number: incidentNumber(incident.key),
    title: incident.title,
    title_folded: incident.title.toLowerCase(),
    severity: incident.severity,
    status: incident.status,
    type: incident.type,
    commander: incident.commander,
    visibility: incident.visibility,
    impact_description: impact.description,
    users_affected: impact.usersAffected,
    requests_affected: impact.requestsAffected,
    impact_started_at: nullableUtcText(m.impactStartedAt, 'milestones.impactStartedAt'),
    detected_at: nullableUtcText(m.detectedAt, 'milestones.detectedAt'),
    acknowledged_at: nullableUtcText(m.acknowledgedAt, 'milestones.acknowledgedAt'),
    mitigated_at: nullableUtcText(m.mitigatedAt, 'milestones.mitigatedAt'),
    resolved_at: nullableUtcText(m.resolvedAt, 'milestones.resolvedAt'),
    closed_at: nullableUtcText(m.closedAt, 'milestones.closedAt'),
    milestone_order_override: incident.milestoneOrderOverride,
    recurrence_of: incident.recurrenceOf,
    created_at: utcText(incident.createdAt, 'createdAt'),
    updated_at: utcText(incident.updatedAt, 'updatedAt'),
    version: incident.version,
  };
}
