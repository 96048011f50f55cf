import type { Command } from 'commander';
import {
  getReviewState,
  requestReviewers,
  setPostmortemOwner,
  submitReview,
  withdrawReviewRequest,
  type Context,
  type ReviewState,
} from '@aftermath/core';
import { incidentKey, parseOrThrow, systemPrincipal, type IncidentKey } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import type { Output } from '../output';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { formatReviewState } from './review.format';

type Step = (ctx: Context, key: IncidentKey) => Promise<ReviewState>;

/** Runs one review step on KEY and prints the review state (text, or JSON with --json). */
async function runStep(output: Output, key: string, options: DataOptions, step: Step) {
  const parsed = parseOrThrow(incidentKey, key, 'KEY');
  const state = await withContext(options, (ctx) => step(ctx, parsed));
  for (const warning of state.warnings) output.info(`warning: ${warning.message}`);
  output.result(state, () => formatReviewState(state));
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * `aftermath review show|owner|request|withdraw|approve|request-changes KEY …`: the postmortem's owner,
 * reviewers and verdicts. Until the CLI signs in, `--reviewer`/`--by` say who acts.
 */
export function registerReview(program: Command): void {
  const review = program
    .command('review')
    .description("a postmortem's review: owner, reviewers, approvals by severity");
  withDataOptions(
    review
      .command('show')
      .description('owner, reviewers, verdicts, approvals n of m')
      .argument('<key>'),
  ).action(
    runAction((output, key: string, options: DataOptions) =>
      runStep(output, key, options, (ctx, k) => getReviewState(ctx, systemPrincipal, k)),
    ),
  );
  withDataOptions(
    review
      .command('owner')
      .description('set the postmortem owner (warns when it is the incident commander)')
      .argument('<key>')
      .argument('[username]', 'the new owner')
      .option('--clear', 'remove the owner'),
  ).action(
    runAction(
      (
        output,
        key: string,
        username: string | undefined,
        options: DataOptions & { clear?: boolean },
      ) => {
        if ((username === undefined) !== (options.clear === true)) {
          throw new UsageError('give a username or --clear');
        }
        return runStep(output, key, options, (ctx, k) =>
          setPostmortemOwner(ctx, systemPrincipal, k, null, { owner: username ?? null }),
        );
      },
    ),
  );
  withDataOptions(
    review
      .command('request')
      .description('ask people or teams to review')
      .argument('<key>')
      .option('--reviewer <username>', 'a person (repeatable)', collect, [])
      .option('--team <name>', 'a team: any member may answer (repeatable)', collect, [])
      .option('--by <username>', 'who asks'),
  ).action(
    runAction(
      (
        output,
        key: string,
        options: DataOptions & { reviewer: string[]; team: string[]; by?: string },
      ) =>
        runStep(output, key, options, (ctx, k) =>
          requestReviewers(ctx, systemPrincipal, k, {
            reviewers: options.reviewer,
            teams: options.team,
            ...(options.by === undefined ? {} : { requestedBy: options.by }),
          }),
        ),
    ),
  );
  withDataOptions(
    review
      .command('withdraw')
      .description('take back a review request nobody has answered yet')
      .argument('<key>')
      .option('--reviewer <username>', 'the person asked')
      .option('--team <name>', 'the team asked'),
  ).action(
    runAction(
      (output, key: string, options: DataOptions & { reviewer?: string; team?: string }) => {
        if ((options.reviewer === undefined) === (options.team === undefined)) {
          throw new UsageError('give one of --reviewer or --team');
        }
        const request =
          options.reviewer !== undefined
            ? { kind: 'user' as const, name: options.reviewer }
            : { kind: 'team' as const, name: options.team ?? '' };
        return runStep(output, key, options, (ctx, k) =>
          withdrawReviewRequest(ctx, systemPrincipal, k, request),
        );
      },
    ),
  );
  for (const [name, decision] of [
    ['approve', 'approve'],
    ['request-changes', 'request_changes'],
  ] as const) {
    withDataOptions(
      review
        .command(name)
        .description(
          decision === 'approve'
            ? 'approve the latest version'
            : 'ask for changes (--note says which)',
        )
        .argument('<key>')
        .requiredOption('--reviewer <username>', 'who gives the verdict')
        .option('--note <text>', 'what to change, or a remark'),
    ).action(
      runAction((output, key: string, options: DataOptions & { reviewer: string; note?: string }) =>
        runStep(output, key, options, (ctx, k) =>
          submitReview(ctx, systemPrincipal, k, {
            decision,
            reviewer: options.reviewer,
            note: options.note ?? '',
          }),
        ),
      ),
    );
  }
}
