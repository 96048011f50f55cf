import {
  decideDeadlineReminders,
  decidePostmortem,
  type DeadlineSubject,
  type PostmortemDeadline,
} from '@aftermath/analysis';
import type { Incident, Principal } from '@aftermath/domain';
import { isAllowed } from '../authorization';
import type { Context } from '../context';
import type { Repositories } from '../ports';
import { readDecisionPolicy } from '../policy';

const PAGE = 500;

/**
 * Resolved incidents with the policy's deadlines and their postmortem's status. The requirement
 * is decided from the incident alone (severity, tags, the policy's default): SLO and recurrence
 * escalations are not re-read for a list, so an incident only they would require is left out.
 */
async function readDeadlineSubjects(
  repos: Pick<Repositories, 'incidents' | 'postmortems' | 'settings'>,
  principal: Principal,
): Promise<DeadlineSubject[]> {
  const policy = await readDecisionPolicy(repos);
  const incidents: Incident[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await repos.incidents.list({
      status: ['resolved', 'closed'],
      limit: PAGE,
      offset,
    });
    incidents.push(...page.items);
    if (offset + PAGE >= page.total) break;
  }
  const subjects: DeadlineSubject[] = [];
  for (const incident of incidents) {
    if (!isAllowed(principal, 'incident.read', incident)) continue;
    const decision = decidePostmortem(policy, { incident, slo: null, recurrences: [] });
    if (decision.requirement === 'none') continue;
    const postmortem = await repos.postmortems.get(incident.key);
    subjects.push({
      incidentKey: incident.key,
      title: incident.title,
      severity: incident.severity,
      postmortemStatus: postmortem?.status ?? null,
      deadlines: decision.deadlines,
    });
  }
  return subjects;
}

/**
 * Postmortems with an unmet draft or final deadline, most urgent first: `overdue`, `near` (due
 * within `nearHours`) or `due`. The reminder job keeps the first two; lists show all of them.
 */
export async function listPostmortemDeadlines(
  ctx: Context,
  principal: Principal,
  options: { nearHours: number; attentionOnly?: boolean },
): Promise<PostmortemDeadline[]> {
  const subjects = await readDeadlineSubjects(ctx.store, principal);
  const decided = decideDeadlineReminders(subjects, ctx.clock(), options.nearHours);
  return options.attentionOnly === true ? decided.filter((d) => d.state !== 'due') : decided;
}
