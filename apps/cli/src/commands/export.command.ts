import type { Command } from 'commander';
import { exportDocument } from '@aftermath/core';
import { incidentKey, parseOrThrow, systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';

interface ExportOptions extends DataOptions {
  format: string;
}

/** `aftermath export KEY --format md|json`: the postmortem document on stdout. */
export function registerExport(program: Command): void {
  withDataOptions(
    program
      .command('export')
      .description('print an incident and its postmortem as Aftermath Markdown or JSON')
      .argument('<key>', 'e.g. INC-42')
      .option('--format <format>', 'md or json', 'md'),
  ).action(
    runAction(async (_output, key: string, options: ExportOptions) => {
      const { renderPostmortemMarkdown } = await import('@aftermath/analysis');
      if (options.format !== 'md' && options.format !== 'json') {
        throw new UsageError(`--format must be md or json, not ${options.format}`);
      }
      const parsed = parseOrThrow(incidentKey, key, 'KEY');
      const doc = await withContext(options, (ctx) => exportDocument(ctx, systemPrincipal, parsed));
      process.stdout.write(
        options.format === 'md'
          ? renderPostmortemMarkdown(doc)
          : `${JSON.stringify(doc, null, 2)}\n`,
      );
    }),
  );
}
