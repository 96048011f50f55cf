import type { Team, User } from '@aftermath/domain';
import type { DirectoryRepository } from '@aftermath/core';
import type { Selectable } from 'kysely';
import type { TeamTable, UserTable } from '../database';
import type { Scope } from '../scope';

/** A stored user row as the domain type. */
export function toUser(row: Selectable<UserTable>): User {
  return { username: row.username, displayName: row.display_name, role: row.role, team: row.team };
}

/** A stored team row as the domain type. */
export function toTeam(row: Selectable<TeamTable>): Team {
  return { name: row.name, description: row.description };
}

/** Users by username and teams by name; upserts replace every field. */
export function createDirectoryRepository(scope: Scope): DirectoryRepository {
  return {
    async upsertUser(user) {
      const changes = { display_name: user.displayName, role: user.role, team: user.team };
      await scope
        .executor()
        .insertInto('users')
        .values({ username: user.username, ...changes })
        .onConflict((oc) => oc.column('username').doUpdateSet(changes))
        .execute();
    },
    async listUsers() {
      const rows = await scope
        .executor()
        .selectFrom('users')
        .selectAll()
        .orderBy('username')
        .execute();
      return rows.map(toUser);
    },
    async upsertTeam(team) {
      await scope
        .executor()
        .insertInto('teams')
        .values({ name: team.name, description: team.description })
        .onConflict((oc) => oc.column('name').doUpdateSet({ description: team.description }))
        .execute();
    },
    async listTeams() {
      const rows = await scope.executor().selectFrom('teams').selectAll().orderBy('name').execute();
      return rows.map(toTeam);
    },
  };
}
