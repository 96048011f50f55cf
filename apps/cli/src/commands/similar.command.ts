import type { Command } from 'commander';
import { findSimilarIncidents, type SimilarIncident, type SimilarTo } from '@aftermath/core';
import { incidentKey, parseOrThrow, systemPrincipal } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';

interface SimilarOptions extends DataOptions {
  text?: string;
  limit: string;
}

/**
 * `aftermath similar KEY|--text T [--limit 5]`: the most similar past incidents with scores and
 * why. JSON is exactly `{"items":[{"key","score","reasons":[…]}]}` (DESIGN §3).
 */
export function registerSimilar(program: Command): void {
  withDataOptions(
    program
      .command('similar')
      .description('most similar past incidents to an incident or a text, with scores and why')
      .argument('[key]', 'the incident to compare, e.g. INC-42')
      .option('--text <text>', 'compare against this text instead of an incident')
      .option('--limit <n>', 'how many (1–50)', '5'),
  ).action(
    runAction(async (output, key: string | undefined, options: SimilarOptions) => {
      const to = similarTo(key, options.text);
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
        throw new UsageError(`--limit must be a whole number from 1 to 50, not ${options.limit}`);
      }
      const items = await withContext(options, (ctx) =>
        findSimilarIncidents(ctx, systemPrincipal, to, limit),
      );
      output.result(
        { items: items.map(({ key: k, score, reasons }) => ({ key: k, score, reasons })) },
        () => formatSimilar(items),
      );
    }),
  );
}

function similarTo(key: string | undefined, text: string | undefined): SimilarTo {
  if (key !== undefined && text !== undefined) throw new UsageError('give KEY or --text, not both');
  if (key !== undefined) return { key: parseOrThrow(incidentKey, key, 'KEY') };
  if (text === undefined || text.trim() === '') {
    throw new UsageError('give an incident KEY or --text with some words');
  }
  return { text };
}

function formatSimilar(items: SimilarIncident[]): string {
  if (items.length === 0) return 'No similar incidents.';
  return items
    .map((item) => {
      const lines = [`${item.key}  ${item.score.toFixed(2)}  ${item.title}  (${item.status})`];
      for (const reason of item.reasons) lines.push(`  ${reason.message}`);
      for (const action of item.openActions) {
        lines.push(`  its action "${action.title}" is still ${action.status.replace('_', ' ')}`);
      }
      return lines.join('\n');
    })
    .join('\n');
}
