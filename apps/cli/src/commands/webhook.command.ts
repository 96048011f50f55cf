import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import {
  getWebhookRouting,
  listWebhookDeliveries,
  listWebhookSources,
  openDeliveryBytes,
  setWebhookAuth,
  setWebhookRouting,
  type WebhookAuthChange,
} from '@aftermath/core';
import { parseOrThrow, systemPrincipal, webhookOutcome, webhookSource } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { formatDeliveries, formatSources } from './webhook.format';

interface SecretOptions extends DataOptions {
  fromEnv?: string;
  open?: boolean;
  clear?: boolean;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Type the secret, then press Ctrl-D:\n');
  let text = '';
  for await (const chunk of process.stdin) text += (chunk as Buffer).toString('utf8');
  return text.replace(/\r?\n$/, '');
}

/** What `webhook secret` was asked to do; the secret itself never comes from the command line. */
async function readAuthChange(options: SecretOptions): Promise<WebhookAuthChange> {
  const chosen = [options.fromEnv !== undefined, options.open === true, options.clear === true];
  if (chosen.filter(Boolean).length > 1) {
    throw new UsageError('choose one of --from-env, --open and --clear');
  }
  if (options.open === true) return { open: true };
  if (options.clear === true) return { clear: true };
  if (options.fromEnv === undefined) return { secret: await readStdin() };
  const secret = process.env[options.fromEnv];
  if (secret === undefined || secret === '') {
    throw new UsageError(`--from-env: the environment variable ${options.fromEnv} is not set`);
  }
  return { secret };
}

function registerSecret(webhook: Command): void {
  withDataOptions(
    webhook
      .command('secret')
      .description(
        "set a source's webhook secret (bearer token or HMAC key), read from stdin or --from-env",
      )
      .argument('<source>', webhookSource.options.join('|'))
      .option('--from-env <VAR>', 'read the secret from this environment variable')
      .option('--open', 'accept deliveries without any secret (local testing only)')
      .option('--clear', 'remove the secret: every delivery is refused'),
  ).action(
    runAction(async (output, source: string, options: SecretOptions) => {
      const parsed = parseOrThrow(webhookSource, source, 'SOURCE');
      const change = await readAuthChange(options);
      const status = await withContext(options, (ctx) =>
        setWebhookAuth(ctx, systemPrincipal, parsed, change),
      );
      output.result(status, () => formatSources([status]));
    }),
  );
}

function registerRules(webhook: Command): void {
  withDataOptions(
    webhook
      .command('rules')
      .description('show the routing rules, or replace them from a YAML or JSON file')
      .argument('[file]', 'routing file (docs/webhooks.md); without it, print the current rules'),
  ).action(
    runAction(async (output, file: string | undefined, options: DataOptions) => {
      const { readWebhookRoutingFile, renderWebhookRoutingFile } =
        await import('@aftermath/analysis');
      const routing = await withContext(options, async (ctx) => {
        if (file === undefined) return getWebhookRouting(ctx, systemPrincipal);
        const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
          throw new UsageError(`${file}: cannot read (${error.code ?? error.message})`);
        });
        return setWebhookRouting(ctx, systemPrincipal, readWebhookRoutingFile(text, file));
      });
      output.result(routing, () => renderWebhookRoutingFile(routing).trimEnd());
    }),
  );
}

type DeliveriesOptions = DataOptions & { outcome?: string; limit: string; raw?: string };

/** Streams a stored delivery body to stdout, untouched (no newline added, `--json` or not). */
async function writeDeliveryBody(options: DataOptions, id: string): Promise<void> {
  await withContext(options, async (ctx) => {
    const { stream } = await openDeliveryBytes(ctx, systemPrincipal, id);
    await pipeline(Readable.from(stream), process.stdout, { end: false });
  });
}

/**
 * `aftermath webhook list|secret|rules|deliveries`: webhook sources and their secrets (never
 * shown), routing rules, and recent deliveries (`--outcome unrouted` for evidence no incident
 * took; `--raw ID` writes one delivery's body to stdout). JSON: `list` →
 * `{"items":[{"source","scheme","secretSet","open","updatedAt"}]}`.
 */
export function registerWebhook(program: Command): void {
  const webhook = program
    .command('webhook')
    .description('webhook sources, secrets, routing rules and deliveries');
  withDataOptions(
    webhook.command('list').description('each source, its scheme and whether a secret is set'),
  ).action(
    runAction(async (output, options: DataOptions) => {
      const items = await withContext(options, (ctx) => listWebhookSources(ctx, systemPrincipal));
      output.result({ items }, () => formatSources(items));
    }),
  );
  registerSecret(webhook);
  registerRules(webhook);
  withDataOptions(
    webhook
      .command('deliveries')
      .description('recent deliveries, newest first')
      .option('--outcome <outcome>', webhookOutcome.options.join('|'))
      .option('--limit <n>', 'at most this many', '50')
      .option('--raw <id>', "write that delivery's body, exactly as received, to stdout"),
  ).action(
    runAction(async (output, options: DeliveriesOptions) => {
      if (options.raw !== undefined) {
        await writeDeliveryBody(options, options.raw);
        return;
      }
      const outcome =
        options.outcome === undefined
          ? undefined
          : parseOrThrow(webhookOutcome, options.outcome, '--outcome');
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError('--limit: a positive integer');
      const items = await withContext(options, (ctx) =>
        listWebhookDeliveries(ctx, systemPrincipal, { ...(outcome ? { outcome } : {}), limit }),
      );
      output.result({ items }, () => formatDeliveries(items));
    }),
  );
}
