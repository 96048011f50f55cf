import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { getRcaTaxonomy, setRcaTaxonomy } from '@aftermath/core';
import { systemPrincipal, type RcaTaxonomy, type RcaTaxonomyEntry } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';

async function readTaxonomyFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${file}: cannot read the taxonomy file (${reason})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${file}: not JSON (${reason})`);
  }
}

function formatList(title: string, list: readonly RcaTaxonomyEntry[]): string[] {
  const width = Math.max(...list.map((entry) => entry.code.length));
  return [
    `${title}:`,
    ...list.map(
      (e) =>
        `  ${e.code.padEnd(width)}  ${e.label}${e.retired ? ' (retired)' : ''} — ${e.description}`,
    ),
  ];
}

function formatTaxonomy(taxonomy: RcaTaxonomy): string {
  return [
    ...formatList('Triggers', taxonomy.triggers),
    '',
    ...formatList('Root causes', taxonomy.rootCauses),
  ].join('\n');
}

/**
 * `aftermath rca-taxonomy show | set FILE`: the trigger and root-cause codes postmortems are coded
 * with. `set` takes the JSON of `GET /api/v1/settings/rca-taxonomy`; it refuses repeated codes
 * (exit 2 naming the field) and removing a code a postmortem still uses (mark it `"retired": true`).
 */
export function registerRcaTaxonomy(program: Command): void {
  const command = program
    .command('rca-taxonomy')
    .description('the workspace RCA taxonomy: trigger and root-cause codes');
  withDataOptions(
    command.command('show').description('print the taxonomy (the default until set)'),
  ).action(
    runAction(async (output, options: DataOptions) => {
      const taxonomy = await withContext(options, (ctx) => getRcaTaxonomy(ctx, systemPrincipal));
      output.result(taxonomy, () => formatTaxonomy(taxonomy));
    }),
  );
  withDataOptions(
    command
      .command('set')
      .description('replace the taxonomy from a JSON file ({"triggers":[…],"rootCauses":[…]})')
      .argument(
        '<file>',
        'JSON with triggers and rootCauses: [{code, label, description, retired?}]',
      ),
  ).action(
    runAction(async (output, file: string, options: DataOptions) => {
      const input = await readTaxonomyFile(file);
      const saved = await withContext(options, (ctx) =>
        setRcaTaxonomy(ctx, systemPrincipal, input),
      );
      output.info(`RCA taxonomy from ${file} saved`);
      output.result(saved, () => formatTaxonomy(saved));
    }),
  );
}
