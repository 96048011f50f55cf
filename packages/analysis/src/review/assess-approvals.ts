import type { ReviewPolicy, ReviewRequest, ReviewVerdict, Severity } from '@aftermath/domain';

/** Everything the approval rule looks at for one postmortem. */
export interface ApprovalFacts {
  severity: Severity;
  policy: ReviewPolicy;
  owner: string | null;
  commander: string | null;
  requests: ReviewRequest[];
  verdicts: ReviewVerdict[];
  /** The version of the latest saved content (the newest history entry). */
  contentVersion: number;
  /** Members of each requested team, by team name. */
  teamMembers: Record<string, string[]>;
}

/** A verdict with whether a later save made it stale. */
export type AssessedVerdict = ReviewVerdict & { stale: boolean };

/** A request with the answer it got: the current (not stale) verdict of the person or a member. */
export type AssessedRequest = ReviewRequest & {
  state: 'pending' | 'approved' | 'changes_requested';
  answeredBy: string | null;
};

/** A warning to show, not an error: the action went through. */
export interface ReviewWarning {
  code: 'owner-is-commander' | 'no-owner';
  message: string;
}

/**
 * Where a postmortem's review stands: approvals n of m, who is still pending, who asked for
 * changes, and whether it may move to `approved` (`missing` says why not, in plain words).
 *
 * @example
 * // { required: 2, approvals: 1, ready: false, missing: ['approvals 1 of 2', 'waiting for bo'] }
 */
export interface ApprovalAssessment {
  required: number;
  approvals: number;
  requests: AssessedRequest[];
  verdicts: AssessedVerdict[];
  pending: string[];
  changesRequestedBy: string[];
  ready: boolean;
  missing: string[];
  warnings: ReviewWarning[];
}

/** The owner-is-commander warning (and none when either is unset). */
export function ownerWarnings(owner: string | null, commander: string | null): ReviewWarning[] {
  if (owner === null) {
    return [{ code: 'no-owner', message: 'The postmortem has no owner yet.' }];
  }
  if (commander !== null && owner.toLowerCase() === commander.toLowerCase()) {
    return [
      {
        code: 'owner-is-commander',
        message: `${owner} is both the postmortem owner and the incident commander; a second person usually sees more of what happened.`,
      },
    ];
  }
  return [];
}

function answerOf(request: ReviewRequest, current: AssessedVerdict[], facts: ApprovalFacts) {
  const members =
    request.kind === 'user' ? [request.name] : (facts.teamMembers[request.name] ?? []);
  const answers = current.filter((verdict) => members.includes(verdict.reviewer));
  const changes = answers.find((verdict) => verdict.decision === 'request_changes');
  const approval = answers.find((verdict) => verdict.decision === 'approve');
  if (changes) return { state: 'changes_requested' as const, answeredBy: changes.reviewer };
  if (approval) return { state: 'approved' as const, answeredBy: approval.reviewer };
  return { state: 'pending' as const, answeredBy: null };
}

/**
 * Applies the review rule: a postmortem may be approved once it has at least the policy's number
 * of approvals for its severity on its latest content, and nobody's current verdict asks for
 * changes. Verdicts given on an older version are stale: shown, not counted. Pure.
 *
 * @example
 * assessApprovals(facts).missing; // ['approvals 0 of 2', 'waiting for bo, team payments']
 */
export function assessApprovals(facts: ApprovalFacts): ApprovalAssessment {
  const required = facts.policy.approvals[facts.severity];
  const verdicts = facts.verdicts.map((verdict) => ({
    ...verdict,
    stale: verdict.postmortemVersion < facts.contentVersion,
  }));
  const current = verdicts.filter((verdict) => !verdict.stale);
  const approvals = current.filter((verdict) => verdict.decision === 'approve').length;
  const changesRequestedBy = current
    .filter((verdict) => verdict.decision === 'request_changes')
    .map((verdict) => verdict.reviewer);
  const requests = facts.requests.map((request) => ({
    ...request,
    ...answerOf(request, current, facts),
  }));
  const pending = requests
    .filter((request) => request.state === 'pending')
    .map((request) => (request.kind === 'team' ? `team ${request.name}` : request.name));
  const missing: string[] = [];
  if (approvals < required) {
    missing.push(`approvals ${approvals} of ${required} (${facts.severity})`);
    if (pending.length > 0) missing.push(`waiting for ${pending.join(', ')}`);
    else if (requests.length === 0) missing.push('no reviewer has been requested');
  }
  if (changesRequestedBy.length > 0) {
    missing.push(`changes requested by ${changesRequestedBy.join(', ')}`);
  }
  const staleCount = verdicts.filter((v) => v.stale && v.decision === 'approve').length;
  if (approvals < required && staleCount > 0) {
    missing.push(
      `${staleCount} approval${staleCount === 1 ? ' is' : 's are'} stale (given before the latest edit)`,
    );
  }
  return {
    required,
    approvals,
    requests,
    verdicts,
    pending,
    changesRequestedBy,
    ready: approvals >= required && changesRequestedBy.length === 0,
    missing,
    warnings: ownerWarnings(facts.owner, facts.commander),
  };
}
