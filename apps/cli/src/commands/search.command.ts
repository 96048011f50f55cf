import type { Command } from 'commander';
import { searchIncidents } from '@aftermath/core';
import {
  searchFacetNames,
  systemPrincipal,
  type SearchQueryInput,
  type SearchResult,
} from '@aftermath/domain';
import { runAction } from '../run-action';
import { withBackend } from '../remote';
import { withDataOptions, type DataOptions } from '../store-options';

interface SearchOptions extends DataOptions {
  service?: string;
  team?: string;
  severity?: string;
  type?: string;
  status?: string;
  trigger?: string;
  rootCause?: string;
  tag?: string;
  from?: string;
  to?: string;
  sort?: string;
  limit: string;
}

function list(value: string | undefined): string[] | undefined {
  return value
    ?.split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The query from the command line; bad values are reported by the use case's validation. */
function searchInput(words: string[], options: SearchOptions): SearchQueryInput {
  const facets = Object.fromEntries(
    searchFacetNames.flatMap((flag) => {
      const values = list(options[flag]);
      return values === undefined ? [] : [[flag, values]];
    }),
  );
  return {
    q: words.join(' '),
    facets,
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
    ...(options.sort === undefined ? {} : { sort: options.sort as 'relevance' }),
    limit: Number(options.limit),
  };
}

/** Hits with their highlighted snippet (matches between « »), then the total. */
function formatSearchText(result: SearchResult): string {
  const lines = result.items.map((hit) => {
    const snippet = hit.snippet.map((part) => (part.match ? `«${part.text}»` : part.text));
    const where = hit.matchedIn.length > 0 ? `  [${hit.matchedIn.join(', ')}]` : '';
    return `${hit.key}  ${hit.severity}  ${hit.title}${where}\n    ${snippet.join('').trim()}`;
  });
  lines.push(`${result.items.length} of ${result.total} shown`);
  return lines.join('\n');
}

/** `aftermath search WORDS… [--service S,…] [--severity …] [--from D] [--to D] [--sort date]`. */
export function registerSearch(program: Command): void {
  withDataOptions(
    program
      .command('search')
      .description('full-text search over incidents, postmortems, timelines and actions')
      .argument('[words...]', 'words that must all match (the last one also as a prefix)')
      .option('--service <names>', 'only these services (comma-separated)')
      .option('--team <names>', "only these teams' services")
      .option('--severity <sevs>', 'only these severities, e.g. SEV1,SEV2')
      .option('--type <types>', 'only these incident types')
      .option('--status <statuses>', 'only these statuses')
      .option('--trigger <codes>', 'only these trigger codes')
      .option('--root-cause <codes>', 'only these root-cause codes')
      .option('--tag <tags>', 'only incidents with these tags')
      .option('--from <date>', 'impact start on or after this day (YYYY-MM-DD)')
      .option('--to <date>', 'impact start on or before this day (YYYY-MM-DD)')
      .option('--sort <order>', 'relevance or date', 'relevance')
      .option('--limit <n>', 'how many hits to show (1–100)', '20'),
  ).action(
    runAction(async (output, words: string[], options: SearchOptions) => {
      const input = searchInput(words, options);
      const result = await withBackend(
        options,
        (ctx) => searchIncidents(ctx, systemPrincipal, input),
        async (api) => {
          const { facets, ...rest } = input;
          return (await api.call('search', { query: { ...rest, ...facets } })).data;
        },
      );
      output.result(result, () => formatSearchText(result));
    }),
  );
}
