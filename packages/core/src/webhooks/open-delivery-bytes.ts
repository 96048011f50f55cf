import { DomainError, notFound, type Principal, type WebhookDelivery } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';

/** A delivery's stored body: the record, and its bytes exactly as the sender sent them. */
export interface DeliveryBytes {
  delivery: WebhookDelivery;
  stream: AsyncIterable<Uint8Array>;
  /** A file name for a download: `<source>-<id>.json`. */
  fileName: string;
}

/**
 * The raw body of a webhook delivery, streamed from the blob store (admin only: bodies may carry
 * anything the sender put in them). Every delivery keeps its bytes, which matters most for the
 * unrouted and suppressed ones no incident took. `not_found` names the id when the delivery is
 * unknown, or says so when its bytes are gone from the blob store.
 */
export async function openDeliveryBytes(
  ctx: Context,
  principal: Principal,
  id: string,
): Promise<DeliveryBytes> {
  authorize(principal, 'workspace.admin');
  const delivery = await ctx.store.webhookDeliveries.get(id);
  if (delivery === null) throw notFound('webhook delivery', id);
  if (!(await ctx.store.blobs.has(delivery.sha256))) {
    throw new DomainError(
      'not_found',
      `The body of webhook delivery ${id} (sha256 ${delivery.sha256}) is not in the blob store`,
    );
  }
  return {
    delivery,
    stream: ctx.store.blobs.open(delivery.sha256),
    fileName: `${delivery.source}-${delivery.id}.json`,
  };
}
