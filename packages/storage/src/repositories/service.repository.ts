import type { Service } from '@aftermath/domain';
import type { ServiceRepository } from '@aftermath/core';
import type { Selectable } from 'kysely';
import type { ServiceTable } from '../database';
import type { Scope } from '../scope';

/** A stored service row as the domain type. */
export function toService(row: Selectable<ServiceTable>): Service {
  return { name: row.name, team: row.team, tier: row.tier, description: row.description };
}

/** Services by name; `upsert` replaces every field of an existing one. */
export function createServiceRepository(scope: Scope): ServiceRepository {
  return {
    async upsert(service) {
      const row = {
        name: service.name,
        team: service.team,
        tier: service.tier,
        description: service.description,
      };
      await scope
        .executor()
        .insertInto('services')
        .values(row)
        .onConflict((oc) =>
          oc.column('name').doUpdateSet({
            team: row.team,
            tier: row.tier,
            description: row.description,
          }),
        )
        .execute();
    },
    async get(name) {
      const row = await scope
        .executor()
        .selectFrom('services')
        .selectAll()
        .where('name', '=', name)
        .executeTakeFirst();
      return row ? toService(row) : null;
    },
    async list() {
      const rows = await scope
        .executor()
        .selectFrom('services')
        .selectAll()
        .orderBy('name')
        .execute();
      return rows.map(toService);
    },
  };
}
