import {
  parseOrThrow,
  setPostmortemOwnerInput,
  type IncidentKey,
  type Principal,
  type SetPostmortemOwner,
} from '@aftermath/domain';
import type { Context } from '../context';
import { staleVersion } from '../incidents';
import { readPostmortemForWrite } from './postmortem-access';
import { assessReview, type ReviewState } from './review-state';

/**
 * Sets or clears the postmortem's owner (If-Match with the postmortem's version when given). The
 * answer is the review state, whose `warnings` say when the owner is also the incident commander:
 * allowed, but worth a second look. The owner is a role, not content: the change takes a new
 * postmortem version but no history entry, so approvals stay current.
 */
export async function setPostmortemOwner(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  expectedVersion: number | null,
  input: SetPostmortemOwner,
): Promise<ReviewState> {
  const { owner } = parseOrThrow(setPostmortemOwnerInput, { owner: input.owner }, 'body');
  return ctx.store.transaction(async (tx) => {
    const { incident, postmortem: current } = await readPostmortemForWrite(
      ctx,
      principal,
      key,
      tx,
      'postmortem.write',
    );
    if (expectedVersion !== null && current.version !== expectedVersion) {
      throw staleVersion('postmortem for', key, current.version);
    }
    if (current.owner === owner) return assessReview(tx, incident, current);
    const next = {
      ...current,
      owner,
      updatedAt: ctx.clock().toISOString(),
      version: current.version + 1,
    };
    await tx.postmortems.update(next, current.version);
    return assessReview(tx, incident, next);
  });
}
