import type { EvidenceFormat } from '@aftermath/domain';
import { genericDeployImporter } from './generic-deploy';
import type { Importer } from './importer';
import { jsonLinesImporter, logfmtImporter, textLogImporter } from './logs';

/**
 * Every importer, in the order `--format auto` asks them (the first wins a tie). Adding a source is
 * one line here: its folder's importer.
 */
export const importers: readonly Importer[] = [
  genericDeployImporter,
  jsonLinesImporter,
  logfmtImporter,
  textLogImporter,
];

/**
 * The importer of a format, or undefined when none reads it yet.
 *
 * @example
 * findImporter('deploy')?.description; // 'Generic deploy/change events (…)'
 */
export function findImporter(format: EvidenceFormat): Importer | undefined {
  return importers.find((importer) => importer.format === format);
}
