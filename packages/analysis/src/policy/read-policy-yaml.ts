import { decisionPolicy, type DecisionPolicy } from '@aftermath/domain';
import { stringify } from 'yaml';
import { readConfigYaml } from '../config-yaml/read-config-yaml';

/**
 * Reads a workspace policy file (YAML) and validates it. Missing fields take their defaults; a
 * bad file throws one `validation` DomainError whose details name `file:line:field` and why, e.g.
 * `policy.yaml:4:deadlines.draftHours: Too small: expected number to be >=1`.
 *
 * @example
 * const policy = readPolicyYaml('deadlines:\n  draftHours: 48\n', 'policy.yaml');
 */
export function readPolicyYaml(text: string, file: string): DecisionPolicy {
  return readConfigYaml(decisionPolicy, text, file);
}

/**
 * Writes a policy as YAML, with a header pointing at its documentation; `readPolicyYaml` reads it
 * back to the same policy.
 *
 * @example
 * renderPolicyYaml(defaultDecisionPolicy).startsWith('# Aftermath decision policy'); // true
 */
export function renderPolicyYaml(policy: DecisionPolicy): string {
  return `# Aftermath decision policy (docs/policy.md explains every field)\n${stringify(policy)}`;
}
