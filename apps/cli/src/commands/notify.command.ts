import type { Command } from 'commander';
import {
  listNotificationDeliveries,
  listNotificationTargets,
  removeNotificationTarget,
  sendTestNotification,
  setNotificationTarget,
} from '@aftermath/core';
import { deliveryStatus, parseOrThrow, systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { formatDeliveries, formatTargets } from './notify.format';
import { readEnv } from './read-env';

interface TargetOptions extends DataOptions {
  type?: string;
  events: string;
  url?: string;
  secretEnv?: string;
  smtpHost?: string;
  smtpPort?: string;
  smtpSecure?: boolean;
  smtpUser?: string;
  smtpPasswordEnv?: string;
  from?: string;
  to?: string;
}

/** The target the flags describe; `setNotificationTarget` checks it and names any bad field. */
function readTarget(options: TargetOptions): Record<string, unknown> {
  const events =
    options.events.trim() === '*' ? '*' : options.events.split(',').map((e) => e.trim());
  const base = { type: options.type, events };
  if (options.type !== 'email') {
    const secret = readEnv('--secret-env', options.secretEnv);
    return { ...base, url: options.url, ...(secret === undefined ? {} : { secret }) };
  }
  const password = readEnv('--smtp-password-env', options.smtpPasswordEnv);
  return {
    ...base,
    from: options.from,
    to: options.to?.split(',').map((a) => a.trim()) ?? [],
    smtp: {
      host: options.smtpHost,
      ...(options.smtpPort === undefined ? {} : { port: Number(options.smtpPort) }),
      secure: options.smtpSecure === true,
      ...(options.smtpUser === undefined ? {} : { user: options.smtpUser }),
      ...(password === undefined ? {} : { password }),
    },
  };
}

function registerTargets(notify: Command): void {
  const targets = notify.command('targets').description('where notifications go');
  withDataOptions(targets.command('list').description('list the targets (secrets hidden)')).action(
    runAction(async (output, options: DataOptions) => {
      const items = await withContext(options, (ctx) =>
        listNotificationTargets(ctx, systemPrincipal),
      );
      output.result({ items }, () => formatTargets(items));
    }),
  );
  withDataOptions(
    targets
      .command('set')
      .description('create or replace a target: slack, webhook (HMAC-signed) or email (SMTP)')
      .argument('<name>', 'lower-case letters, digits and "-"')
      .requiredOption('--type <type>', 'slack|webhook|email')
      .option('--events <kinds>', 'comma-separated event kinds, or * for all', '*')
      .option('--url <url>', 'slack, webhook: where to POST')
      .option('--secret-env <VAR>', 'webhook: read the signing secret (16+ characters) from VAR')
      .option('--smtp-host <host>', 'email: SMTP server')
      .option('--smtp-port <port>', 'email: SMTP port (default 587)')
      .option('--smtp-secure', 'email: TLS from the first byte (port 465)')
      .option('--smtp-user <user>', 'email: SMTP login')
      .option('--smtp-password-env <VAR>', 'email: read the SMTP password from VAR')
      .option('--from <address>', 'email: sender address')
      .option('--to <addresses>', 'email: comma-separated recipients'),
  ).action(
    runAction(async (output, name: string, options: TargetOptions) => {
      const target = readTarget(options);
      const saved = await withContext(options, (ctx) =>
        setNotificationTarget(ctx, systemPrincipal, name, target),
      );
      output.result(saved, () => formatTargets([saved]));
    }),
  );
  withDataOptions(
    targets.command('remove').description('remove a target').argument('<name>', 'target name'),
  ).action(
    runAction(async (output, name: string, options: DataOptions) => {
      await withContext(options, (ctx) => removeNotificationTarget(ctx, systemPrincipal, name));
      output.result({ removed: name }, () => `Removed notification target ${name}.`);
    }),
  );
}

interface DeliveryOptions extends DataOptions {
  status?: string;
  limit: string;
}

/** `aftermath notify …`: targets, a test message, and the delivery log. */
export function registerNotify(program: Command): void {
  const notify = program
    .command('notify')
    .description('notification targets (Slack, signed webhooks, e-mail) and the delivery log');
  registerTargets(notify);
  withDataOptions(
    notify
      .command('test')
      .description('queue a test message to one target (a running worker sends it)')
      .argument('<name>', 'target name'),
  ).action(
    runAction(async (output, name: string, options: DataOptions) => {
      const id = await withContext(options, (ctx) =>
        sendTestNotification(ctx, systemPrincipal, name),
      );
      output.result({ id }, () => `Queued test delivery ${id} to ${name}.`);
    }),
  );
  withDataOptions(
    notify
      .command('deliveries')
      .description('the delivery log, newest first: status, attempts, last error')
      .option('--status <status>', deliveryStatus.options.join('|'))
      .option('--limit <n>', 'at most this many', '50'),
  ).action(
    runAction(async (output, options: DeliveryOptions) => {
      const status =
        options.status === undefined
          ? undefined
          : parseOrThrow(deliveryStatus, options.status, '--status');
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
        throw new UsageError(`--limit must be a whole number from 1 to 1000, not ${options.limit}`);
      }
      const items = await withContext(options, (ctx) =>
        listNotificationDeliveries(ctx, systemPrincipal, {
          ...(status === undefined ? {} : { status }),
          limit,
        }),
      );
      const failed = items.some((d) => d.status === 'failed');
      output.result({ items }, () => formatDeliveries(items));
      return failed ? 1 : 0;
    }),
  );
}
