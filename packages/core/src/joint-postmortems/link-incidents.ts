import {
  DomainError,
  linkIncidentsInput,
  parseOrThrow,
  type Incident,
  type IncidentKey,
  type JointPostmortem,
  type LinkIncidentsInput,
  type Principal,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { getIncident } from '../incidents';
import type { Repositories } from '../ports';
import { readPostmortemForWrite } from '../review/postmortem-access';
import { describeJointPostmortem } from './joint-postmortem';

function refuse(path: string, message: string): DomainError {
  return new DomainError('conflict', message, [{ path, message }]);
}

/** Why `other` may not be linked into `primary`'s postmortem, or null when it may. */
async function reasonToRefuse(
  tx: Repositories,
  primary: Incident,
  other: Incident,
  path: string,
): Promise<DomainError | null> {
  const covering = await tx.postmortemLinks.get(other.key);
  if (covering !== null && covering.primaryKey !== primary.key) {
    return refuse(
      path,
      `${other.key} is already covered by ${covering.primaryKey}'s joint postmortem; unlink it there first`,
    );
  }
  const covered = await tx.postmortemLinks.listByPrimary(other.key);
  if (covered.length > 0) {
    return refuse(
      path,
      `${other.key}'s postmortem is itself joint (it covers ${covered.map((l) => l.incidentKey).join(', ')}); link into ${other.key} or unlink those first`,
    );
  }
  const own = await tx.postmortems.get(other.key);
  const written = own ? Object.entries(own.sections).filter(([, body]) => body.trim() !== '') : [];
  if (written.length > 0) {
    return refuse(
      path,
      `${other.key} already has its own postmortem with content (${written.map(([name]) => name).join(', ')}); move what matters into ${primary.key}'s postmortem and clear it first`,
    );
  }
  if (other.visibility === 'restricted' && primary.visibility !== 'restricted') {
    return refuse(
      path,
      `${other.key} is restricted and ${primary.key} is not: everyone who may read ${primary.key} would see it; restrict ${primary.key} first`,
    );
  }
  return null;
}

/** The primary incident, once the principal may write its postmortem (which must exist). */
async function readPrimary(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  tx: Repositories,
): Promise<Incident> {
  const { incident } = await readPostmortemForWrite(ctx, principal, key, tx, 'postmortem.write');
  return incident;
}

/**
 * Links incidents into the postmortem of `key`, which becomes (or stays) a joint postmortem: one
 * owner, one document, its action items shared by every linked incident. All or nothing: one
 * refused key (409 naming it and why) links none. Needs write access to the postmortem and to
 * every incident linked; linking one already linked here changes nothing.
 */
export async function linkIncidents(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  input: LinkIncidentsInput,
): Promise<JointPostmortem> {
  const { keys } = parseOrThrow(linkIncidentsInput, input, 'body');
  return ctx.store.transaction(async (tx) => {
    const primary = await readPrimary(ctx, principal, key, tx);
    const covering = await tx.postmortemLinks.get(key);
    if (covering !== null) {
      throw refuse(
        'key',
        `${key} is covered by ${covering.primaryKey}'s joint postmortem; link into ${covering.primaryKey} instead`,
      );
    }
    const linkedAt = ctx.clock().toISOString();
    for (const [index, otherKey] of keys.entries()) {
      const path = `keys/${index}`;
      if (otherKey === key) {
        throw new DomainError(
          'validation',
          `${path}: ${key} is the joint postmortem's own incident`,
          [{ path, message: "the postmortem's own incident cannot be linked into it" }],
        );
      }
      const other = await getIncident(ctx, principal, otherKey, tx);
      authorize(principal, 'incident.update', other);
      const refusal = await reasonToRefuse(tx, primary, other, path);
      if (refusal !== null) throw refusal;
      await tx.postmortemLinks.add(otherKey, {
        primaryKey: key,
        linkedBy: principal.username,
        linkedAt,
      });
    }
    return describeJointPostmortem(tx, principal, primary, null);
  });
}

/** Removes `other` from the joint postmortem of `key`; `not_found` when it is not linked there. */
export async function unlinkIncident(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  other: IncidentKey,
): Promise<JointPostmortem> {
  return ctx.store.transaction(async (tx) => {
    const primary = await readPrimary(ctx, principal, key, tx);
    const link = await tx.postmortemLinks.get(other);
    if (link === null || link.primaryKey !== key) {
      throw new DomainError('not_found', `${other} is not linked into ${key}'s postmortem`);
    }
    await tx.postmortemLinks.remove(other);
    return describeJointPostmortem(tx, principal, primary, null);
  });
}
