import { higherRole, type AccessGrants, type Role } from '@aftermath/domain';
import type { AccessRepository } from '@aftermath/core';
import type { Scope } from '../scope';

/** Team memberships and incident members. */
export function createAccessRepository(scope: Scope): AccessRepository {
  return {
    async listMemberships(filter) {
      let query = scope.executor().selectFrom('team_members').selectAll();
      if (filter.team !== undefined) query = query.where('team', '=', filter.team);
      if (filter.username !== undefined) query = query.where('username', '=', filter.username);
      const rows = await query.orderBy('team').orderBy('username').execute();
      return rows.map((row) => ({ team: row.team, username: row.username, role: row.role }));
    },
    async setMembership(membership) {
      await scope
        .executor()
        .insertInto('team_members')
        .values(membership)
        .onConflict((oc) => oc.columns(['team', 'username']).doUpdateSet({ role: membership.role }))
        .execute();
    },
    async removeMembership(team, username) {
      const result = await scope
        .executor()
        .deleteFrom('team_members')
        .where('team', '=', team)
        .where('username', '=', username)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
    async listIncidentMembers(key) {
      const rows = await scope
        .executor()
        .selectFrom('incident_members')
        .select('username')
        .where('incident_key', '=', key)
        .orderBy('username')
        .execute();
      return rows.map((row) => row.username);
    },
    async addIncidentMember(key, username) {
      await scope
        .executor()
        .insertInto('incident_members')
        .values({ incident_key: key, username })
        .onConflict((oc) => oc.columns(['incident_key', 'username']).doNothing())
        .execute();
    },
    async removeIncidentMember(key, username) {
      const result = await scope
        .executor()
        .deleteFrom('incident_members')
        .where('incident_key', '=', key)
        .where('username', '=', username)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
    async grantsFor(username) {
      const db = scope.executor();
      const [services, incidents] = await Promise.all([
        db
          .selectFrom('team_members')
          .innerJoin('services', 'services.team', 'team_members.team')
          .select(['services.name as service', 'team_members.role as role'])
          .where('team_members.username', '=', username)
          .execute(),
        db
          .selectFrom('incident_members')
          .select('incident_key')
          .where('username', '=', username)
          .execute(),
      ]);
      const byService: Record<string, Role> = {};
      for (const row of services) {
        const held = byService[row.service];
        byService[row.service] = held === undefined ? row.role : higherRole(held, row.role);
      }
      const grants: AccessGrants = {
        services: byService,
        incidents: incidents.map((row) => row.incident_key),
      };
      return grants;
    },
  };
}
