import type { MigrationDb } from './migration-db';

// The first schema. Portable SQL only: text for timestamps (fixed-width UTC ISO), integer 0/1 for
// flags, bigint where counts or byte offsets can pass 2^31. Later changes go in new files.

async function createIncidents(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('counters').values({ name: 'incident', value: 0 }).execute();

  await db.schema
    .createTable('incidents')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_folded', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('commander', 'text')
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('impact_description', 'text', (c) => c.notNull())
    .addColumn('users_affected', 'bigint')
    .addColumn('requests_affected', 'bigint')
    .addColumn('impact_started_at', 'text')
    .addColumn('detected_at', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('mitigated_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('milestone_order_override', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incidents_status_number')
    .on('incidents')
    .columns(['status', 'number'])
    .execute();
  await db.schema
    .createIndex('incidents_severity_number')
    .on('incidents')
    .columns(['severity', 'number'])
    .execute();
}

/** services and tags of an incident, one row each, so filtering by either uses an index. */
async function createIncidentLabels(db: MigrationDb): Promise<void> {
  for (const [table, column] of [
    ['incident_services', 'service'],
    ['incident_tags', 'tag'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('incident_key', 'text', (c) =>
        c.notNull().references('incidents.key').onDelete('cascade'),
      )
      .addColumn(column, 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['incident_key', column])
      .execute();
    await db.schema
      .createIndex(`${table}_${column}`)
      .on(table)
      .columns([column, 'incident_key'])
      .execute();
  }
}

async function createTimeline(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('timeline_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_key', 'text', (c) =>
      c.notNull().references('incidents.key').onDelete('cascade'),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('precision', 'text', (c) => c.notNull())
    .addColumn('zone_assumed', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('service', 'text')
    .addColumn('evidence_id', 'text')
    .addColumn('evidence_line', 'integer')
    .addColumn('evidence_byte_offset', 'bigint')
    .addColumn('evidence_json_pointer', 'text')
    .addColumn('author', 'text')
    .addColumn('pinned', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('timeline_entries_incident_at')
    .on('timeline_entries')
    .columns(['incident_key', 'at', 'id'])
    .execute();
}

async function createPostmortems(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('postmortems')
    .addColumn('incident_key', 'text', (c) =>
      c.primaryKey().references('incidents.key').onDelete('cascade'),
    )
    .addColumn('owner', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('postmortems_status').on('postmortems').column('status').execute();
  // One row per section, so a single section can be read (or searched) without the others.
  await db.schema
    .createTable('postmortem_sections')
    .addColumn('incident_key', 'text', (c) =>
      c.notNull().references('postmortems.incident_key').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('postmortem_sections_pk', ['incident_key', 'name'])
    .execute();
}

async function createActionItems(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('action_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_key', 'text', (c) =>
      c.notNull().references('incidents.key').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('owner', 'text')
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('verification_criteria', 'text', (c) => c.notNull())
    .addColumn('rationale', 'text')
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('action_items_incident')
    .on('action_items')
    .columns(['incident_key', 'id'])
    .execute();
  await db.schema
    .createIndex('action_items_status_due')
    .on('action_items')
    .columns(['status', 'due_date'])
    .execute();
}

async function createDirectory(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('services')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('team', 'text')
    .addColumn('tier', 'integer')
    .addColumn('description', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('teams')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('description', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('users')
    .addColumn('username', 'text', (c) => c.primaryKey())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('team', 'text')
    .execute();
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function up(db: MigrationDb): Promise<void> {
  await createIncidents(db);
  await createIncidentLabels(db);
  await createTimeline(db);
  await createPostmortems(db);
  await createActionItems(db);
  await createDirectory(db);
}
