import { api } from '../../api/client';
import './webhooks/webhook-settings.css';
import { useResource } from '../../api/use-resource';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading } from '../../ui/states';
import { WebhookDeliveries } from './webhooks/webhook-deliveries';
import { WebhookRouting } from './webhooks/webhook-routing';
import { WebhookSecrets } from './webhooks/webhook-secrets';
import type { Delivery, Routing, SourceStatus } from './webhooks/webhook-types';

interface WebhookSettings {
  sources: SourceStatus[];
  routing: Routing;
  deliveries: Delivery[];
}

async function loadSettings(): Promise<WebhookSettings> {
  const [sources, routing, deliveries] = await Promise.all([
    api.call('listWebhookSources', {}),
    api.call('getWebhookRouting', {}),
    api.call('listWebhookDeliveries', { query: { limit: 50 } }),
  ]);
  return {
    sources: sources.data.items,
    routing: routing.data,
    deliveries: deliveries.data.items,
  };
}

/**
 * `/settings/webhooks`: per source whether a secret is set (set or rotate it; a generated one is
 * shown once), the routing rules and maintenance windows, and the recent deliveries with their
 * outcome, incident, reason and raw body.
 */
export default function WebhooksPage() {
  usePageTitle('Webhook settings');
  const { resource, retry, reload, set } = useResource('webhook-settings', loadSettings);
  if (resource.state === 'loading') return <Loading what="the webhook settings" />;
  if (resource.state === 'failed')
    return <LoadFailed what="the webhook settings" error={resource.error} onRetry={retry} />;
  const settings = resource.value;
  return (
    <div className="page webhook-settings">
      <h1>Webhooks</h1>
      <p className="muted">
        Alerting, paging and change systems post to Aftermath; each delivery joins or opens an
        incident, or is kept as unrouted or suppressed evidence.
      </p>
      <WebhookSecrets
        sources={settings.sources}
        onChange={(status) =>
          set({
            ...settings,
            sources: settings.sources.map((s) => (s.source === status.source ? status : s)),
          })
        }
      />
      <WebhookRouting
        routing={settings.routing}
        onSaved={(routing) => set({ ...settings, routing })}
      />
      <WebhookDeliveries deliveries={settings.deliveries} onRefresh={() => void reload()} />
    </div>
  );
}
