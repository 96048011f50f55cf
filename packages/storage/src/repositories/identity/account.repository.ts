import { notFound } from '@aftermath/domain';
import type { AccountRepository, StoredAccount } from '@aftermath/core';
import type { Selectable } from 'kysely';
import type { Executor, UserTable } from '../../database';
import type { Scope } from '../../scope';
import { assertInserted } from '../write-guards';

/** A stored user row as an account with its hash. */
export function toStoredAccount(row: Selectable<UserTable>): StoredAccount {
  return {
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    team: row.team,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
  };
}

function rowValues(account: StoredAccount) {
  return {
    display_name: account.displayName,
    role: account.role,
    password_hash: account.passwordHash,
    disabled_at: null,
    created_at: account.createdAt,
  };
}

/** Inserts the account, or turns a password-less directory entry into it; 0n when taken. */
async function insertAccount(db: Executor, account: StoredAccount): Promise<bigint | undefined> {
  const values = rowValues(account);
  const result = await db
    .insertInto('users')
    .values({ username: account.username, team: account.team, ...values })
    .onConflict((oc) =>
      oc.column('username').doUpdateSet(values).where('users.password_hash', 'is', null),
    )
    .executeTakeFirst();
  return result.numInsertedOrUpdatedRows;
}

async function updateUser(
  db: Executor,
  username: string,
  changes: Partial<Pick<UserTable, 'password_hash' | 'disabled_at' | 'role'>>,
): Promise<void> {
  const result = await db
    .updateTable('users')
    .set(changes)
    .where('username', '=', username)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw notFound('user', username);
}

/** Accounts on the `users` table; the first admin is guarded by `setup_marker`'s primary key. */
export function createAccountRepository(scope: Scope): AccountRepository {
  return {
    async get(username) {
      const row = await scope
        .executor()
        .selectFrom('users')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirst();
      return row === undefined ? null : toStoredAccount(row);
    },
    async list() {
      const rows = await scope
        .executor()
        .selectFrom('users')
        .selectAll()
        .orderBy('username')
        .execute();
      return rows.map((row) => {
        const { passwordHash, ...account } = toStoredAccount(row);
        void passwordHash;
        return account;
      });
    },
    async countWithPassword() {
      const row = await scope
        .executor()
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<string | number | bigint>().as('n'))
        .where('password_hash', 'is not', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async insert(account) {
      const inserted = await insertAccount(scope.executor(), account);
      assertInserted(inserted, 'user', account.username, 'username');
    },
    insertFirst: (account) =>
      scope.atomically(async (db) => {
        const marker = await db
          .insertInto('setup_marker')
          .values({
            name: 'first-admin',
            username: account.username,
            created_at: account.createdAt ?? '',
          })
          .onConflict((oc) => oc.column('name').doNothing())
          .executeTakeFirst();
        if (marker.numInsertedOrUpdatedRows === 0n) return false;
        const existing = await db
          .selectFrom('users')
          .select('username')
          .where('password_hash', 'is not', null)
          .executeTakeFirst();
        // Accounts made with the CLI before the marker existed also end the first run.
        if (existing !== undefined) return false;
        await insertAccount(db, account);
        return true;
      }),
    setPasswordHash: (username, passwordHash) =>
      updateUser(scope.executor(), username, { password_hash: passwordHash }),
    setDisabledAt: (username, at) => updateUser(scope.executor(), username, { disabled_at: at }),
    setRole: (username, role) => updateUser(scope.executor(), username, { role }),
  };
}
