import type { Principal, WebhookDelivery, WebhookOutcome } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';

/**
 * Recent webhook deliveries, newest first; `outcome: 'unrouted'` or `'suppressed'` lists the
 * evidence no incident took (its bytes stay in the blob store under `sha256`). Workspace admins
 * only: a delivery names the incident it reached (restricted ones too) and what the sender sent.
 */
export async function listWebhookDeliveries(
  ctx: Context,
  principal: Principal,
  filter: { outcome?: WebhookOutcome; limit?: number },
): Promise<WebhookDelivery[]> {
  authorize(principal, 'workspace.admin');
  return ctx.store.webhookDeliveries.list({
    ...(filter.outcome === undefined ? {} : { outcome: filter.outcome }),
    limit: filter.limit ?? 100,
  });
}
