import { DomainError } from '@aftermath/domain';
import type { SettingsRepository } from '@aftermath/core';
import type { Scope } from '../scope';

function toJsonText(key: string, value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DomainError('validation', `settings.${key}: cannot be stored as JSON (${reason})`, [
      { path: `settings.${key}`, message: 'must be a JSON value' },
    ]);
  }
  if (text !== undefined) return text;
  throw new DomainError('validation', `settings.${key}: a function or symbol is not a JSON value`, [
    { path: `settings.${key}`, message: 'must be a JSON value' },
  ]);
}

/**
 * Workspace settings as JSON by key. `get` of a missing key is `undefined` (a stored `null` stays
 * `null`); `set(key, undefined)` removes the key.
 */
export function createSettingsRepository(scope: Scope): SettingsRepository {
  return {
    async get(key) {
      const row = await scope
        .executor()
        .selectFrom('settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirst();
      return row === undefined ? undefined : (JSON.parse(row.value) as unknown);
    },
    async getMany(keys) {
      if (keys.length === 0) return new Map();
      const rows = await scope
        .executor()
        .selectFrom('settings')
        .select(['key', 'value'])
        .where('key', 'in', keys)
        .execute();
      return new Map(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
    },
    async set(key, value) {
      const db = scope.executor();
      if (value === undefined) {
        await db.deleteFrom('settings').where('key', '=', key).execute();
        return;
      }
      const text = toJsonText(key, value);
      await db
        .insertInto('settings')
        .values({ key, value: text })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: text }))
        .execute();
    },
  };
}
