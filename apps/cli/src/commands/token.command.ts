import type { Command } from 'commander';
import { createApiToken, listApiTokens, revokeApiToken } from '@aftermath/core';
import { systemPrincipal, tokenScope, type ApiToken } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withDataOptions, type DataOptions } from '../store-options';
import { withIdentityContext } from './identity-context';

interface CreateOptions extends DataOptions {
  user: string;
  scope: string;
  expires?: string;
  description?: string;
}

const unitSeconds: Record<string, number> = { h: 3600, d: 86_400, w: 604_800 };

/** `--expires`: a duration (`12h`, `30d`, `8w`) from now, or an ISO date/time. */
export function parseExpiry(value: string | undefined, now: Date): string | null {
  if (value === undefined || value === 'never') return null;
  const duration = /^(\d+)([hdw])$/.exec(value);
  if (duration?.[1] !== undefined && duration[2] !== undefined) {
    const seconds = Number(duration[1]) * (unitSeconds[duration[2]] ?? 0);
    return new Date(now.getTime() + seconds * 1000).toISOString();
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    throw new UsageError('--expires: use a duration like 30d, 12h or 8w, an ISO date, or never');
  }
  return new Date(time).toISOString();
}

function formatTokens(tokens: ApiToken[]): string {
  if (tokens.length === 0) return 'No tokens.';
  return tokens
    .map((t) => {
      const state = t.revokedAt !== null ? 'revoked' : `expires ${t.expiresAt ?? 'never'}`;
      return `${t.id}\t${t.username}\t${t.scope}\t${state}\t${t.description}`;
    })
    .join('\n');
}

function registerCreate(token: Command): void {
  withDataOptions(
    token
      .command('create')
      .description('issue an API token; it is printed once and stored only as a hash')
      .requiredOption('--user <username>', 'the account the token acts for')
      .requiredOption('--scope <scope>', tokenScope.options.join('|'))
      .option('--expires <when>', 'a duration (30d, 12h, 8w), an ISO date, or never (default)')
      .option('--description <text>', 'what the token is for'),
  ).action(
    runAction(async (output, options: CreateOptions) => {
      const scope = tokenScope.safeParse(options.scope);
      if (!scope.success) {
        throw new UsageError(`--scope: must be one of ${tokenScope.options.join(', ')}`);
      }
      const expiresAt = parseExpiry(options.expires, new Date());
      const created = await withIdentityContext(options, (ctx) =>
        createApiToken(ctx, systemPrincipal, {
          username: options.user,
          scope: scope.data,
          expiresAt,
          description: options.description,
        }),
      );
      output.info(
        `Token ${created.record.id} for ${created.record.username} (${scope.data}); it is shown only now.`,
      );
      output.result({ token: created.token }, () => created.token);
    }),
  );
}

function registerList(token: Command): void {
  withDataOptions(
    token
      .command('list')
      .description('list API tokens (never their secrets)')
      .option('--user <username>', "only this account's tokens"),
  ).action(
    runAction(async (output, options: DataOptions & { user?: string }) => {
      const tokens = await withIdentityContext(options, (ctx) =>
        listApiTokens(ctx, systemPrincipal, options.user),
      );
      output.result({ items: tokens }, () => formatTokens(tokens));
    }),
  );
}

function registerRevoke(token: Command): void {
  withDataOptions(
    token.command('revoke').description('revoke an API token by its id').argument('<id>'),
  ).action(
    runAction(async (output, id: string, options: DataOptions) => {
      const revoked = await withIdentityContext(options, (ctx) =>
        revokeApiToken(ctx, systemPrincipal, id),
      );
      output.result(revoked, () => `Revoked ${revoked.id} (${revoked.username}).`);
    }),
  );
}

/** `aftermath token create|list|revoke`: API tokens, on the database directly. */
export function registerToken(program: Command): void {
  const token = program.command('token').description('API tokens: create, list, revoke');
  registerCreate(token);
  registerList(token);
  registerRevoke(token);
}
