import type { Executor } from '../database';

/** An incident's services and tags, each in the order the incident lists them. */
export interface IncidentLabels {
  services: string[];
  tags: string[];
}

/** Replaces an incident's services and tags (duplicates are kept once, first position wins). */
export async function writeIncidentLabels(
  db: Executor,
  key: string,
  labels: IncidentLabels,
): Promise<void> {
  await db.deleteFrom('incident_services').where('incident_key', '=', key).execute();
  await db.deleteFrom('incident_tags').where('incident_key', '=', key).execute();
  const services = [...new Set(labels.services)];
  const tags = [...new Set(labels.tags)];
  if (services.length > 0) {
    await db
      .insertInto('incident_services')
      .values(services.map((service, position) => ({ incident_key: key, service, position })))
      .execute();
  }
  if (tags.length > 0) {
    await db
      .insertInto('incident_tags')
      .values(tags.map((tag, position) => ({ incident_key: key, tag, position })))
      .execute();
  }
}

/** Reads the services and tags of several incidents in two queries. */
export async function readIncidentLabels(
  db: Executor,
  keys: readonly string[],
): Promise<Map<string, IncidentLabels>> {
  const labels = new Map<string, IncidentLabels>(
    keys.map((key) => [key, { services: [], tags: [] }]),
  );
  if (keys.length === 0) return labels;
  const services = await db
    .selectFrom('incident_services')
    .select(['incident_key', 'service'])
    .where('incident_key', 'in', keys)
    .orderBy('incident_key')
    .orderBy('position')
    .execute();
  const tags = await db
    .selectFrom('incident_tags')
    .select(['incident_key', 'tag'])
    .where('incident_key', 'in', keys)
    .orderBy('incident_key')
    .orderBy('position')
    .execute();
  for (const row of services) labels.get(row.incident_key)?.services.push(row.service);
  for (const row of tags) labels.get(row.incident_key)?.tags.push(row.tag);
  return labels;
}
