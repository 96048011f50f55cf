import type { Command } from 'commander';
import { listTeamMembers, removeTeamMember, setTeamMember } from '@aftermath/core';
import { role, systemPrincipal, type TeamMembership } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';

function formatMembers(members: TeamMembership[]): string {
  if (members.length === 0) return 'No team members.';
  return members.map((m) => `${m.team}\t${m.username}\t${m.role}`).join('\n');
}

function registerAdd(member: Command): void {
  withDataOptions(
    member
      .command('add')
      .description('give a person a role in a team (replaces their role there)')
      .argument('<team>')
      .argument('<username>')
      .requiredOption('--role <role>', role.options.join('|')),
  ).action(
    runAction(
      async (output, team: string, username: string, options: DataOptions & { role: string }) => {
        const parsed = role.safeParse(options.role);
        if (!parsed.success)
          throw new UsageError(`--role: must be one of ${role.options.join(', ')}`);
        const membership = await withContext(options, (ctx) =>
          setTeamMember(ctx, systemPrincipal, { team, username, role: parsed.data }),
        );
        output.result(membership, () => `${username} is ${parsed.data} in ${team}.`);
      },
    ),
  );
}

function registerRemove(member: Command): void {
  withDataOptions(
    member
      .command('remove')
      .description('take a person out of a team')
      .argument('<team>')
      .argument('<username>'),
  ).action(
    runAction(async (output, team: string, username: string, options: DataOptions) => {
      await withContext(options, (ctx) => removeTeamMember(ctx, systemPrincipal, team, username));
      output.result({ team, username, removed: true }, () => `${username} left ${team}.`);
    }),
  );
}

function registerList(member: Command): void {
  withDataOptions(
    member
      .command('list')
      .description('roles per team')
      .argument('[team]', 'only this team')
      .option('--user <username>', "only this person's memberships"),
  ).action(
    runAction(
      async (output, team: string | undefined, options: DataOptions & { user?: string }) => {
        const items = await withContext(options, (ctx) =>
          listTeamMembers(ctx, systemPrincipal, { team, username: options.user }),
        );
        output.result({ items }, () => formatMembers(items));
      },
    ),
  );
}

/** `aftermath team member add|remove|list`: roles per team, on the database directly. */
export function registerTeam(program: Command): void {
  const team = program.command('team').description('teams: roles per team');
  const member = team
    .command('member')
    .description('roles per team: viewer, responder, reviewer, admin');
  registerAdd(member);
  registerRemove(member);
  registerList(member);
}
