import type { EvidenceFormat } from '@aftermath/domain';
import { alertmanagerImporter } from './alertmanager';
import { chatImporter } from './chat';
import { cloudeventsImporter } from './cloudevents';
import { genericDeployImporter } from './generic-deploy';
import { githubImporter } from './github';
import { grafanaImporter } from './grafana';
import type { Importer } from './importer';
import { kubernetesImporter } from './kubernetes';
import { opsgenieImporter } from './opsgenie';
import { jsonLinesImporter, logfmtImporter, textLogImporter } from './logs';
import { otlpLogsImporter, otlpTracesImporter } from './otlp';
import { pagerdutyImporter } from './pagerduty';
import { slackImporter } from './slack';

/**
 * Every importer, in the order `--format auto` asks them (the first wins a tie). Adding a source is
 * one line here: its folder's importer.
 */
export const importers: readonly Importer[] = [
  grafanaImporter,
  alertmanagerImporter,
  pagerdutyImporter,
  opsgenieImporter,
  cloudeventsImporter,
  githubImporter,
  kubernetesImporter,
  genericDeployImporter,
  otlpLogsImporter,
  otlpTracesImporter,
  slackImporter,
  jsonLinesImporter,
  logfmtImporter,
  textLogImporter,
  // Chat detection is the loosest: keep it last.
  chatImporter,
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
