import { webhookRouting, type WebhookRouting } from '@aftermath/domain';
import { stringify } from 'yaml';
import { FormatProblems } from '../postmortem-format/format-problems';
import { readYaml } from '../postmortem-format/read-yaml';
import { describeIssues } from '../postmortem-format/schema-issues';
import { lineOfYamlPath } from '../postmortem-format/yaml-lines';

/** Syntax errors concern the whole file, not front matter. */
class RoutingProblems extends FormatProblems {
  override add(line: number, field: string, message: string): void {
    super.add(line, field === 'frontMatter' ? '(file)' : field, message);
  }
}

/**
 * Reads a webhook routing file (YAML, or JSON, which is YAML too) and validates it whole. Missing
 * fields take their defaults; a bad file throws one `validation` DomainError whose details name
 * `file:line:field`, e.g. `routing.yaml:5:rules.0.severity: Invalid option: …`.
 *
 * @example
 * readWebhookRoutingFile('rules:\n  - name: pages\n    match: {severity: critical}\n    open: true\n', 'routing.yaml');
 */
export function readWebhookRoutingFile(text: string, file: string): WebhookRouting {
  const problems = new RoutingProblems();
  const read = readYaml(text, 1, problems);
  if (!read) throw problems.toError(file);
  const value = read.value ?? {};
  const result = webhookRouting.safeParse(value);
  if (result.success) return result.data;
  for (const problem of describeIssues(result.error.issues, value, webhookRouting)) {
    const line = lineOfYamlPath(read.doc, problem.path, read.lines, 1, 1);
    const field = problem.path.length > 0 ? problem.path.join('.') : '(file)';
    problems.add(line, field, problem.message);
  }
  throw problems.toError(file);
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
