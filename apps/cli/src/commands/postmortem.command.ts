import type { Command } from 'commander';
import { getJointPostmortem, linkIncidents, unlinkIncident, type Context } from '@aftermath/core';
import {
  incidentKey,
  parseOrThrow,
  systemPrincipal,
  type IncidentKey,
  type JointPostmortem,
} from '@aftermath/domain';
import type { Output } from '../output';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { formatJointPostmortem } from './postmortem.format';

type Step = (ctx: Context, key: IncidentKey) => Promise<JointPostmortem>;

/** Runs one step on KEY's joint postmortem and prints it (text, or JSON with --json). */
async function runStep(output: Output, key: string, options: DataOptions, step: Step) {
  const parsed = parseOrThrow(incidentKey, key, 'KEY');
  const joint = await withContext(options, (ctx) => step(ctx, parsed));
  output.result(joint, () => formatJointPostmortem(parsed, joint));
}

/**
 * `aftermath postmortem link|unlink|linked KEY …`: joint postmortems, one postmortem (KEY's)
 * covering several incidents with one owner and shared actions.
 */
export function registerPostmortem(program: Command): void {
  const postmortem = program
    .command('postmortem')
    .description('joint postmortems: one postmortem covering several incidents');
  withDataOptions(
    postmortem
      .command('linked')
      .description("the incidents KEY's postmortem covers, or the joint postmortem covering KEY")
      .argument('<key>'),
  ).action(
    runAction((output, key: string, options: DataOptions) =>
      runStep(output, key, options, (ctx, k) => getJointPostmortem(ctx, systemPrincipal, k)),
    ),
  );
  withDataOptions(
    postmortem
      .command('link')
      .description(
        "link incidents into KEY's postmortem (all or none; refused when one is covered elsewhere, has its own written postmortem, or is restricted while KEY is not)",
      )
      .argument('<key>', 'the primary incident, whose postmortem becomes joint')
      .argument('<others...>', 'the incidents to link'),
  ).action(
    runAction((output, key: string, others: string[], options: DataOptions) =>
      runStep(output, key, options, (ctx, k) =>
        linkIncidents(ctx, systemPrincipal, k, { keys: others }),
      ),
    ),
  );
  withDataOptions(
    postmortem
      .command('unlink')
      .description("remove incidents from KEY's joint postmortem")
      .argument('<key>')
      .argument('<others...>', 'the linked incidents to remove'),
  ).action(
    runAction((output, key: string, others: string[], options: DataOptions) =>
      runStep(output, key, options, (ctx, k) => {
        const parsed = others.map((other, i) => parseOrThrow(incidentKey, other, `OTHERS/${i}`));
        // One transaction: an unknown key in the list unlinks none of them.
        return ctx.store.transaction(async () => {
          let joint = await getJointPostmortem(ctx, systemPrincipal, k);
          for (const other of parsed) joint = await unlinkIncident(ctx, systemPrincipal, k, other);
          return joint;
        });
      }),
    ),
  );
}
