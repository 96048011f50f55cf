import type { MigrationDb } from './migration-db';

// Accounts, sessions, API tokens and login throttling. Users gain a password hash (argon2id, in
// PHC string form), a disabled mark and a creation time; directory entries from before accounts
// keep a null hash and cannot sign in. Secrets (session ids, tokens) are stored only as SHA-256
// hashes. `setup_marker` has one row once the first admin exists: its primary key makes two
// concurrent first-run setups collide instead of both succeeding.

async function extendUsers(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('users').addColumn('password_hash', 'text').execute();
  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('created_at', 'text').execute();
  await db.schema
    .createTable('setup_marker')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

async function createSessions(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_username').on('sessions').column('username').execute();
}

async function createApiTokens(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_username').on('api_tokens').column('username').execute();
}

async function createLoginAttempts(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('login_attempts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();
}

export async function up(db: MigrationDb): Promise<void> {
  await extendUsers(db);
  await createSessions(db);
  await createApiTokens(db);
  await createLoginAttempts(db);
}
