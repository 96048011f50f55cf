import type { MaintenanceWindow, RoutingRule, WebhookRouting } from '@aftermath/domain';

function matchesLabels(rule: RoutingRule, labels: Record<string, string>): boolean {
  return Object.entries(rule.match).every(([name, wanted]) => {
    const value = labels[name];
    if (value === undefined) return false;
    return typeof wanted === 'string' ? value === wanted : wanted.includes(value);
  });
}

/** The first rule (in file order) that some alert of the delivery matches, with that alert's labels. */
export function findRoutingRule(
  routing: WebhookRouting,
  labelSets: readonly Record<string, string>[],
): { rule: RoutingRule; labels: Record<string, string> } | null {
  for (const rule of routing.rules) {
    const labels = labelSets.find((set) => matchesLabels(rule, set));
    if (labels !== undefined) return { rule, labels };
  }
  return null;
}

/** The maintenance window of `service` that `now` (UTC ISO) falls in, if any. */
export function findMaintenanceWindow(
  routing: WebhookRouting,
  service: string | null,
  now: string,
): MaintenanceWindow | null {
  if (service === null) return null;
  const at = Date.parse(now);
  return (
    routing.maintenance.find(
      (window) =>
        window.service === service && Date.parse(window.from) <= at && at < Date.parse(window.to),
    ) ?? null
  );
}
