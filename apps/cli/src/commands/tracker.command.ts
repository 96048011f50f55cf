import type { Command } from 'commander';
import type { TrackerDeps } from '@aftermath/core';
import {
  linkActionIssue,
  listTrackerConfigs,
  removeTrackerConfig,
  requestActionIssue,
  setTrackerConfig,
} from '@aftermath/core';
import { systemPrincipal, type TrackerConfigView } from '@aftermath/domain';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { readEnv } from './read-env';

interface SetOptions extends DataOptions {
  kind: string;
  baseUrl: string;
  project: string;
  user?: string;
  tokenEnv?: string;
  webhookSecretEnv?: string;
  autoCreate?: boolean;
}

async function trackerDeps(options: DataOptions): Promise<TrackerDeps> {
  const { createTrackerDeps } = await import('@aftermath/server');
  return createTrackerDeps(process.env, options.data);
}

function formatTrackers(items: readonly TrackerConfigView[]): string {
  if (items.length === 0) return 'No issue trackers. Add one with `aftermath tracker set`.';
  return items
    .map((t) => {
      const flags = [t.webhookSecretSet ? 'webhook secret set' : 'no webhook secret'];
      if (t.autoCreate) flags.push('auto-create');
      return `${t.team}  ${t.kind}  ${t.project} at ${t.baseUrl}  (${flags.join(', ')})`;
    })
    .join('\n');
}

function registerConfig(tracker: Command): void {
  withDataOptions(
    tracker.command('list').description('issue trackers per team (tokens hidden)'),
  ).action(
    runAction(async (output, options: DataOptions) => {
      const items = await withContext(options, (ctx) => listTrackerConfigs(ctx, systemPrincipal));
      output.result({ items }, () => formatTrackers(items));
    }),
  );
  withDataOptions(
    tracker
      .command('set')
      .description("create or replace a team's tracker; the token is stored encrypted")
      .argument('<team>', 'team name, or "default" for actions whose team has none')
      .requiredOption('--kind <kind>', 'github|jira|linear')
      .requiredOption('--base-url <url>', 'API root, e.g. https://api.github.com')
      .requiredOption('--project <project>', 'GitHub owner/repo, Jira project key, Linear team id')
      .option('--user <email>', 'Jira: the account e-mail the API token belongs to')
      .option('--token-env <VAR>', 'read the API token from VAR (kept when left out)')
      .option('--webhook-secret-env <VAR>', "read the tracker webhook's signing secret from VAR")
      .option('--auto-create', 'file an issue for every new open action of the team'),
  ).action(
    runAction(async (output, team: string, options: SetOptions) => {
      const token = readEnv('--token-env', options.tokenEnv);
      const webhookSecret = readEnv('--webhook-secret-env', options.webhookSecretEnv);
      const body = {
        kind: options.kind,
        baseUrl: options.baseUrl,
        project: options.project,
        ...(options.user === undefined ? {} : { user: options.user }),
        ...(token === undefined ? {} : { token }),
        ...(webhookSecret === undefined ? {} : { webhookSecret }),
        autoCreate: options.autoCreate === true,
      };
      const deps = await trackerDeps(options);
      const saved = await withContext(options, (ctx) =>
        setTrackerConfig(ctx, systemPrincipal, deps.secrets, team, body),
      );
      output.result(saved, () => formatTrackers([saved]));
    }),
  );
  withDataOptions(
    tracker.command('remove').description("remove a team's tracker").argument('<team>', 'team'),
  ).action(
    runAction(async (output, team: string, options: DataOptions) => {
      await withContext(options, (ctx) => removeTrackerConfig(ctx, systemPrincipal, team));
      output.result({ removed: team }, () => `Removed the issue tracker of ${team}.`);
    }),
  );
}

interface IssueOptions extends DataOptions {
  team?: string;
}

/** `aftermath tracker …`: trackers per team, and filing or linking an action's issue. */
export function registerTracker(program: Command): void {
  const tracker = program
    .command('tracker')
    .description('issue trackers per team (GitHub, Jira, Linear) and the issues of actions');
  registerConfig(tracker);
  withDataOptions(
    tracker
      .command('issue')
      .description("queue the creation of an action's issue (a running worker files it)")
      .argument('<action-id>', 'the action item id')
      .option('--team <team>', "this team's tracker instead of the action's team"),
  ).action(
    runAction(async (output, actionId: string, options: IssueOptions) => {
      const queued = await withContext(options, (ctx) =>
        requestActionIssue(ctx, systemPrincipal, actionId, { team: options.team }),
      );
      output.result(
        queued,
        () => `Queued delivery ${queued.deliveryId} to ${queued.team}'s tracker.`,
      );
    }),
  );
  withDataOptions(
    tracker
      .command('link')
      .description('link an existing issue to an action (read from the tracker now)')
      .argument('<action-id>', 'the action item id')
      .argument('<ref>', 'the issue: 12 or #12 (GitHub), OPS-4 (Jira), ENG-12 (Linear)')
      .option('--team <team>', "this team's tracker instead of the action's team"),
  ).action(
    runAction(async (output, actionId: string, ref: string, options: IssueOptions) => {
      const deps = await trackerDeps(options);
      const link = await withContext(options, (ctx) =>
        linkActionIssue(ctx, systemPrincipal, deps, actionId, { ref, team: options.team }),
      );
      output.result(link, () => `Linked ${link.ref} (${link.state}: ${link.status}) ${link.url}`);
    }),
  );
}
