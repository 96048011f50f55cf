import type { LintFinding } from '@aftermath/analysis';

/** A finding with the file it is in, as `lint` prints it. */
export interface FileFinding extends LintFinding {
  file: string;
}

/** eslint-style lines `file:line:col severity ruleId message`, then a summary line. */
export function formatLintText(findings: readonly FileFinding[], fileCount: number): string {
  const lines = findings.map(
    (f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`,
  );
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  lines.push(
    findings.length === 0
      ? `no problems in ${files}`
      : `${findings.length} problem${findings.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${files}`,
  );
  return lines.join('\n');
}

/** The `--format json` document (DESIGN §3), with each finding's end column and rewrite. */
export function formatLintJson(findings: readonly FileFinding[]): string {
  return JSON.stringify(
    {
      findings: findings.map((f) => ({
        file: f.file,
        line: f.line,
        column: f.column,
        endColumn: f.endColumn,
        severity: f.severity,
        ruleId: f.ruleId,
        message: f.message,
        suggestion: f.suggestion,
      })),
    },
    null,
    2,
  );
}
