import { z } from 'zod';
import { role, username, type Role } from './user';

/** A team name as services and memberships carry it. */
export const teamName = z.string().trim().min(1).max(100);

/**
 * One person's role in one team. A person may hold a different role in each team (responder in
 * `payments`, viewer in `search`); workspace admins (account role `admin`) are admins everywhere.
 *
 * @example teamMembership.parse({ team: 'payments', username: 'ana', role: 'responder' })
 */
export const teamMembership = z.object({ team: teamName, username, role });
export type TeamMembership = z.infer<typeof teamMembership>;

/** Body of PUT …/members/{username}: the role to give. @example { role: 'reviewer' } */
export const membershipRoleInput = z.object({ role });

/**
 * What a person's memberships grant, loaded with the principal on every request: their highest
 * role per service (through the service's team) and the incidents that name them as members.
 * An incident's teams are the teams of its services.
 *
 * @example { services: { 'checkout-api': 'responder' }, incidents: ['INC-12'] }
 */
export interface AccessGrants {
  services: Readonly<Record<string, Role>>;
  incidents: readonly string[];
}

/** No memberships at all. */
export const noGrants: AccessGrants = { services: {}, incidents: [] };

/** Roles from least to most powerful, as a rank (viewer 0 … admin 3). */
export const roleRank: Record<Role, number> = { viewer: 0, responder: 1, reviewer: 2, admin: 3 };

/** The more powerful of two roles. @example higherRole('viewer', 'reviewer') // 'reviewer' */
export function higherRole(a: Role, b: Role): Role {
  return roleRank[a] >= roleRank[b] ? a : b;
}

/**
 * Which restricted incidents a principal may read, for store queries: every one, or those that
 * name the person or touch one of the listed services.
 *
 * @example { all: false, incidents: ['INC-12'], services: ['checkout-api'] }
 */
export type IncidentReadScope =
  { all: true } | { all: false; incidents: readonly string[]; services: readonly string[] };
