import type { NotificationTargetView } from '@aftermath/core';
import type { NotificationDelivery } from '@aftermath/domain';

function destination(target: NotificationTargetView): string {
  switch (target.type) {
    case 'slack':
      return target.url;
    case 'webhook':
      return `${target.url} (signed)`;
    case 'email':
      return `${target.to.join(', ')} via ${target.smtp.host}:${target.smtp.port}`;
  }
}

/** One line per target: name, type, events, where it goes. */
export function formatTargets(targets: readonly NotificationTargetView[]): string {
  if (targets.length === 0)
    return 'No notification targets. Add one with `aftermath notify targets set`.';
  return targets
    .map((t) => {
      const events = t.events === '*' ? 'all events' : t.events.join(', ');
      return `${t.name}  ${t.type}  ${events}  → ${destination(t)}`;
    })
    .join('\n');
}

/** One line per delivery, newest first, with the last error indented below. */
export function formatDeliveries(deliveries: readonly NotificationDelivery[]): string {
  if (deliveries.length === 0) return 'No notification deliveries.';
  return deliveries
    .map((d) => {
      const head = `${d.createdAt}  ${d.status.padEnd(7)}  ${d.attempts}/${d.maxAttempts}  ${d.target} (${d.targetType})  ${d.event}: ${d.title}`;
      const next =
        d.status === 'queued' && d.attempts > 0 ? `\n    next attempt ${d.nextAttemptAt}` : '';
      return d.lastError === null ? head + next : `${head}\n    last error: ${d.lastError}${next}`;
    })
    .join('\n');
}
