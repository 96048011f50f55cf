import { decisionPolicy, type DecisionPolicy } from '@aftermath/domain';
import { stringify } from 'yaml';
import { FormatProblems } from '../postmortem-format/format-problems';
import { readYaml } from '../postmortem-format/read-yaml';
import { describeIssues } from '../postmortem-format/schema-issues';
import { lineOfYamlPath } from '../postmortem-format/yaml-lines';

/** The YAML reader reports syntax errors as `frontMatter`; in a policy file they concern the file. */
class PolicyProblems extends FormatProblems {
  override add(line: number, field: string, message: string): void {
    super.add(line, field === 'frontMatter' ? '(file)' : field, message);
  }
}

/**
 * Reads a workspace policy file (YAML) and validates it. Missing fields take their defaults; a
 * bad file throws one `validation` DomainError whose details name `file:line:field` and why, e.g.
 * `policy.yaml:4:deadlines.draftHours: Too small: expected number to be >=1`.
 *
 * @example
 * const policy = readPolicyYaml('deadlines:\n  draftHours: 48\n', 'policy.yaml');
 */
export function readPolicyYaml(text: string, file: string): DecisionPolicy {
  const problems = new PolicyProblems();
  const read = readYaml(text, 1, problems);
  if (!read) throw problems.toError(file);
  const value = read.value ?? {};
  const result = decisionPolicy.safeParse(value);
  if (result.success) return result.data;
  for (const problem of describeIssues(result.error.issues, value, decisionPolicy)) {
    const line = lineOfYamlPath(read.doc, problem.path, read.lines, 1, 1);
    const field = problem.path.length > 0 ? problem.path.join('.') : '(file)';
    problems.add(line, field, problem.message);
  }
  throw problems.toError(file);
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
