import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { checkIncidentPolicy, getDecisionPolicy, setDecisionPolicy } from '@aftermath/core';
import { incidentKey, parseOrThrow, systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { formatPolicyCheck } from './policy.format';

async function readPolicyFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${file}: cannot read the policy file (${reason})`);
  }
}

function registerCheck(policy: Command): void {
  withDataOptions(
    policy
      .command('check')
      .description('explain what the policy requires for an incident: full, lightweight or none')
      .argument('<key>', 'e.g. INC-42'),
  ).action(
    runAction(async (output, key: string, options: DataOptions) => {
      const parsed = parseOrThrow(incidentKey, key, 'KEY');
      const check = await withContext(options, (ctx) =>
        checkIncidentPolicy(ctx, systemPrincipal, parsed),
      );
      output.result(check, () => formatPolicyCheck(check));
    }),
  );
}

function registerShow(policy: Command): void {
  withDataOptions(
    policy.command('show').description('print the workspace policy as YAML (defaults filled in)'),
  ).action(
    runAction(async (output, options: DataOptions) => {
      const saved = await withContext(options, (ctx) => getDecisionPolicy(ctx, systemPrincipal));
      const { renderPolicyYaml } = await import('@aftermath/analysis');
      output.result(saved, () => renderPolicyYaml(saved).trimEnd());
    }),
  );
}

function registerSet(policy: Command): void {
  withDataOptions(
    policy
      .command('set')
      .description('validate a policy file (YAML) and make it the workspace policy')
      .argument('<file>', 'policy YAML; docs/policy.md lists the fields'),
  ).action(
    runAction(async (output, file: string, options: DataOptions) => {
      const { readPolicyYaml } = await import('@aftermath/analysis');
      const read = readPolicyYaml(await readPolicyFile(file), file);
      const saved = await withContext(options, (ctx) =>
        setDecisionPolicy(ctx, systemPrincipal, read),
      );
      output.info(`policy from ${file} saved`);
      output.result(saved, () => `Policy saved from ${file}.`);
    }),
  );
}

/**
 * `aftermath policy check KEY | show | set FILE`: the decision policy (when a postmortem is
 * required, deadlines, gates). `check` explains the decision; `set` refuses a bad file with exit 2
 * naming `file:line:field`.
 */
export function registerPolicy(program: Command): void {
  const policy = program
    .command('policy')
    .description('the decision policy: when a postmortem is required, by when, and its gates');
  registerCheck(policy);
  registerShow(policy);
  registerSet(policy);
}
