import type { Command } from 'commander';
import { diffPostmortemRevisions, listRevisions } from '@aftermath/core';
import { incidentKey, parseOrThrow, systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { formatRevisionDiff, formatRevisions } from './history.format';

/** Reads `A..B` (two version numbers). */
export function parseVersionRange(range: string): { from: number; to: number } {
  const match = /^(\d+)\.\.(\d+)$/.exec(range.trim());
  if (!match) throw new UsageError(`--diff: expected two versions like 2..5, got "${range}"`);
  return { from: Number(match[1]), to: Number(match[2]) };
}

/**
 * `aftermath history KEY [--diff A..B]`: the saved versions of a postmortem (newest first, who
 * saved which sections when), or the line diff per section between versions A and B.
 */
export function registerHistory(program: Command): void {
  withDataOptions(
    program
      .command('history')
      .description("a postmortem's saved versions, or a diff between two of them")
      .argument('<key>', 'e.g. INC-42')
      .option('--diff <A..B>', 'line diff per section from version A to version B'),
  ).action(
    runAction(async (output, key: string, options: DataOptions & { diff?: string }) => {
      const parsed = parseOrThrow(incidentKey, key, 'KEY');
      if (options.diff !== undefined) {
        const { from, to } = parseVersionRange(options.diff);
        const diff = await withContext(options, (ctx) =>
          diffPostmortemRevisions(ctx, systemPrincipal, parsed, from, to),
        );
        output.result(diff, () => formatRevisionDiff(diff));
        return;
      }
      const items = await withContext(options, (ctx) =>
        listRevisions(ctx, systemPrincipal, parsed),
      );
      output.result({ items }, () => formatRevisions(parsed, items));
    }),
  );
}
