import type { Command } from 'commander';
import { loadDemoWorkspace } from '@aftermath/core';
import { systemPrincipal } from '@aftermath/domain';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';

/** `aftermath demo`: loads the demo workspace into an empty instance. */
export function registerDemo(program: Command): void {
  withDataOptions(
    program.command('demo').description('load the demo workspace (only into an empty instance)'),
  ).action(
    runAction(async (output, options: DataOptions) => {
      const result = await withContext(options, (ctx) => loadDemoWorkspace(ctx, systemPrincipal));
      output.result(result, () =>
        result.loaded
          ? `Loaded the demo workspace: ${result.incidents} incidents.`
          : `Not loaded: the instance already has ${result.incidents} incidents.`,
      );
    }),
  );
}
