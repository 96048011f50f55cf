import type { Command } from 'commander';
import { tagIncident } from '@aftermath/core';
import {
  incidentKey,
  parseOrThrow,
  systemPrincipal,
  type IncidentTagChange,
} from '@aftermath/domain';
import { UsageError } from '../exit-codes';
import { runAction } from '../run-action';
import { withContext, withDataOptions, type DataOptions } from '../store-options';
import { formatIncident } from './incident.format';

/** Reads `+tag` (add) and `-tag` (remove) words; anything else is a usage error naming it. */
export function parseTagWords(words: readonly string[]): IncidentTagChange {
  const change: IncidentTagChange = { add: [], remove: [] };
  for (const word of words) {
    const sign = word[0];
    if ((sign !== '+' && sign !== '-') || word.length < 2) {
      throw new UsageError(`"${word}": write +TAG to add a tag or -TAG to remove one`);
    }
    (sign === '+' ? change.add : change.remove).push(word.slice(1));
  }
  return change;
}

/**
 * `aftermath incident tag KEY +a -b …`: adds and removes tags in one change. Tag changes
 * commute, so no version is needed; a concurrent edit is merged, not overwritten.
 */
export function registerTag(incident: Command): void {
  withDataOptions(
    incident
      .command('tag')
      .description('add (+TAG) and remove (-TAG) tags of an incident')
      .argument('<key>', 'e.g. INC-42')
      .argument('<changes...>', '+TAG to add, -TAG to remove (e.g. +database -triage)')
      .allowUnknownOption(true),
  ).action(
    runAction(async (output, key: string, words: string[], options: DataOptions) => {
      const parsed = parseOrThrow(incidentKey, key, 'KEY');
      const change = parseTagWords(words);
      const updated = await withContext(options, (ctx) =>
        tagIncident(ctx, systemPrincipal, parsed, change),
      );
      output.result(updated, () => formatIncident(updated));
    }),
  );
}
