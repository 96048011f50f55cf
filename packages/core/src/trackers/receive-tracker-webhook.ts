import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError, type TrackerKind } from '@aftermath/domain';
import type { Context } from '../context';
import { readLimitedBody } from '../webhooks/read-limited-body';
import { readTrackerEvent } from './read-tracker-event';
import type { SecretBox } from './secret-box';
import { readTrackerConfigs } from './tracker-configs';

/** The headers trackers sign their deliveries with (lower-case names). */
export interface TrackerWebhookHeaders {
  /** GitHub: `sha256=<hex>`. */
  'x-hub-signature-256'?: string | undefined;
  /** Jira Cloud (webhooks with a secret): `sha256=<hex>`. */
  'x-hub-signature'?: string | undefined;
  /** Linear: `<hex>`. */
  'linear-signature'?: string | undefined;
}

/** Tracker webhook bodies are small; anything larger is not an issue event. */
const bodyLimit = 1024 * 1024;
/** Linear puts its send time in the body; older deliveries are refused as replays. */
const linearMaxAgeMs = 5 * 60_000;

function refuse(message: string, path: string): DomainError {
  return new DomainError('unauthenticated', message, [{ path, message }]);
}

function signatureOf(kind: TrackerKind, headers: TrackerWebhookHeaders): [string, string] {
  const [name, prefix] =
    kind === 'github'
      ? (['x-hub-signature-256', 'sha256='] as const)
      : kind === 'jira'
        ? (['x-hub-signature', 'sha256='] as const)
        : (['linear-signature', ''] as const);
  const value = headers[name]?.trim();
  if (value?.startsWith(prefix) !== true) {
    throw refuse(`missing ${name} header (${prefix}<hex HMAC-SHA256 of the body>)`, name);
  }
  return [name, value.slice(prefix.length)];
}

function verify(kind: TrackerKind, headers: TrackerWebhookHeaders, secret: string, body: Buffer) {
  const [name, given] = signatureOf(kind, headers);
  const expected = createHmac('sha256', secret).update(body).digest();
  const ok =
    /^[0-9a-fA-F]+$/.test(given) &&
    given.length === expected.length * 2 &&
    timingSafeEqual(Buffer.from(given, 'hex'), expected);
  if (!ok)
    throw refuse(`${name} does not match the body signed with the team's webhook secret`, name);
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new DomainError('validation', 'body: not JSON', [{ path: 'body', message: 'not JSON' }]);
  }
}

function assertFresh(ctx: Context, kind: TrackerKind, json: unknown): void {
  if (kind !== 'linear') return;
  const sent = (json as { webhookTimestamp?: unknown }).webhookTimestamp;
  if (typeof sent === 'number' && Math.abs(ctx.clock().getTime() - sent) <= linearMaxAgeMs) return;
  throw refuse(
    'webhookTimestamp is missing or more than 5 minutes away (a replay?)',
    'webhookTimestamp',
  );
}

/**
 * A tracker's webhook for `team`: checks the signature over the raw body with the team's webhook
 * secret (GitHub `X-Hub-Signature-256`, Jira `X-Hub-Signature`, Linear `Linear-Signature` plus its
 * timestamp), then records the new state on every action linked to it. `unauthenticated`
 * when the team has no webhook secret or the signature is wrong; nothing is written then.
 */
export async function receiveTrackerWebhook(
  ctx: Context,
  secrets: SecretBox,
  request: { team: string; headers: TrackerWebhookHeaders; body: AsyncIterable<Uint8Array> },
): Promise<{ ref: string | null; updated: number }> {
  const config = (await readTrackerConfigs(ctx)).find((c) => c.team === request.team);
  if (config?.webhookSecretSealed == null) {
    throw refuse(`team ${request.team} has no tracker webhook secret set`, 'team');
  }
  const body = await readLimitedBody(request.body, bodyLimit, null);
  verify(config.kind, request.headers, secrets.open(config.webhookSecretSealed), body);
  const json = parseJson(body);
  assertFresh(ctx, config.kind, json);
  const event = readTrackerEvent(config.kind, json);
  if (event === null) return { ref: null, updated: 0 };
  const now = ctx.clock().toISOString();
  return ctx.store.transaction(async (tx) => {
    const links = await tx.trackerLinks.findByRef(config.kind, event.ref);
    for (const link of links) {
      const url = event.url ?? link.url;
      await tx.trackerLinks.upsert({
        ...link,
        state: event.state,
        status: event.status,
        url,
        syncedAt: now,
        updatedAt: now,
      });
    }
    return { ref: event.ref, updated: links.length };
  });
}
