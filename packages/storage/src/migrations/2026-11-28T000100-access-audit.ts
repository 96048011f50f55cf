import type { MigrationDb } from './migration-db';

// Roles per team, named members of incidents, and the audit log.
// `team_members`: one role per person per team (a person may hold different roles in different
// teams). `incident_members`: people an incident names, who see it even when it is restricted.
// `audit_log`: append-only, one row per change, hash-chained: `hash` is the SHA-256 of the
// previous row's hash and this row's canonical JSON, so editing or deleting a row breaks the
// chain from there on. `seq` is assigned by the writer (last + 1) under a lock.

async function createMemberships(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('team_members')
    .addColumn('team', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('team_members_pk', ['team', 'username'])
    .execute();
  await db.schema
    .createIndex('team_members_username')
    .on('team_members')
    .column('username')
    .execute();
  await db.schema
    .createTable('incident_members')
    .addColumn('incident_key', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_members_pk', ['incident_key', 'username'])
    .execute();
  await db.schema
    .createIndex('incident_members_username')
    .on('incident_members')
    .column('username')
    .execute();
}

async function createAuditLog(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
}

export async function up(db: MigrationDb): Promise<void> {
  await createMemberships(db);
  await createAuditLog(db);
}
