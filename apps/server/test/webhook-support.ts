import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApiHarness } from './api-harness';

/** The shared real-data folder beside the repository (never copied into it). */
export const realdataRoot = resolve(import.meta.dirname, '../../../../shared/realdata');

/** A real payload from the shared real data, as bytes. */
export function readRealPayload(path: string): Buffer {
  return readFileSync(resolve(realdataRoot, path));
}

export const zulipHooks = 'webhooks-zulip-fixtures/dev/zerver/webhooks';
export const octokitHooks = 'webhooks-github-octokit/dev/api.github.com';

// Assembled at run time so no whole secret sits in a committed file.
export const testSecret = ['whsec', 'aftermath', 'test', '0123456789'].join('-');
export const otherSecret = ['whsec', 'rotated', 'away', '9876543210'].join('-');

/** Hex HMAC-SHA256 of the body, as PagerDuty and GitHub compute it. */
export function hmacHex(secret: string, body: Buffer | string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/** Posts raw bytes to a webhook route, exactly as a sender would. */
export function postWebhook(
  api: ApiHarness,
  source: string,
  body: Buffer | string,
  headers: Record<string, string> = {},
) {
  return api.app.inject({
    method: 'POST',
    url: `/api/v1/webhooks/${source}`,
    headers: { 'content-type': 'application/json', ...headers },
    payload: body,
  });
}

/** Gives a source a secret through the admin API. */
export async function setSecret(api: ApiHarness, source: string, secret = testSecret) {
  const response = await api.request('PUT', `/api/v1/webhooks/sources/${source}`, { secret });
  if (response.statusCode !== 200) throw new Error(response.body);
}

/** The bearer header for {@link testSecret}. */
export const bearer = { authorization: `Bearer ${testSecret}` };

interface AlertSpec {
  alertname: string;
  labels?: Record<string, string>;
  status?: 'firing' | 'resolved';
  groupKey?: string;
  fingerprint?: string;
  startsAt?: string;
}

/** An Alertmanager webhook v4 body with one alert, shaped like the real ones. */
export function alertmanagerBody(spec: AlertSpec): string {
  const status = spec.status ?? 'firing';
  const labels = { alertname: spec.alertname, ...spec.labels };
  const startsAt = spec.startsAt ?? '2026-11-20T09:55:00Z';
  return JSON.stringify({
    receiver: 'aftermath',
    status,
    groupLabels: { alertname: spec.alertname },
    commonLabels: labels,
    commonAnnotations: { summary: `${spec.alertname} summary` },
    externalURL: 'http://alertmanager:9093',
    version: '4',
    groupKey: spec.groupKey ?? `{}:{alertname="${spec.alertname}"}`,
    truncatedAlerts: 0,
    alerts: [
      {
        status,
        labels,
        annotations: { summary: `${spec.alertname} summary` },
        startsAt,
        endsAt: status === 'resolved' ? '2026-11-20T09:59:00Z' : '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus:9090/graph',
        fingerprint: spec.fingerprint ?? `fp-${spec.alertname}`,
      },
    ],
  });
}

/** What the webhook route answers. */
export interface WebhookAnswer {
  id: string;
  outcome: 'created' | 'joined' | 'suppressed' | 'unrouted';
  incidentKey: string | null;
  created: boolean;
  duplicate: boolean;
  entriesAdded: number;
  duplicatesSkipped: number;
  reason: string;
  sha256: string;
  service: string | null;
}

/** How many incidents and deliveries exist: "nothing stored" checks. */
export async function countStored(api: ApiHarness) {
  const incidents = (await api.request('GET', '/api/v1/incidents')).json<{ total: number }>();
  const deliveries = (await api.request('GET', '/api/v1/webhooks/deliveries')).json<{
    items: unknown[];
  }>();
  return { incidents: incidents.total, deliveries: deliveries.items.length };
}
