import { createHash } from 'node:crypto';
import {
  createIncidentInput,
  DomainError,
  systemPrincipal,
  type WebhookRouting,
  type IncidentKey,
  type WebhookDelivery,
  type WebhookSource,
  type WebhookSourceAuth,
} from '@aftermath/domain';
import type { Context } from '../context';
import {
  detectionHeadBytes,
  readEvidence,
  recordEvidence,
  type ReadEvidence,
} from '../evidence/import-evidence';
import { createIncident } from '../incidents';
import { smallBlobLimit, type Repositories, type StoredBlob } from '../ports';
import { decideRoute, type RouteDecision } from './decide-route';
import { readAlertFacts, type AlertFacts } from './read-alert-facts';
import { readLimitedBody, streamOnce } from './read-limited-body';
import { checkCredentials, checkSignature, type WebhookHeaders } from './verify-delivery';
import { sourceAuthOf, webhookAuthKey } from './webhook-auth-settings';
import { routingOf, webhookRoutingKey } from './webhook-routing-settings';

/** One delivery as it arrived: the raw body stream and the headers that authenticate it. */
export interface WebhookRequest {
  source: WebhookSource;
  headers: WebhookHeaders;
  /** `Content-Length` when the sender declared one. */
  declaredLength: number | null;
  body: AsyncIterable<Uint8Array>;
}

/** What the sender is told: what happened to the delivery. */
export interface WebhookResult extends WebhookDelivery {
  /** True when this source and delivery key arrived before: nothing was added this time. */
  duplicate: boolean;
  /** True when this delivery opened its incident. */
  created: boolean;
}

/** The source's authentication and the routing, read together: one statement per delivery. */
async function readDeliverySettings(ctx: Context, source: WebhookSource) {
  const values = await ctx.store.settings.getMany([webhookAuthKey, webhookRoutingKey]);
  return {
    auth: sourceAuthOf(values.get(webhookAuthKey), source),
    routing: routingOf(values.get(webhookRoutingKey)),
  };
}

async function authenticate(
  request: WebhookRequest,
  auth: WebhookSourceAuth | null,
  body: () => Promise<Buffer>,
) {
  if (auth?.secret == null) {
    if (auth?.open === true) return body();
    const message = `no secret is configured for ${request.source}; set one with \`aftermath webhook secret ${request.source}\``;
    throw new DomainError('unauthenticated', `Webhook refused: ${message}`, [
      { path: 'source', message },
    ]);
  }
  checkCredentials(request.source, request.headers, auth.secret);
  const bytes = await body();
  checkSignature(request.source, request.headers, bytes, auth.secret);
  return bytes;
}

function deliveryKeyOf(request: WebhookRequest, body: Buffer): string {
  if (request.source !== 'github') return createHash('sha256').update(body).digest('hex');
  const id = request.headers['x-github-delivery']?.trim();
  if (id) return id;
  const message = 'missing X-GitHub-Delivery header (the delivery id GitHub sends)';
  throw new DomainError('validation', `Webhook refused: ${message}`, [
    { path: 'X-GitHub-Delivery', message },
  ]);
}

async function openIncident(
  ctx: Context,
  decision: RouteDecision & { kind: 'create' },
  source: WebhookSource,
): Promise<IncidentKey> {
  const input = createIncidentInput.parse({
    title: decision.title.slice(0, 300),
    severity: decision.severity,
    services: decision.service === null ? [] : [decision.service],
    tags: ['webhook', source],
  });
  return (await createIncident(ctx, systemPrincipal, input)).key;
}

/**
 * The settings row every delivery rewrites to take its turn at routing (see routeAndStore). It is
 * bookkeeping, not workspace configuration: the audit log leaves it out.
 */
export const webhookRoutingTurnKey = 'webhooks.routing-turn';

/** Thrown inside the transaction when a concurrent twin of the delivery was stored first. */
class RepeatedDelivery extends Error {}

function asDuplicate(seen: WebhookDelivery): WebhookResult {
  const skipped = seen.entriesAdded + seen.duplicatesSkipped;
  return { ...seen, entriesAdded: 0, duplicatesSkipped: skipped, duplicate: true, created: false };
}

interface Accepted {
  request: WebhookRequest;
  deliveryKey: string;
  facts: AlertFacts;
  routing: WebhookRouting;
  blob: StoredBlob;
  /** A small body, kept by the transaction with its delivery record (null: already stored). */
  keep: Buffer | null;
  /** The body read as evidence, or why its importer refused it. */
  read: { evidence: ReadEvidence } | { failure: unknown };
}

/**
 * Runs the body's importer before the transaction, so parsing does not hold the database's one
 * write slot. A small body (the usual alert) is stored by the transaction itself, in the database
 * with its delivery record: one commit, no file and fsync per delivery. A larger one goes to the
 * blob folder first, synced; if its transaction then fails the blob is harmless
 * (content-addressed; `aftermath gc`).
 */
