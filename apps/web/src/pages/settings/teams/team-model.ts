import type { RouteOutput, routes } from '@aftermath/contract';

/** One person's role in one team, as the API lists it. */
export type Membership = RouteOutput<(typeof routes)['listTeamMembers']>['items'][number];

/** The roles a person can hold in a team, lowest first. */
export const teamRoles = ['viewer', 'responder', 'reviewer', 'admin'] as const;

/** A team with the services it owns and its members. */
export interface Team {
  name: string;
  services: string[];
  members: Membership[];
}

/**
 * Teams by name: every team a service names or a membership names (a team exists as soon as one
 * of them does; there is no separate list of teams).
 */
export function groupTeams(
  services: readonly { name: string; team: string | null }[],
  memberships: readonly Membership[],
): Team[] {
  const teams = new Map<string, Team>();
  const teamOf = (name: string): Team => {
    const found = teams.get(name) ?? { name, services: [], members: [] };
    teams.set(name, found);
    return found;
  };
  for (const service of services)
    if (service.team) teamOf(service.team).services.push(service.name);
  for (const membership of memberships) teamOf(membership.team).members.push(membership);
  return [...teams.values()].sort((a, b) => a.name.localeCompare(b.name));
}
