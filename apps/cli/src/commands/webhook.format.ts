import type { WebhookSourceStatus } from '@aftermath/core';
import type { WebhookDelivery } from '@aftermath/domain';

function describeAuth(status: WebhookSourceStatus): string {
  if (status.secretSet) return `secret set ${status.updatedAt ?? ''}`.trimEnd();
  return status.open ? 'OPEN: accepts unauthenticated deliveries' : 'no secret: refuses deliveries';
}

/** One line per source: name, scheme, whether a secret is set. */
export function formatSources(items: readonly WebhookSourceStatus[]): string {
  return items
    .map((item) => `${item.source.padEnd(13)} ${item.scheme.padEnd(12)} ${describeAuth(item)}`)
    .join('\n');
}

/** One line per delivery: when, source, outcome, incident, id (for `--raw`), why. */
export function formatDeliveries(items: readonly WebhookDelivery[]): string {
  if (items.length === 0) return 'no deliveries';
  return items
    .map(
      (item) =>
        `${item.receivedAt} ${item.source.padEnd(13)} ${item.outcome.padEnd(10)} ` +
        `${(item.incidentKey ?? '-').padEnd(8)} ${item.id} ${item.reason}`,
    )
    .join('\n');
}
