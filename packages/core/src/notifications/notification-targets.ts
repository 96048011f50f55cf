import {
  DomainError,
  notificationTarget,
  notificationTargets,
  parseOrThrow,
  type NotificationTarget,
  type Principal,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';

// Targets live in one settings value. Secrets (webhook secret, SMTP password) are kept as given,
// because signing and logging in need them, and never leave through a read.
const settingKey = 'notifications.targets';
const storedTargets = notificationTargets;

/** A target as anyone may see it: secrets replaced by whether one is set. */
export type NotificationTargetView =
  | Omit<Extract<NotificationTarget, { type: 'slack' }>, never>
  | (Omit<Extract<NotificationTarget, { type: 'webhook' }>, 'secret'> & { secretSet: true })
  | (Omit<Extract<NotificationTarget, { type: 'email' }>, 'smtp'> & {
      smtp: Omit<Extract<NotificationTarget, { type: 'email' }>['smtp'], 'password'> & {
        passwordSet: boolean;
      };
    });

/** Every configured target with its secrets, for delivering (never for answering a request). */
export async function readNotificationTargets(ctx: Context): Promise<NotificationTarget[]> {
  const parsed = storedTargets.safeParse(await ctx.store.settings.get(settingKey));
  return parsed.success ? parsed.data : [];
}

function toView(target: NotificationTarget): NotificationTargetView {
  switch (target.type) {
    case 'slack':
      return target;
    case 'webhook': {
      const { secret, ...rest } = target;
      void secret;
      return { ...rest, secretSet: true };
    }
    case 'email': {
      const { password, ...smtp } = target.smtp;
      return { ...target, smtp: { ...smtp, passwordSet: password !== undefined } };
    }
  }
}

/** The configured targets by name, secrets hidden. */
export async function listNotificationTargets(
  ctx: Context,
  principal: Principal,
): Promise<NotificationTargetView[]> {
  authorize(principal, 'workspace.admin');
  return (await readNotificationTargets(ctx)).map(toView);
}

/**
 * Creates or replaces the target named `name` (the body's `name` must match when given). An
 * e-mail target sent without `smtp.password` keeps the stored one, so a listed target can be
 * edited and put back without its secret.
 */
export async function setNotificationTarget(
  ctx: Context,
  principal: Principal,
  name: string,
  input: unknown,
): Promise<NotificationTargetView> {
  authorize(principal, 'workspace.admin');
  const body = typeof input === 'object' && input !== null ? { name, ...input } : input;
  const target = parseOrThrow(notificationTarget, body);
  if (target.name !== name) {
    throw new DomainError('validation', `name: the body says ${target.name}, the path ${name}`, [
      { path: 'name', message: 'must match the target named in the path' },
    ]);
  }
  return ctx.store.transaction(async (tx) => {
    const parsed = storedTargets.safeParse(await tx.settings.get(settingKey));
    const targets = parsed.success ? parsed.data : [];
    const old = targets.find((t) => t.name === name);
    const kept =
      target.type === 'email' && target.smtp.password === undefined && old?.type === 'email'
        ? { ...target, smtp: { ...target.smtp, password: old.smtp.password } }
        : target;
    const next = [...targets.filter((t) => t.name !== name), kept].sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    await tx.settings.set(settingKey, next);
    return toView(kept);
  });
}

/** Removes a target; `not_found` when there is none by that name. Queued deliveries to it fail. */
export async function removeNotificationTarget(
  ctx: Context,
  principal: Principal,
  name: string,
): Promise<void> {
  authorize(principal, 'workspace.admin');
  await ctx.store.transaction(async (tx) => {
    const parsed = storedTargets.safeParse(await tx.settings.get(settingKey));
    const targets = parsed.success ? parsed.data : [];
    if (!targets.some((t) => t.name === name)) {
      throw new DomainError('not_found', `No notification target ${name}`);
    }
    await tx.settings.set(
      settingKey,
      targets.filter((t) => t.name !== name),
    );
  });
}
