import {
  lintLanguage,
  type HealthIncidentFacts,
  type HealthPostmortemFacts,
} from '@aftermath/analysis';
import {
  postmortemSectionNames,
  type ActionItem,
  type ActionPolicy,
  type Incident,
  type Postmortem,
} from '@aftermath/domain';
import { readTraceIds } from '@aftermath/importers';
import type { Context } from '../context';
import { countGaps } from '../metrics/incident-facts';

const dayMs = 86_400_000;

/** What is read once and used for every incident. */
export interface HealthShared {
  now: Date;
  actionPolicy: ActionPolicy;
  lint: { names: string[]; blamelessAllow: string[] };
  teamMembers: Record<string, string[]>;
  /** Incident key → impact starts (or creation times) of the incidents marked as its recurrence. */
  recurrences: ReadonlyMap<string, string[]>;
}

/** Impact start, else creation: when the incident happened. */
export function incidentTime(incident: Incident): string {
  return incident.milestones.impactStartedAt ?? incident.createdAt;
}

/** Reads everything programme health needs about one incident the caller may read. */
export async function collectHealthFacts(
  ctx: Context,
  incident: Incident,
  shared: HealthShared,
): Promise<HealthIncidentFacts> {
  const repos = ctx.store;
  const [actions, entries, postmortem] = await Promise.all([
    repos.actions.listByIncident(incident.key),
    repos.timeline.listByIncident(incident.key),
    repos.postmortems.get(incident.key),
  ]);
  const logTrace = entries.filter((entry) => entry.kind === 'log' || entry.kind === 'trace');
  const active = actions.filter((a) => a.status === 'open' || a.status === 'in_progress');
  const fixedAt = rootCauseFixedAt(actions, shared.actionPolicy);
  return {
    key: incident.key,
    at: incidentTime(incident),
    restricted: incident.visibility === 'restricted',
    gapCount: countGaps(incident, entries),
    logTraceEntries: logTrace.length,
    logTraceEntriesWithTraceId: logTrace.filter((e) => readTraceIds(e.body).length > 0).length,
    postmortem: postmortem === null ? null : await postmortemFacts(ctx, postmortem, shared),
    activeActions: active.length,
    driftingActions: active.filter((a) => isDrifting(a, shared)).length,
    rootCauseFixedAt: fixedAt,
    recurredAfterFix:
      fixedAt !== null && (shared.recurrences.get(incident.key) ?? []).some((at) => at > fixedAt),
  };
}

/** Overdue (due before today, UTC) or stale (no update for the policy's days of its priority). */
function isDrifting(action: ActionItem, shared: HealthShared): boolean {
  const today = shared.now.toISOString().slice(0, 10);
  if (action.dueDate !== null && action.dueDate < today) return true;
  const quietMs = shared.now.getTime() - Date.parse(action.updatedAt);
  return quietMs >= shared.actionPolicy.staleDays[action.priority] * dayMs;
}

/**
 * The root cause counts as fixed when the incident has actions of the prevent rule's types and
 * every one is done or verified; it was fixed when the last of them closed (its last update).
 */
function rootCauseFixedAt(actions: ActionItem[], policy: ActionPolicy): string | null {
  const types = policy.preventRule?.types ?? ['prevent'];
  const prevent = actions.filter((a) => types.includes(a.type));
  if (prevent.length === 0) return null;
  if (!prevent.every((a) => a.status === 'done' || a.status === 'verified')) return null;
  return prevent.map((a) => a.updatedAt).sort()[prevent.length - 1] ?? null;
}

async function postmortemFacts(
  ctx: Context,
  postmortem: Postmortem,
  shared: HealthShared,
): Promise<HealthPostmortemFacts> {
  const key = postmortem.incidentKey;
  const [requests, verdicts] = await Promise.all([
    ctx.store.reviews.listRequests(key),
    ctx.store.reviews.listVerdicts(key),
  ]);
  const reviewers = new Set(verdicts.map((v) => v.reviewer));
  const answered = requests.filter((r) =>
    r.kind === 'user'
      ? reviewers.has(r.name)
      : (shared.teamMembers[r.name] ?? []).some((member) => reviewers.has(member)),
  );
  const options = { names: shared.lint.names, allow: shared.lint.blamelessAllow };
  const findings = postmortemSectionNames.reduce(
    (sum, name) => sum + lintLanguage(postmortem.sections[name], options).length,
    0,
  );
  return {
    createdAt: postmortem.createdAt,
    blamelessFindings: findings,
    reviewRequests: requests.length,
    reviewRequestsAnswered: answered.length,
    reviewRequestedAt: requests.map((r) => r.requestedAt).sort()[0] ?? null,
    firstApprovalAt:
      verdicts
        .filter((v) => v.decision === 'approve')
        .map((v) => v.decidedAt)
        .sort()[0] ?? null,
  };
}
