import type { LoginAttemptRepository } from '@aftermath/core';
import type { Scope } from '../../scope';

/** Failed sign-ins per key; the count is raised in one statement, so replicas never lose one. */
export function createLoginAttemptRepository(scope: Scope): LoginAttemptRepository {
  return {
    async get(key) {
      const row = await scope
        .executor()
        .selectFrom('login_attempts')
        .selectAll()
        .where('key', '=', key)
        .executeTakeFirst();
      if (row === undefined) return null;
      return {
        failures: Number(row.failures),
        lastFailureAt: row.last_failure_at,
        lockedUntil: row.locked_until,
      };
    },
    async recordFailure(key, at, restartBefore) {
      const row = await scope
        .executor()
        .insertInto('login_attempts')
        .values({ key, failures: 1, last_failure_at: at, locked_until: null })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet((eb) => ({
            failures: eb
              .case()
              .when('login_attempts.last_failure_at', '<', restartBefore)
              .then(1)
              .else(eb('login_attempts.failures', '+', 1))
              .end(),
            last_failure_at: at,
          })),
        )
        .returning('failures')
        .executeTakeFirstOrThrow();
      return Number(row.failures);
    },
    async lock(key, until) {
      await scope
        .executor()
        .updateTable('login_attempts')
        .set({ locked_until: until })
        .where('key', '=', key)
        .execute();
    },
    async clear(key) {
      await scope.executor().deleteFrom('login_attempts').where('key', '=', key).execute();
    },
  };
}
