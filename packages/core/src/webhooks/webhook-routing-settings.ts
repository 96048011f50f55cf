import {
  DomainError,
  issuesToDetails,
  webhookRouting,
  type Principal,
  type WebhookRouting,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { Repositories } from '../ports';

/** The settings key of the webhook routing. */
export const webhookRoutingKey = 'webhooks.routing';
const settingKey = webhookRoutingKey;

/** The routing a stored settings value holds, or the defaults when it holds none. */
export function routingOf(value: unknown): WebhookRouting {
  const saved = webhookRouting.safeParse(value);
  return saved.success ? saved.data : webhookRouting.parse({});
}

/** The saved routing, or the defaults (no rules, no maintenance, 60-minute window, 1 MiB). */
export async function readWebhookRouting(repos: Repositories): Promise<WebhookRouting> {
  return routingOf(await repos.settings.get(settingKey));
}

/** The routing rules, maintenance windows and limits of webhook deliveries. */
export async function getWebhookRouting(
  ctx: Context,
  principal: Principal,
): Promise<WebhookRouting> {
  authorize(principal, 'workspace.admin');
  return readWebhookRouting(ctx.store);
}

/**
 * Replaces the routing configuration after validating it whole (each bad field named); an
 * invalid configuration changes nothing.
 */
export async function setWebhookRouting(
  ctx: Context,
  principal: Principal,
  input: unknown,
): Promise<WebhookRouting> {
  authorize(principal, 'workspace.admin');
  const parsed = webhookRouting.safeParse(input);
  if (!parsed.success) {
    const details = issuesToDetails(parsed.error.issues);
    const first = details[0];
    throw new DomainError(
      'validation',
      `Invalid webhook routing: ${first?.path}: ${first?.message}`,
      details,
    );
  }
  await ctx.store.settings.set(settingKey, parsed.data);
  return parsed.data;
}
