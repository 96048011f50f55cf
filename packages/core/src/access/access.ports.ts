import type { AccessGrants, TeamMembership } from '@aftermath/domain';

/** Team memberships (a role per person per team) and the people incidents name as members. */
export interface AccessRepository {
  /** Memberships, by team then username; only one team's or one person's when given. */
  listMemberships(filter: { team?: string; username?: string }): Promise<TeamMembership[]>;
  /** Gives the person the role in the team, replacing the role they had there. */
  setMembership(membership: TeamMembership): Promise<void>;
  /** False when the person was not a member of the team. */
  removeMembership(team: string, username: string): Promise<boolean>;
  /** Usernames the incident names as members, sorted. */
  listIncidentMembers(key: string): Promise<string[]>;
  addIncidentMember(key: string, username: string): Promise<void>;
  /** False when the person was not named. */
  removeIncidentMember(key: string, username: string): Promise<boolean>;
  /** The person's role per service (through the services' teams) and named incidents. */
  grantsFor(username: string): Promise<AccessGrants>;
}
