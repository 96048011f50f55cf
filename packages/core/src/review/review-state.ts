import { assessApprovals, type ApprovalAssessment } from '@aftermath/analysis';
import {
  DomainError,
  notFound,
  type Incident,
  type IncidentKey,
  type Postmortem,
  type Principal,
} from '@aftermath/domain';
import type { Context } from '../context';
import { getIncident } from '../incidents';
import type { Repositories } from '../ports';
import { readDecisionPolicy } from '../policy';

/** Where a postmortem's review stands, with its owner and the incident's commander. */
export interface ReviewState extends ApprovalAssessment {
  incidentKey: IncidentKey;
  owner: string | null;
  commander: string | null;
  status: Postmortem['status'];
  /** The version of the latest saved content: verdicts on older versions are stale. */
  contentVersion: number;
}

type ReviewRepos = Pick<Repositories, 'reviews' | 'revisions' | 'directory' | 'settings'>;

/** Members of each team, by name, from the directory. */
export async function readTeamMembers(
  repos: Pick<Repositories, 'directory'>,
): Promise<Record<string, string[]>> {
  const members: Record<string, string[]> = {};
  for (const user of await repos.directory.listUsers()) {
    if (user.team !== null) (members[user.team] ??= []).push(user.username);
  }
  return members;
}

/** Assesses the review of a postmortem the caller has read, through `repos` (maybe a transaction). */
export async function assessReview(
  repos: ReviewRepos,
  incident: Incident,
  postmortem: Postmortem,
): Promise<ReviewState> {
  const policy = await readDecisionPolicy(repos);
  const contentVersion = (await repos.revisions.latestVersion(incident.key)) ?? 1;
  const assessment = assessApprovals({
    severity: incident.severity,
    policy: policy.review,
    owner: postmortem.owner,
    commander: incident.commander,
    requests: await repos.reviews.listRequests(incident.key),
    verdicts: await repos.reviews.listVerdicts(incident.key),
    contentVersion,
    teamMembers: await readTeamMembers(repos),
  });
  return {
    incidentKey: incident.key,
    owner: postmortem.owner,
    commander: incident.commander,
    status: postmortem.status,
    contentVersion,
    ...assessment,
  };
}

/** The review of an incident's postmortem: owner, reviewers, verdicts, approvals n of m. */
export async function getReviewState(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<ReviewState> {
  const incident = await getIncident(ctx, principal, key);
  const postmortem = await ctx.store.postmortems.get(key);
  if (!postmortem) throw notFound('postmortem for', key);
  return assessReview(ctx.store, incident, postmortem);
}

/**
 * Refuses the move to `approved` while the review lacks approvals or someone asks for changes: a
 * `failed_precondition` error listing what is missing (approvals n of m, who is pending).
 */
export async function assertApproved(
  repos: ReviewRepos,
  incident: Incident,
  postmortem: Postmortem,
): Promise<void> {
  const review = await assessReview(repos, incident, postmortem);
  if (review.ready) return;
  throw new DomainError(
    'failed_precondition',
    `The postmortem cannot be approved yet: ${review.missing.join('; ')}`,
    [
      { path: 'approvals', message: `${review.approvals} of ${review.required} approvals` },
      ...review.pending.map((name) => ({
        path: 'reviewers',
        message: `${name} has not approved yet`,
      })),
      ...review.changesRequestedBy.map((name) => ({
        path: 'reviewers',
        message: `${name} requested changes`,
      })),
    ],
  );
}
