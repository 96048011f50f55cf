import {
  type Incident,
  type IncidentKey,
  type JointPostmortem,
  type LinkedIncident,
  type PostmortemLink,
  type Principal,
} from '@aftermath/domain';
import { maySee } from '../authorization';
import type { Context } from '../context';
import { getIncident } from '../incidents';
import type { Repositories } from '../ports';

/** The linked incidents of `primary` the principal may see, with each one's teams. */
async function describeLinks(
  repos: Repositories,
  principal: Principal,
  links: readonly PostmortemLink[],
): Promise<{ items: LinkedIncident[]; incidents: Incident[] }> {
  const items: LinkedIncident[] = [];
  const incidents: Incident[] = [];
  for (const link of links) {
    const incident = await repos.incidents.get(link.incidentKey);
    if (incident === null || !maySee(principal, incident)) continue;
    incidents.push(incident);
    items.push({
      key: incident.key,
      title: incident.title,
      severity: incident.severity,
      status: incident.status,
      visibility: incident.visibility,
      services: [...incident.services],
      teams: await teamsOf(repos, [incident]),
      linkedBy: link.linkedBy,
      linkedAt: link.linkedAt,
    });
  }
  return { items, incidents };
}

/** Every team owning a service of one of the incidents, sorted, each once. */
export async function teamsOf(
  repos: Repositories,
  incidents: readonly Incident[],
): Promise<string[]> {
  const teams = new Set<string>();
  for (const name of new Set(incidents.flatMap((incident) => incident.services))) {
    const team = (await repos.services.get(name))?.team;
    if (team) teams.add(team);
  }
  return [...teams].sort();
}

/** The joint postmortem whose primary incident is `primary`, as the principal may see it. */
export async function describeJointPostmortem(
  repos: Repositories,
  principal: Principal,
  primary: Incident,
  coveredBy: IncidentKey | null,
): Promise<JointPostmortem> {
  const links = await repos.postmortemLinks.listByPrimary(primary.key);
  const { items, incidents } = await describeLinks(repos, principal, links);
  return {
    primary: primary.key,
    coveredBy,
    coveredByHidden: false,
    items,
    teams: await teamsOf(repos, [primary, ...incidents]),
  };
}

/**
 * The joint postmortem as seen from incident `key`: the one covering it when it is linked into
 * another incident's postmortem (hidden, without its key, when that one is restricted and the
 * principal may not see it), else its own with the incidents linked into it.
 */
export async function getJointPostmortem(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  repos: Repositories = ctx.store,
): Promise<JointPostmortem> {
  const incident = await getIncident(ctx, principal, key, repos);
  const link = await repos.postmortemLinks.get(key);
  if (link === null) return describeJointPostmortem(repos, principal, incident, null);
  const primary = await repos.incidents.get(link.primaryKey);
  if (primary === null || !maySee(principal, primary)) {
    return { primary: key, coveredBy: null, coveredByHidden: true, items: [], teams: [] };
  }
  return describeJointPostmortem(repos, principal, primary, primary.key);
}
