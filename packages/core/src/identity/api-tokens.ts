import {
  DomainError,
  notFound,
  tokenScope,
  type ApiToken,
  type Principal,
  type TokenScope,
} from '@aftermath/domain';
import { authorize, isAllowed } from '../authorization';
import type { Context } from '../context';
import { createPublicId, createSecret, hashSecret } from './secrets';
import { judgeTokenScopes, type TokenScopeOptions } from './token-scopes';

export type { TokenScopeOption, TokenScopeOptions } from './token-scopes';

/** What a new token is for. */
export interface NewApiToken {
  username: string;
  scope: TokenScope;
  /** UTC ISO expiry, or null for none. */
  expiresAt: string | null;
  description?: string;
}

/** The token text (shown once) and its record. */
export interface CreatedApiToken {
  token: string;
  record: ApiToken;
}

const tokenPrefix = 'amt_';

function isAdmin(principal: Principal): boolean {
  return isAllowed(principal, 'workspace.admin');
}

/** Who may manage `username`'s tokens: admins, and the person themself when signed in. */
function assertMayManage(principal: Principal, username: string): void {
  if (principal.kind === 'anonymous') authorize(principal, 'workspace.admin');
  if (isAdmin(principal)) return;
  // A token may not mint or revoke tokens, or a read token could mint a write one.
  if (principal.kind === 'user' && principal.username === username) return;
  throw new DomainError(
    'forbidden',
    `Only an admin or ${username} signed in may manage these tokens`,
  );
}

function parseExpiry(expiresAt: string | null, now: Date): string | null {
  if (expiresAt === null) return null;
  const time = Date.parse(expiresAt);
  if (Number.isNaN(time) || time <= now.getTime()) {
    throw new DomainError('validation', 'expiresAt: must be a time in the future', [
      { path: 'expiresAt', message: 'must be a time in the future' },
    ]);
  }
  return new Date(time).toISOString();
}

/** Issues a token; the text is returned once and only its SHA-256 is stored. */
export async function createApiToken(
  ctx: Context,
  principal: Principal,
  input: NewApiToken,
): Promise<CreatedApiToken> {
  assertMayManage(principal, input.username);
  const scope = tokenScope.safeParse(input.scope);
  if (!scope.success) {
    throw new DomainError('validation', 'scope: must be read, write, admin or webhook', [
      { path: 'scope', message: 'must be read, write, admin or webhook' },
    ]);
  }
  const owner = await ctx.store.accounts.get(input.username);
  if (owner === null) throw notFound('user', input.username);
  const { role, items } = await judgeTokenScopes(ctx, owner);
  if (!items.some((item) => item.scope === scope.data && item.allowed)) {
    throw new DomainError(
      'forbidden',
      `A ${role} (highest role, team roles included) cannot hold a ${scope.data} token`,
      [{ path: 'scope', message: `not allowed for the ${role} role` }],
    );
  }
  const now = ctx.clock();
  const id = createPublicId();
  const token = `${tokenPrefix}${id}_${createSecret()}`;
  const record: ApiToken = {
    id,
    username: owner.username,
    scope: scope.data,
    description: input.description ?? '',
    createdAt: now.toISOString(),
    expiresAt: parseExpiry(input.expiresAt, now),
    lastUsedAt: null,
    revokedAt: null,
  };
  await ctx.store.apiTokens.insert({ ...record, secretHash: hashSecret(token) });
  return { token, record };
}

/**
 * Which scopes a token of `username` (default: the caller) may have, each with the reason when
 * not, so a form offers only those. Admins may ask about anyone, others about themselves.
 */
export async function listTokenScopes(
  ctx: Context,
  principal: Principal,
  username?: string,
): Promise<TokenScopeOptions> {
  const name = username ?? principal.username ?? '';
  assertMayManage(principal, name);
  const owner = await ctx.store.accounts.get(name);
  if (owner === null) throw notFound('user', name);
  return judgeTokenScopes(ctx, owner);
}

/** Tokens, newest first: an admin's view of all (or one user's), otherwise one's own. */
export function listApiTokens(
  ctx: Context,
  principal: Principal,
  username?: string,
): Promise<ApiToken[]> {
  if (isAdmin(principal)) return ctx.store.apiTokens.list(username);
  const own = principal.username ?? '';
  assertMayManage(principal, username ?? own);
  return ctx.store.apiTokens.list(username ?? own);
}

/** Revokes a token by id; revoking twice keeps the first time. */
export async function revokeApiToken(
  ctx: Context,
  principal: Principal,
  id: string,
): Promise<ApiToken> {
  if (principal.kind === 'anonymous') authorize(principal, 'workspace.admin');
  const token = await ctx.store.apiTokens.get(id);
  if (token === null) throw notFound('token', id);
  assertMayManage(principal, token.username);
  await ctx.store.apiTokens.revoke(id, ctx.clock().toISOString());
  return (await ctx.store.apiTokens.get(id)) ?? token;
}

/** A live token's principal and when the token stops working (null: never). */
export interface ResolvedApiToken {
  principal: Principal;
  expiresAt: string | null;
}

/**
 * The principal an `Authorization: Bearer` token stands for, with the token's expiry, or null
 * when the token is unknown, revoked, expired or its account is disabled. The principal's role is
 * the owner's current role; its scope is the token's.
 */
export async function resolveApiTokenUntil(
  ctx: Context,
  token: string,
): Promise<ResolvedApiToken | null> {
  if (!token.startsWith(tokenPrefix)) return null;
  const record = await ctx.store.apiTokens.findBySecretHash(hashSecret(token));
  if (record === null || record.revokedAt !== null) return null;
  const now = ctx.clock();
  if (record.expiresAt !== null && Date.parse(record.expiresAt) <= now.getTime()) return null;
  const owner = await ctx.store.accounts.get(record.username);
  if (owner === null || owner.disabled) return null;
  const lastUsed = record.lastUsedAt === null ? 0 : Date.parse(record.lastUsedAt);
  if (now.getTime() - lastUsed > 60_000) {
    await ctx.store.apiTokens.touch(record.id, now.toISOString());
  }
  const principal: Principal = {
    kind: 'token',
    username: owner.username,
    role: owner.role,
    scopes: [record.scope],
  };
  return { principal, expiresAt: record.expiresAt };
}

/** The principal of {@link resolveApiTokenUntil} alone. */
export async function resolveApiToken(ctx: Context, token: string): Promise<Principal | null> {
  return (await resolveApiTokenUntil(ctx, token))?.principal ?? null;
}
