import { webhookRouting, type WebhookRouting } from '@aftermath/domain';
import { stringify } from 'yaml';
import { readConfigYaml } from '../config-yaml/read-config-yaml';

/**
 * Reads a webhook routing file (YAML, or JSON, which is YAML too) and validates it whole. Missing
 * fields take their defaults; a bad file throws one `validation` DomainError whose details name
 * `file:line:field`, e.g. `routing.yaml:5:rules.0.severity: Invalid option: …`.
 *
 * @example
 * readWebhookRoutingFile('rules:\n  - name: pages\n    match: {severity: critical}\n    open: true\n', 'routing.yaml');
 */
export function readWebhookRoutingFile(text: string, file: string): WebhookRouting {
  return readConfigYaml(webhookRouting, text, file);
}

/**
 * Writes routing as YAML that {@link readWebhookRoutingFile} reads back to the same value.
 *
 * @example
 * renderWebhookRoutingFile(routing).startsWith('# Aftermath webhook routing'); // true
 */
export function renderWebhookRoutingFile(routing: WebhookRouting): string {
  return `# Aftermath webhook routing (docs/webhooks.md)\n${stringify(routing)}`;
}
