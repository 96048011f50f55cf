import {
  DomainError,
  assertMilestoneOrder,
  emptyMilestones,
  formatIncidentKey,
  incidentLifecycle,
  milestoneForStatus,
  notFound,
  type CreateIncident,
  type Incident,
  type IncidentFilter,
  type IncidentKey,
  type Principal,
  type UpdateIncident,
} from '@aftermath/domain';
import { authorize, incidentReadScope } from './authorization';
import type { Context } from './context';
import type { Page, Repositories } from './ports';
import { assertRecurrenceTarget } from './recurrence';

/**
 * Creates an incident with the next key (`INC-n`). The creator needs responder on the teams of
 * its services (or as account role); a restricted incident names its creator as a member, so
 * they keep seeing what they created.
 */
export async function createIncident(
  ctx: Context,
  principal: Principal,
  input: CreateIncident,
): Promise<Incident> {
  authorize(principal, 'incident.create', { services: input.services });
  const milestones = { ...emptyMilestones, ...input.milestones };
  assertMilestoneOrder(milestones, input.milestoneOrderOverride);
  const now = ctx.clock().toISOString();
  return ctx.store.transaction(async (tx) => {
    const incident: Incident = {
      key: formatIncidentKey(await tx.incidents.nextNumber()),
      title: input.title,
      severity: input.severity,
      status: 'open',
      type: input.type,
      services: [...new Set(input.services)],
      commander: input.commander,
      visibility: input.visibility,
      tags: [...new Set(input.tags)],
      customerImpact: input.customerImpact,
      milestones,
      milestoneOrderOverride: input.milestoneOrderOverride,
      recurrenceOf: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await tx.incidents.insert(incident);
    if (incident.visibility === 'restricted' && principal.username !== null) {
      await tx.access.addIncidentMember(incident.key, principal.username);
    }
    return incident;
  });
}

/** Reads an incident the principal may see, or throws `not_found`. */
export async function getIncident(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  repos: Repositories = ctx.store,
): Promise<Incident> {
  const incident = await repos.incidents.get(key);
  if (!incident) throw notFound('incident', key);
  authorize(principal, 'incident.read', incident);
  return incident;
}

/** Lists incidents, newest first, with filters; restricted ones only where the principal may see. */
export async function listIncidents(
  ctx: Context,
  principal: Principal,
  filter: IncidentFilter,
): Promise<Page<Incident>> {
  authorize(principal, 'incident.read');
  return ctx.store.incidents.list(filter, incidentReadScope(principal));
}

/**
 * Applies a partial update when `expectedVersion` is still current. A status move is checked
 * against the lifecycle and stamps its milestone (mitigatedAt, resolvedAt, closedAt) when unset.
 * A new `recurrenceOf` must name another existing incident without making a cycle.
 */
export async function updateIncident(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  expectedVersion: number,
  patch: UpdateIncident,
): Promise<Incident> {
  return ctx.store.transaction(async (tx) => {
    const current = await getIncident(ctx, principal, key, tx);
    authorize(principal, 'incident.update', current);
    if (current.version !== expectedVersion) throw staleVersion('incident', key, current.version);
    const now = ctx.clock().toISOString();
    const milestones = { ...current.milestones, ...patch.milestones };
    if (patch.status !== undefined && patch.status !== current.status) {
      incidentLifecycle.assertTransition(current.status, patch.status);
      const stamp = milestoneForStatus[patch.status];
      if (stamp !== null && milestones[stamp] === null) milestones[stamp] = now;
    }
    const override =
      patch.milestoneOrderOverride !== undefined
        ? patch.milestoneOrderOverride
        : current.milestoneOrderOverride;
    assertMilestoneOrder(milestones, override);
    if (
      patch.recurrenceOf !== undefined &&
      patch.recurrenceOf !== null &&
      patch.recurrenceOf !== current.recurrenceOf
    ) {
      await assertRecurrenceTarget(tx, principal, key, patch.recurrenceOf);
    }
    const next: Incident = {
      ...current,
      ...withoutUndefined(patch),
      services: patch.services ? [...new Set(patch.services)] : current.services,
      tags: patch.tags ? [...new Set(patch.tags)] : current.tags,
      customerImpact: {
        ...current.customerImpact,
        ...withoutUndefined(patch.customerImpact ?? {}),
      },
      milestones,
      milestoneOrderOverride: override,
      updatedAt: now,
      version: current.version + 1,
    };
    await tx.incidents.update(next, expectedVersion);
    return next;
  });
}

/** The error for an update that was based on an older version. */
export function staleVersion(kind: string, id: string, current: number): DomainError {
  return new DomainError(
    'version_mismatch',
    `The ${kind} ${id} was changed by someone else (now at version ${current}); reload and try again`,
    [{ path: 'If-Match', message: `current version is ${current}` }],
  );
}

/** Drops keys whose value is undefined, so a spread does not erase stored values. */
export function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
