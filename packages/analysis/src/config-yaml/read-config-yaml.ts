import { FormatProblems } from '../postmortem-format/format-problems';
import { readYaml } from '../postmortem-format/read-yaml';
import { describeIssues, type SchemaIssue } from '../postmortem-format/schema-issues';
import { lineOfYamlPath } from '../postmortem-format/yaml-lines';

/** What a configuration schema must offer (a zod object schema, kept structural). */
export interface ConfigSchema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/** The YAML reader reports syntax errors as `frontMatter`; in a config file they concern the file. */
class ConfigProblems extends FormatProblems {
  override add(line: number, field: string, message: string): void {
    super.add(line, field === 'frontMatter' ? '(file)' : field, message);
  }
}

/**
 * Reads a configuration file (YAML, or JSON, which is YAML too) and validates it with `schema`.
 * Missing fields take their defaults; a bad file throws one `validation` DomainError whose
 * details name `file:line:field` and why, e.g. `policy.yaml:4:deadlines.draftHours: Too small`.
 *
 * @example
 * const routing = readConfigYaml(webhookRouting, 'rules: []\n', 'routing.yaml');
 */
export function readConfigYaml<T>(schema: ConfigSchema<T>, text: string, file: string): T {
  const problems = new ConfigProblems();
  const read = readYaml(text, 1, problems);
  if (!read) throw problems.toError(file);
  const value = read.value ?? {};
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const problem of describeIssues(result.error.issues, value, schema)) {
    const line = lineOfYamlPath(read.doc, problem.path, read.lines, 1, 1);
    // A blank key, or one with spaces around it, is quoted so the detail visibly names it.
    const keys = problem.path.map((key) => quoteOddKey(String(key)));
    const field = keys.length > 0 ? keys.join('.') : '(file)';
    problems.add(line, field, problem.message);
  }
  throw problems.toError(file);
}

function quoteOddKey(key: string): string {
  return key === '' || key.trim() !== key ? JSON.stringify(key) : key;
}
