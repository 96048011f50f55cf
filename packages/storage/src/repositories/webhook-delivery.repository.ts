import type { WebhookDelivery } from '@aftermath/domain';
import type { WebhookDeliveryRepository } from '@aftermath/core';
import type { Insertable, Selectable } from 'kysely';
import type { WebhookDeliveryTable } from '../database';
import type { Scope } from '../scope';
import { toNumber, utcText } from './row-values';

/** A stored delivery row as the domain type. */
export function toWebhookDelivery(row: Selectable<WebhookDeliveryTable>): WebhookDelivery {
  return {
    id: row.id,
    source: row.source,
    deliveryKey: row.delivery_key,
    receivedAt: row.received_at,
    sha256: row.sha256,
    bytes: toNumber(row.bytes),
    outcome: row.outcome,
    incidentKey: row.incident_key,
    groupKey: row.group_key,
    service: row.service,
    reason: row.reason,
    evidenceId: row.evidence_id,
    entriesAdded: row.entries_added,
    duplicatesSkipped: row.duplicates_skipped,
  };
}

function toRow(delivery: WebhookDelivery): Insertable<WebhookDeliveryTable> {
  return {
    id: delivery.id,
    source: delivery.source,
    delivery_key: delivery.deliveryKey,
    received_at: utcText(delivery.receivedAt, 'receivedAt'),
    sha256: delivery.sha256,
    bytes: delivery.bytes,
    outcome: delivery.outcome,
    incident_key: delivery.incidentKey,
    group_key: delivery.groupKey,
    service: delivery.service,
    reason: delivery.reason,
    evidence_id: delivery.evidenceId,
    entries_added: delivery.entriesAdded,
    duplicates_skipped: delivery.duplicatesSkipped,
  };
}

/** Webhook deliveries; the unique (source, delivery_key) pair recognises repeats. */
export function createWebhookDeliveryRepository(scope: Scope): WebhookDeliveryRepository {
  const select = () => scope.executor().selectFrom('webhook_deliveries').selectAll();
  return {
    async insert(delivery) {
      const result = await scope
        .executor()
        .insertInto('webhook_deliveries')
        .values(toRow(delivery))
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },
    async get(id) {
      const row = await select().where('id', '=', id).executeTakeFirst();
      return row ? toWebhookDelivery(row) : null;
    },
    async findByKey(source, deliveryKey) {
      const row = await select()
        .where('source', '=', source)
        .where('delivery_key', '=', deliveryKey)
        .executeTakeFirst();
      return row ? toWebhookDelivery(row) : null;
    },
    async latestForGroup(source, groupKey) {
      const row = await select()
        .where('source', '=', source)
        .where('group_key', '=', groupKey)
        .where('incident_key', 'is not', null)
        .orderBy('received_at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? toWebhookDelivery(row) : null;
    },
    async incidentsForService(service, since) {
      const rows = await scope
        .executor()
        .selectFrom('webhook_deliveries')
        .select(['incident_key', 'received_at', 'id'])
        .where('service', '=', service)
        .where('incident_key', 'is not', null)
        .where('received_at', '>=', utcText(since, 'since'))
        .orderBy('received_at', 'desc')
        .orderBy('id', 'desc')
        .limit(50)
        .execute();
      const keys = rows.flatMap((row) => (row.incident_key === null ? [] : [row.incident_key]));
      return [...new Set(keys)];
    },
    async list(filter) {
      let query = select();
      if (filter.outcome !== undefined) query = query.where('outcome', '=', filter.outcome);
      const rows = await query
        .orderBy('received_at', 'desc')
        .orderBy('id', 'desc')
        .limit(filter.limit)
        .execute();
      return rows.map(toWebhookDelivery);
    },
  };
}
