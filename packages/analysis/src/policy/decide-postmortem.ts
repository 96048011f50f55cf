import type { DecisionPolicy } from '@aftermath/domain';
import { hasCustomerImpact } from './customer-impact';
import { reachedThresholds } from './impact-rules';
import type {
  DecisionTrack,
  PolicyDeadlines,
  PolicyFacts,
  PostmortemDecision,
} from './policy-facts';

const hourMs = 60 * 60 * 1000;

/** Reasons for a full postmortem (`decisive`) and findings that did not decide it (`notes`). */
function fullReasons(
  policy: DecisionPolicy,
  facts: PolicyFacts,
): { decisive: string[]; notes: string[] } {
  const reasons: string[] = [];
  const notes: string[] = [];
  const { severity } = facts.incident;
  const max = policy.full.maxSeverity;
  if (max !== null && severity <= max) {
    reasons.push(`Severity ${severity} is ${max} or worse: a full postmortem is required.`);
  }
  if (facts.slo?.violated) {
    const reached = reachedThresholds(facts, policy.full.sloViolation);
    if (reached.length > 0) {
      reasons.push(
        `SLO ${facts.slo.name} was violated and the impact passes the threshold (${reached.join('; ')}): a full postmortem is required.`,
      );
    } else {
      notes.push(`SLO ${facts.slo.name} was violated, but the impact reaches no threshold.`);
    }
  }
  const occurrences = facts.recurrences.length + 1;
  const { windowDays, escalateAbove } = policy.recurrence;
  if (occurrences > escalateAbove) {
    const keys = facts.recurrences.map((r) => r.key).join(', ');
    reasons.push(
      `The problem happened ${occurrences} times in ${windowDays} days (with ${keys}), more than ${escalateAbove}: escalated to a full postmortem whatever the impact.`,
    );
  }
  return { decisive: reasons, notes };
}

function isAutoResolved(policy: DecisionPolicy, facts: PolicyFacts): string | null {
  return (
    policy.lightweight.autoResolvedTags.find((tag) => facts.incident.tags.includes(tag)) ?? null
  );
}

function securityReason(policy: DecisionPolicy, facts: PolicyFacts): string | null {
  const { type, tags } = facts.incident;
  if (policy.security.types.includes(type)) return `type ${type}`;
  const tag = policy.security.tags.find((t) => tags.includes(t));
  return tag === undefined ? null : `tag ${tag}`;
}

function deadlinesOf(policy: DecisionPolicy, facts: PolicyFacts, none: boolean): PolicyDeadlines {
  const resolvedAt = facts.incident.milestones.resolvedAt;
  if (none || resolvedAt === null) return { draftDue: null, finalDue: null };
  const resolved = Date.parse(resolvedAt);
  return {
    draftDue: new Date(resolved + policy.deadlines.draftHours * hourMs).toISOString(),
    finalDue: new Date(resolved + policy.deadlines.finalDays * 24 * hourMs).toISOString(),
  };
}

/**
 * Decides whether an incident needs a postmortem under the workspace policy: full (severity, an
 * SLO violation with enough impact, or recurrence), a lightweight note (auto-resolved without
 * customer impact), or the policy's default; security incidents get a restricted parallel track.
 * Deadlines count from resolution. Pure.
 *
 * @example
 * decidePostmortem(defaultDecisionPolicy, facts).requirement; // 'full' for a SEV2
 */
export function decidePostmortem(policy: DecisionPolicy, facts: PolicyFacts): PostmortemDecision {
  const { decisive, notes } = fullReasons(policy, facts);
  const reasons = [...decisive, ...notes];
  let requirement: PostmortemDecision['requirement'];
  if (decisive.length > 0) {
    requirement = 'full';
  } else {
    const autoTag = isAutoResolved(policy, facts);
    if (autoTag !== null && !hasCustomerImpact(facts.incident.customerImpact)) {
      requirement = 'lightweight';
      reasons.push(
        `Auto-resolved (tag ${autoTag}) with no customer impact: a lightweight note is enough.`,
      );
    } else {
      requirement = policy.otherwise;
      reasons.push(
        `No rule requires a full postmortem (${facts.incident.severity} is below ${policy.full.maxSeverity ?? 'any severity threshold'}): the policy's default is ${policy.otherwise}.`,
      );
    }
  }
  const tracks: DecisionTrack[] =
    requirement === 'none' ? [] : [{ id: 'postmortem', restricted: false }];
  const security = securityReason(policy, facts);
  if (security !== null) {
    tracks.push({ id: 'security', restricted: true });
    reasons.push(`Security incident (${security}): a restricted security review runs in parallel.`);
  }
  const deadlines = deadlinesOf(policy, facts, requirement === 'none');
  if (requirement !== 'none' && deadlines.draftDue === null) {
    reasons.push('Deadlines start when the incident is resolved.');
  }
  return {
    requirement,
    tracks,
    reasons,
    deadlines,
    recurrence: {
      occurrences: facts.recurrences.length + 1,
      windowDays: policy.recurrence.windowDays,
      keys: facts.recurrences.map((r) => r.key),
    },
  };
}
