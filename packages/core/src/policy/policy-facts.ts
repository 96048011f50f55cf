import {
  findRecurrences,
  type PolicyFacts,
  type PolicySlo,
  type RecurrenceCandidate,
} from '@aftermath/analysis';
import type { DecisionPolicy, Incident } from '@aftermath/domain';
import type { Repositories } from '../ports';

const PAGE = 500;

async function candidateOf(
  repos: Pick<Repositories, 'postmortems'>,
  incident: Incident,
): Promise<RecurrenceCandidate> {
  const postmortem = await repos.postmortems.get(incident.key);
  return {
    key: incident.key,
    services: incident.services,
    trigger: postmortem?.rca.trigger ?? null,
    recurrenceOf: incident.recurrenceOf,
    at: incident.milestones.impactStartedAt ?? incident.createdAt,
  };
}

/**
 * Incidents that may repeat this one: those sharing a service, and every incident with a
 * recurrence mark (chains can cross services). Read page by page; triggers come from postmortems.
 */
async function listCandidates(
  repos: Pick<Repositories, 'incidents' | 'postmortems'>,
  incident: Incident,
): Promise<RecurrenceCandidate[]> {
  const candidates: RecurrenceCandidate[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await repos.incidents.list({ limit: PAGE, offset });
    for (const other of page.items) {
      if (other.key === incident.key) continue;
      const related =
        other.recurrenceOf !== null || other.services.some((s) => incident.services.includes(s));
      if (related) candidates.push(await candidateOf(repos, other));
    }
    if (offset + PAGE >= page.total) return candidates;
  }
}

/**
 * What the decision policy needs to know about an incident: its fields, its SLO facts (see
 * `readSloFacts`), and the earlier incidents of the same problem within the recurrence window.
 */
export async function gatherPolicyFacts(
  repos: Pick<Repositories, 'incidents' | 'postmortems'>,
  incident: Incident,
  policy: DecisionPolicy,
  slo: PolicySlo | null,
): Promise<PolicyFacts> {
  const subject = await candidateOf(repos, incident);
  const candidates = await listCandidates(repos, incident);
  return {
    incident,
    slo,
    recurrences: findRecurrences(subject, candidates, policy.recurrence.windowDays),
  };
}
