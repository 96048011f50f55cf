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
 * Incidents that may repeat this one: those sharing a service, and every incident in a recurrence
 * chain (marked, or marked as the first of one: chains can cross services). Read page by page;
 * triggers come from postmortems.
 */
async function listCandidates(
  repos: Pick<Repositories, 'incidents' | 'postmortems'>,
  incident: Incident,
): Promise<RecurrenceCandidate[]> {
  const others: Incident[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await repos.incidents.list({ limit: PAGE, offset });
    others.push(...page.items.filter((other) => other.key !== incident.key));
    if (offset + PAGE >= page.total) break;
  }
  const chained = new Set<string>();
  for (const other of [incident, ...others]) {
    if (other.recurrenceOf !== null) chained.add(other.key).add(other.recurrenceOf);
  }
  const related = others.filter(
    (other) => chained.has(other.key) || other.services.some((s) => incident.services.includes(s)),
  );
  return Promise.all(related.map((other) => candidateOf(repos, other)));
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
