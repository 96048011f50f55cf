import type { Command } from 'commander';
import { getIncident, updateIncident } from '@aftermath/core';
import { incidentKey, parseOrThrow, systemPrincipal, type UpdateIncident } from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { formatIncident } from './incident.format';

interface UpdateOptions extends DataOptions {
  recurrenceOf?: string;
}

/**
 * `aftermath incident update KEY --recurrence-of INC-n|none`: marks an incident as a recurrence of
 * another (or clears the mark). Reads the current version and updates in one go; a concurrent
 * change in between is reported as a conflict, never overwritten.
 */
export function registerUpdate(incident: Command): void {
  withDataOptions(
    incident
      .command('update')
      .description('change an incident: mark it as a recurrence of another')
      .argument('<key>', 'e.g. INC-42')
      .option('--recurrence-of <key>', 'the incident this one repeats, or "none" to clear'),
  ).action(
    runAction(async (output, key: string, options: UpdateOptions) => {
      const parsed = parseOrThrow(incidentKey, key, 'KEY');
      const patch = patchOf(options);
      const updated = await withContext(options, async (ctx) => {
        const current = await getIncident(ctx, systemPrincipal, parsed);
        return updateIncident(ctx, systemPrincipal, parsed, current.version, patch);
      });
      output.result(updated, () => formatIncident(updated));
    }),
  );
}

function patchOf(options: UpdateOptions): UpdateIncident {
  if (options.recurrenceOf === undefined)
    throw new UsageError('nothing to change: give --recurrence-of');
  if (options.recurrenceOf === 'none') return { recurrenceOf: null };
  return { recurrenceOf: parseOrThrow(incidentKey, options.recurrenceOf, '--recurrence-of') };
}
