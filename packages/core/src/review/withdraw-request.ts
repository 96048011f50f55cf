import {
  DomainError,
  type IncidentKey,
  type Principal,
  type ReviewRequest,
} from '@aftermath/domain';
import type { Context } from '../context';
import { readPostmortemForWrite } from './postmortem-access';
import { assessReview, type ReviewState } from './review-state';

/**
 * Takes back a review request that was not answered yet (a person asked by mistake, or who is
 * away). An answered request stays: its verdict is on record and counts toward approval, so it
 * is refused with `validation` naming `name`; so is a request that does not exist. Returns the
 * review state.
 */
export async function withdrawReviewRequest(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  request: { kind: ReviewRequest['kind']; name: string },
): Promise<ReviewState> {
  return ctx.store.transaction(async (tx) => {
    const { incident, postmortem } = await readPostmortemForWrite(
      ctx,
      principal,
      key,
      tx,
      'postmortem.write',
    );
    const before = await assessReview(tx, incident, postmortem);
    const asked = before.requests.find((r) => r.kind === request.kind && r.name === request.name);
    if (asked === undefined) {
      throw new DomainError('validation', `${request.name} was not asked to review ${key}`, [
        { path: 'name', message: `no pending ${request.kind} request for ${request.name}` },
      ]);
    }
    if (asked.state !== 'pending') {
      throw new DomainError('validation', `${request.name} already answered; the verdict stays`, [
        { path: 'name', message: `${asked.answeredBy ?? request.name} has answered this request` },
      ]);
    }
    await tx.reviews.removeRequest(key, request.kind, request.name);
    return assessReview(tx, incident, postmortem);
  });
}