async function readBody(
  ctx: Context,
  request: WebhookRequest,
  body: Buffer,
  deliveryKey: string,
): Promise<Pick<Accepted, 'blob' | 'read' | 'keep'>> {
  const small = body.byteLength < smallBlobLimit && body.byteLength < detectionHeadBytes;
  const keptAs = small
    ? { sha256: createHash('sha256').update(body).digest('hex'), bytes: body.byteLength }
    : undefined;
  const keep = small ? body : null;
  const input = {
    source: streamOnce(body),
    name: `${request.source} webhook ${deliveryKey.slice(0, 16)}`,
    format: request.source,
    channel: 'webhook' as const,
    ...(keptAs === undefined ? {} : { keptAs }),
  };
  try {
    // Alert payloads carry full timestamps; the year only matters to formats without one.
    const evidence = await readEvidence(ctx, input, ctx.clock().getUTCFullYear());
    return { blob: evidence.blob, keep, read: { evidence } };
  } catch (failure) {
    // Only a delivery that reaches an incident needs its entries: a suppressed or unrouted one
    // is kept whatever its importer made of it, as before; the refusal waits for the routing.
    const blob = keptAs ?? (await ctx.store.blobs.put(streamOnce(body)));
    return { blob, keep, read: { failure } };
  }
}

/** Routes the delivery and writes incident, evidence and delivery record together. */
async function routeAndStore(ctx: Context, tx: Repositories, accepted: Accepted) {
  const { request, facts, read } = accepted;
  const receivedAt = ctx.clock().toISOString();
  // Writing one shared row first makes concurrent deliveries route one after the other (the row
  // stays locked until commit on PostgreSQL; SQLite runs one write transaction at a time), so two
  // alerts of one group arriving together cannot both open an incident.
  await tx.settings.set(webhookRoutingTurnKey, { receivedAt });
  const decision = await decideRoute(tx, accepted.routing, request.source, facts, receivedAt);
  const incidentKey =
    decision.kind === 'create'
      ? await openIncident(ctx, decision, request.source)
      : decision.kind === 'join'
        ? decision.incidentKey
        : null;
  if (incidentKey !== null && 'failure' in read) throw read.failure;
  const joined = decision.kind === 'join' ? decision.incident : undefined;
  const evidence =
    incidentKey === null || 'failure' in read
      ? null
      : await recordEvidence(ctx, systemPrincipal, incidentKey, read.evidence, tx, joined);
  const { blob } = accepted;
  const delivery: WebhookDelivery = {
    id: ctx.newId(),
    source: request.source,
    deliveryKey: accepted.deliveryKey,
    receivedAt,
    sha256: blob.sha256,
    bytes: blob.bytes,
    outcome:
      decision.kind === 'create' ? 'created' : decision.kind === 'join' ? 'joined' : decision.kind,
    incidentKey,
    groupKey: facts.groupKey,
    service: decision.service,
    reason: decision.reason,
    evidenceId: evidence?.id ?? null,
    entriesAdded: evidence?.entriesAdded ?? 0,
    duplicatesSkipped: evidence?.duplicatesSkipped ?? 0,
  };
  if (accepted.keep !== null) await ctx.store.blobs.keepSmall(accepted.keep);
  if (!(await tx.webhookDeliveries.insert(delivery))) throw new RepeatedDelivery();
  return { ...delivery, duplicate: false, created: decision.kind === 'create' };
}

/**
 * Receives one webhook delivery: authenticates it (bearer token, or HMAC over the raw bytes for
 * PagerDuty and GitHub; a source without a secret is refused unless opened for testing), reads
 * at most the configured body limit, refuses a body its importer cannot read, then routes it
 * (docs/webhooks.md) and stores incident, evidence and delivery record in one transaction. A
 * delivery seen before (same source and delivery id, or same bytes) adds nothing and says so.
 */
export async function receiveWebhook(
  ctx: Context,
  request: WebhookRequest,
): Promise<WebhookResult> {
  const { auth, routing } = await readDeliverySettings(ctx, request.source);
  const body = await authenticate(request, auth, () =>
    readLimitedBody(request.body, routing.bodyLimitBytes, request.declaredLength),
  );
  const deliveryKey = deliveryKeyOf(request, body);
  const seen = await ctx.store.webhookDeliveries.findByKey(request.source, deliveryKey);
  if (seen !== null) return asDuplicate(seen);
  const facts = await readAlertFacts(request.source, body, ctx.clock().getUTCFullYear());
  const accepted = {
    request,
    deliveryKey,
    facts,
    routing,
    ...(await readBody(ctx, request, body, deliveryKey)),
  };
  try {
    return await ctx.store.transaction((tx) => routeAndStore(ctx, tx, accepted));
  } catch (error) {
    if (!(error instanceof RepeatedDelivery)) throw error;
    const twin = await ctx.store.webhookDeliveries.findByKey(request.source, deliveryKey);
    if (twin === null) throw error;
    return asDuplicate(twin);
  }
}
