import {
  DomainError,
  webhookAuthSettings,
  webhookSource,
  type Principal,
  type WebhookSource,
  type WebhookSourceAuth,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { Repositories } from '../ports';

// Secrets are kept as given: PagerDuty and GitHub sign with HMAC, which needs the secret itself.
// They never leave through a use case: reads answer only whether one is set.
/** The settings key of every source's authentication. */
export const webhookAuthKey = 'webhooks.auth';
const settingKey = webhookAuthKey;

type SourceAuth = WebhookSourceAuth;

/** How each source proves a delivery is genuine. */
export const webhookScheme: Record<WebhookSource, 'hmac-sha256' | 'bearer'> = {
  alertmanager: 'bearer',
  grafana: 'bearer',
  pagerduty: 'hmac-sha256',
  opsgenie: 'bearer',
  github: 'hmac-sha256',
  cloudevents: 'bearer',
};

/** What anyone may learn about a source's authentication: never the secret itself. */
export interface WebhookSourceStatus {
  source: WebhookSource;
  scheme: 'hmac-sha256' | 'bearer';
  secretSet: boolean;
  open: boolean;
  updatedAt: string | null;
}

/** The change an operator asks for: a new secret, open mode, or neither (rejects everything). */
export type WebhookAuthChange = { secret: string } | { open: true } | { clear: true };

/** Shortest secret accepted: a guessable token would make the check pointless. */
export const minWebhookSecretLength = 16;

function authOf(value: unknown): Record<string, SourceAuth> {
  const parsed = webhookAuthSettings.safeParse(value);
  return parsed.success ? parsed.data : {};
}

async function readAuth(repos: Repositories): Promise<Record<string, SourceAuth>> {
  return authOf(await repos.settings.get(settingKey));
}

/**
 * One source's authentication (secret included) from the stored settings value, for checking a
 * delivery.
 */
export function sourceAuthOf(value: unknown, source: WebhookSource): SourceAuth | null {
  return authOf(value)[source] ?? null;
}

function toStatus(source: WebhookSource, auth: SourceAuth | undefined): WebhookSourceStatus {
  return {
    source,
    scheme: webhookScheme[source],
    secretSet: auth?.secret != null,
    open: auth?.open ?? false,
    updatedAt: auth?.updatedAt ?? null,
  };
}

/** Every webhook source with its scheme and whether a secret is set (never the secret). */
export async function listWebhookSources(
  ctx: Context,
  principal: Principal,
): Promise<WebhookSourceStatus[]> {
  authorize(principal, 'workspace.admin');
  const auth = await readAuth(ctx.store);
  return webhookSource.options.map((source) => toStatus(source, auth[source]));
}

function checkSecret(secret: string): string {
  const trimmed = secret.trim();
  if (trimmed.length >= minWebhookSecretLength && trimmed.length <= 1024) return trimmed;
  const message = `must be ${minWebhookSecretLength} to 1024 characters (got ${trimmed.length})`;
  throw new DomainError('validation', `secret: ${message}`, [{ path: 'secret', message }]);
}

/** Sets, opens or clears the authentication of one source; answers its new status. */
export async function setWebhookAuth(
  ctx: Context,
  principal: Principal,
  source: WebhookSource,
  change: WebhookAuthChange,
): Promise<WebhookSourceStatus> {
  authorize(principal, 'workspace.admin');
  const updatedAt = ctx.clock().toISOString();
  const next: SourceAuth =
    'secret' in change
      ? { secret: checkSecret(change.secret), open: false, updatedAt }
      : { secret: null, open: 'open' in change, updatedAt };
  return ctx.store.transaction(async (tx) => {
    const auth = await readAuth(tx);
    await tx.settings.set(settingKey, { ...auth, [source]: next });
    return toStatus(source, next);
  });
}
