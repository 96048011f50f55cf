import {
  DomainError,
  issuesToDetails,
  newAccount,
  password as passwordSchema,
  type Account,
  type NewAccount,
  type Principal,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { IdentityContext } from './passwords';
import type { StoredAccount } from './identity.ports';

function parseNewAccount(input: NewAccount) {
  const parsed = newAccount.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = issuesToDetails(parsed.error.issues);
  const first = details[0];
  throw new DomainError(
    'validation',
    `Invalid account: ${first?.path}: ${first?.message}`,
    details,
  );
}

async function toStored(ctx: IdentityContext, input: NewAccount): Promise<StoredAccount> {
  const valid = parseNewAccount(input);
  return {
    username: valid.username,
    displayName: valid.displayName ?? valid.username,
    role: valid.role,
    team: null,
    disabled: false,
    createdAt: ctx.clock().toISOString(),
    passwordHash: await ctx.passwords.hash(valid.password),
  };
}

/** The account as shown anywhere: without its password hash. */
export function withoutHash({ passwordHash, ...account }: StoredAccount): Account {
  void passwordHash;
  return account;
}

/** True while nobody can sign in: the first admin has to be created. */
export async function isSetupRequired(ctx: IdentityContext): Promise<boolean> {
  return (await ctx.store.accounts.countWithPassword()) === 0;
}

/** Creates a local account (admins and the local operator only). */
export async function createAccount(
  ctx: IdentityContext,
  principal: Principal,
  input: NewAccount,
): Promise<Account> {
  authorize(principal, 'workspace.admin');
  const account = await toStored(ctx, input);
  await ctx.store.accounts.insert(account);
  return withoutHash(account);
}

/**
 * Creates the first admin, allowed only while no account exists; of two concurrent calls one
 * wins and the other gets `conflict`. Needs no principal: nobody can be signed in yet.
 */
export async function setupFirstAdmin(
  ctx: IdentityContext,
  input: Omit<NewAccount, 'role'>,
): Promise<Account> {
  const account = await toStored(ctx, { ...input, role: 'admin' });
  if (!(await ctx.store.accounts.insertFirst(account))) {
    throw new DomainError('conflict', 'The first admin already exists; sign in instead', [
      { path: 'username', message: 'setup is complete' },
    ]);
  }
  return withoutHash(account);
}

/** Every account, by username (admins only). */
export function listAccounts(ctx: IdentityContext, principal: Principal): Promise<Account[]> {
  authorize(principal, 'workspace.admin');
  return ctx.store.accounts.list();
}

/** Disables an account and ends its sessions; its tokens stop working too. */
export async function disableAccount(
  ctx: IdentityContext,
  principal: Principal,
  username: string,
): Promise<void> {
  authorize(principal, 'workspace.admin');
  await ctx.store.transaction(async (tx) => {
    await tx.accounts.setDisabledAt(username, ctx.clock().toISOString());
    await tx.sessions.deleteForUser(username);
  });
}

/**
 * Sets a new password (admins for anyone; a signed-in person for themself) and ends the
 * account's sessions, so a stolen session dies with the old password.
 */
export async function setAccountPassword(
  ctx: IdentityContext,
  principal: Principal,
  username: string,
  password: string,
): Promise<void> {
  if (principal.username !== username || principal.kind !== 'user') {
    authorize(principal, 'workspace.admin');
  }
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'invalid';
    throw new DomainError('validation', `password: ${message}`, [{ path: 'password', message }]);
  }
  const hash = await ctx.passwords.hash(parsed.data);
  await ctx.store.transaction(async (tx) => {
    await tx.accounts.setPasswordHash(username, hash);
    await tx.sessions.deleteForUser(username);
  });
}
