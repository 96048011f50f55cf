import type { Command } from 'commander';
import { getPostmortemChecklist } from '@aftermath/core';
import { incidentKey, parseOrThrow, systemPrincipal } from '@aftermath/domain';
import { exitCode } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { formatChecklist } from './checklist.format';

/**
 * `aftermath checklist KEY [--json]`: the quality checklist of a stored postmortem (score, each
 * item with why and fix, what each gate lacks); exit 1 when an item fails. Separate from
 * `aftermath lint`, which checks Markdown files.
 */
export function registerChecklist(program: Command): void {
  withDataOptions(
    program
      .command('checklist')
      .description(
        "run the quality checklist on an incident's postmortem; exit 1 when an item fails",
      )
      .argument('<key>', 'e.g. INC-42'),
  ).action(
    runAction(async (output, key: string, options: DataOptions) => {
      const parsed = parseOrThrow(incidentKey, key, 'KEY');
      const checklist = await withContext(options, (ctx) =>
        getPostmortemChecklist(ctx, systemPrincipal, parsed),
      );
      output.result(checklist, () => formatChecklist(checklist));
      return checklist.passed === checklist.total ? exitCode.ok : exitCode.findings;
    }),
  );
}
