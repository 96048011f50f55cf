import type { ApiToken } from '@aftermath/domain';
import type { ApiTokenRepository } from '@aftermath/core';
import type { Selectable } from 'kysely';
import type { ApiTokenTable } from '../../identity.tables';
import type { Scope } from '../../scope';

function toApiToken(row: Selectable<ApiTokenTable>): ApiToken {
  return {
    id: row.id,
    username: row.username,
    scope: row.scope,
    description: row.description,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** API tokens by prefix id, found by the SHA-256 of the whole token. */
export function createApiTokenRepository(scope: Scope): ApiTokenRepository {
  const select = () => scope.executor().selectFrom('api_tokens').selectAll();
  return {
    async insert(token) {
      await scope
        .executor()
        .insertInto('api_tokens')
        .values({
          id: token.id,
          secret_hash: token.secretHash,
          username: token.username,
          scope: token.scope,
          description: token.description,
          created_at: token.createdAt,
          expires_at: token.expiresAt,
          last_used_at: token.lastUsedAt,
          revoked_at: token.revokedAt,
        })
        .execute();
    },
    async get(id) {
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row === undefined ? null : toApiToken(row);
    },
    async findBySecretHash(secretHash) {
      const row = await select().where('secret_hash', '=', secretHash).executeTakeFirst();
      return row === undefined ? null : toApiToken(row);
    },
    async list(username) {
      let query = select().orderBy('created_at', 'desc').orderBy('id', 'desc');
      if (username !== undefined) query = query.where('username', '=', username);
      return (await query.execute()).map(toApiToken);
    },
    async revoke(id, at) {
      const result = await scope
        .executor()
        .updateTable('api_tokens')
        .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(at)) }))
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async touch(id, at) {
      await scope
        .executor()
        .updateTable('api_tokens')
        .set({ last_used_at: at })
        .where('id', '=', id)
        .execute();
    },
  };
}
