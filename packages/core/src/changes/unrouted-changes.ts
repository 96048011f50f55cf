import { readChangeCategory } from '@aftermath/analysis';
import type { ChangeFeedItem, WebhookDelivery } from '@aftermath/domain';
import { findImporter } from '@aftermath/importers';
import type { Context } from '../context';
import type { ChangeWindowQuery } from './changes.ports';

/** Webhook sources whose deliveries can carry deploys and changes. */
const changeSources = new Set(['github', 'cloudevents']);
/** How many of the newest unrouted and suppressed deliveries are read (their bytes are parsed). */
export const unroutedDeliveriesRead = 200;

/**
 * Changes in webhook deliveries no incident took (a deploy while nothing was open): the raw
 * bytes kept in the blob store are parsed again by the source's importer. Deliveries whose bytes
 * are gone or unreadable are skipped; they were reported when they arrived.
 */
export async function readUnroutedChanges(
  ctx: Context,
  query: ChangeWindowQuery,
): Promise<ChangeFeedItem[]> {
  const [unrouted, suppressed] = await Promise.all([
    ctx.store.webhookDeliveries.list({ outcome: 'unrouted', limit: unroutedDeliveriesRead }),
    ctx.store.webhookDeliveries.list({ outcome: 'suppressed', limit: unroutedDeliveriesRead }),
  ]);
  // An event is delivered after it happens, so a delivery received before `from` holds none.
  const candidates = [...unrouted, ...suppressed].filter(
    (delivery) => changeSources.has(delivery.source) && delivery.receivedAt >= query.from,
  );
  const found = await Promise.all(candidates.map((delivery) => readDelivery(ctx, delivery)));
  return found
    .flat()
    .filter(
      (item) =>
        item.at >= query.from &&
        item.at < query.to &&
        (query.service === undefined || item.service === query.service),
    );
}

async function readDelivery(ctx: Context, delivery: WebhookDelivery): Promise<ChangeFeedItem[]> {
  const importer = findImporter(delivery.source);
  if (!importer) return [];
  const items: ChangeFeedItem[] = [];
  try {
    const entries = importer.read(() => ctx.store.blobs.open(delivery.sha256), {
      evidenceId: delivery.id,
      defaultZone: 'UTC',
      referenceYear: Number(delivery.receivedAt.slice(0, 4)),
    });
    for await (const { entry } of entries) {
      if (entry.kind !== 'deploy' && entry.kind !== 'change') continue;
      items.push({
        at: entry.at,
        category: readChangeCategory({ kind: entry.kind, title: entry.title }),
        kind: entry.kind,
        title: entry.title,
        service: entry.service ?? delivery.service,
        source: delivery.source,
        origin: 'webhook',
        entryId: null,
        deliveryId: delivery.id,
        incident: null,
      });
    }
  } catch {
    return [];
  }
  return items;
}
