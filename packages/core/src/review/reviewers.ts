import {
  DomainError,
  parseOrThrow,
  requestReviewersInput,
  submitReviewInput,
  type IncidentKey,
  type Principal,
  type RequestReviewers,
  type ReviewRequest,
  type SubmitReview,
} from '@aftermath/domain';
import type { Context } from '../context';
import { readPostmortemForWrite } from './postmortem-access';
import { actingUsername, actingUsernameOrNull } from './acting-user';
import { assessReview, readTeamMembers, type ReviewState } from './review-state';
import { notifyReviewEvent } from './review-notifications';

function assertTeamsKnown(teams: string[], members: Record<string, string[]>): void {
  const unknown = teams.filter((team) => (members[team] ?? []).length === 0);
  if (unknown.length === 0) return;
  const known = Object.keys(members).sort();
  throw new DomainError(
    'validation',
    `No members in team ${unknown.join(', ')}`,
    unknown.map((team) => ({
      path: 'teams',
      message: `team ${team} has no members to review${known.length > 0 ? `; teams with members: ${known.join(', ')}` : ''}`,
    })),
  );
}

/**
 * Asks people or teams to review the postmortem. Asking someone again changes nothing; a team
 * needs members in the directory (any of them may answer). Returns the review state.
 */
export async function requestReviewers(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  input: RequestReviewers,
): Promise<ReviewState> {
  const parsed = parseOrThrow(requestReviewersInput, input, 'body');
  const requestedBy = actingUsernameOrNull(principal, parsed.requestedBy);
  return ctx.store.transaction(async (tx) => {
    const { incident, postmortem } = await readPostmortemForWrite(
      ctx,
      principal,
      key,
      tx,
      'postmortem.write',
    );
    assertTeamsKnown(parsed.teams, await readTeamMembers(tx));
    const requestedAt = ctx.clock().toISOString();
    const asked: ReviewRequest[] = [
      ...parsed.reviewers.map((name) => ({ kind: 'user' as const, name })),
      ...parsed.teams.map((name) => ({ kind: 'team' as const, name })),
    ].map((who) => ({ incidentKey: key, ...who, requestedBy, requestedAt }));
    const added: string[] = [];
    for (const request of asked) {
      if (await tx.reviews.addRequest(request)) added.push(request.name);
    }
    if (added.length > 0) {
      await notifyReviewEvent(ctx, {
        kind: 'review_requested',
        incidentKey: key,
        reviewers: added,
        by: requestedBy,
      });
    }
    return assessReview(tx, incident, postmortem);
  });
}

/**
 * Records a reviewer's verdict (approve, or request changes with a note) on the latest saved
 * version; it replaces their earlier verdict. Only a requested reviewer (or a member of a
 * requested team) may give one, and never the postmortem's owner.
 */
export async function submitReview(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  input: SubmitReview,
): Promise<ReviewState> {
  const parsed = parseOrThrow(submitReviewInput, input, 'body');
  const reviewer = actingUsername(principal, parsed.reviewer, 'reviewer');
  return ctx.store.transaction(async (tx) => {
    const { incident, postmortem } = await readPostmortemForWrite(
      ctx,
      principal,
      key,
      tx,
      'postmortem.transition',
    );
    if (postmortem.owner === reviewer) {
      throw new DomainError('validation', `${reviewer} owns this postmortem and cannot review it`, [
        { path: 'reviewer', message: 'the owner cannot approve their own postmortem' },
      ]);
    }
    const before = await assessReview(tx, incident, postmortem);
    const teams = await readTeamMembers(tx);
    const asked = before.requests.some((request) =>
      request.kind === 'user'
        ? request.name === reviewer
        : (teams[request.name] ?? []).includes(reviewer),
    );
    if (!asked) {
      throw new DomainError('validation', `${reviewer} was not asked to review ${key}`, [
        { path: 'reviewer', message: 'request this reviewer (or their team) first' },
      ]);
    }
    await tx.reviews.saveVerdict({
      incidentKey: key,
      reviewer,
      decision: parsed.decision,
      note: parsed.note,
      postmortemVersion: before.contentVersion,
      decidedAt: ctx.clock().toISOString(),
    });
    await notifyReviewEvent(ctx, {
      kind: 'approval',
      incidentKey: key,
      reviewer,
      decision: parsed.decision,
      note: parsed.note,
    });
    return assessReview(tx, incident, postmortem);
  });
}
