import type { Command } from 'commander';
import { createAccount, disableAccount, listAccounts, setAccountPassword } from '@aftermath/core';
import { role, systemPrincipal, type Account } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withDataOptions, type DataOptions } from '../store-options';
import { withIdentityContext } from './identity-context';
import { readSecretLine } from './read-secret';

interface CreateOptions extends DataOptions {
  username: string;
  password?: string;
  role?: string;
  admin?: boolean;
  displayName?: string;
}

async function passwordFrom(options: { password?: string }): Promise<string> {
  if (options.password !== undefined) return options.password;
  return readSecretLine('Password: ');
}

function chosenRole(options: CreateOptions) {
  if (options.admin === true) {
    if (options.role !== undefined && options.role !== 'admin') {
      throw new UsageError('--admin and --role disagree: choose one');
    }
    return 'admin';
  }
  const parsed = role.safeParse(options.role ?? 'responder');
  if (!parsed.success) throw new UsageError(`--role: must be one of ${role.options.join(', ')}`);
  return parsed.data;
}

function formatAccounts(accounts: Account[]): string {
  if (accounts.length === 0) return 'No accounts yet.';
  return accounts
    .map((a) => `${a.username}\t${a.role}${a.disabled ? '\tdisabled' : ''}\t${a.displayName}`)
    .join('\n');
}

function registerCreate(user: Command): void {
  withDataOptions(
    user
      .command('create')
      .description('create a local account; the password comes from --password, stdin or a prompt')
      .requiredOption('--username <name>', 'lower-case letters, digits, ".", "_" and "-"')
      .option('--password <password>', 'the password (prefer stdin: it stays out of shell history)')
      .option('--role <role>', role.options.join('|') + ' (default responder)')
      .option('--admin', 'shorthand for --role admin (the first admin)')
      .option('--display-name <name>', 'the name shown in the app'),
  ).action(
    runAction(async (output, options: CreateOptions) => {
      const wanted = chosenRole(options);
      const password = await passwordFrom(options);
      const account = await withIdentityContext(options, (ctx) =>
        createAccount(ctx, systemPrincipal, {
          username: options.username,
          password,
          role: wanted,
          displayName: options.displayName,
        }),
      );
      output.result(account, () => `Created ${account.username} (${account.role}).`);
    }),
  );
}

function registerList(user: Command): void {
  withDataOptions(user.command('list').description('list accounts')).action(
    runAction(async (output, options: DataOptions) => {
      const accounts = await withIdentityContext(options, (ctx) =>
        listAccounts(ctx, systemPrincipal),
      );
      output.result({ items: accounts }, () => formatAccounts(accounts));
    }),
  );
}

function registerDisable(user: Command): void {
  withDataOptions(
    user
      .command('disable')
      .description('disable an account: it cannot sign in, its sessions end, its tokens stop')
      .argument('<username>'),
  ).action(
    runAction(async (output, username: string, options: DataOptions) => {
      await withIdentityContext(options, (ctx) => disableAccount(ctx, systemPrincipal, username));
      output.result({ username, disabled: true }, () => `Disabled ${username}.`);
    }),
  );
}

function registerSetPassword(user: Command): void {
  withDataOptions(
    user
      .command('set-password')
      .description(
        "set an account's password (from --password, stdin or a prompt); ends its sessions",
      )
      .argument('<username>')
      .option('--password <password>', 'the new password (prefer stdin)'),
  ).action(
    runAction(async (output, username: string, options: DataOptions & { password?: string }) => {
      const password = await passwordFrom(options);
      await withIdentityContext(options, (ctx) =>
        setAccountPassword(ctx, systemPrincipal, username, password),
      );
      output.result({ username }, () => `Password of ${username} changed; its sessions ended.`);
    }),
  );
}

/** `aftermath user create|list|disable|set-password`: local accounts, on the database directly. */
export function registerUser(program: Command): void {
  const user = program
    .command('user')
    .description('local accounts: create, list, disable, set-password');
  registerCreate(user);
  registerList(user);
  registerDisable(user);
  registerSetPassword(user);
}
