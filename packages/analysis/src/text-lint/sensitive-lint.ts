import { findSensitive } from '../redaction';
import type { LintFinding } from './lint-finding';

/**
 * Secrets and personal data as lint findings: a secret is an error (it must not be published and
 * probably needs rotating), personal data a warning (often needed internally, redacted on
 * publication). The message names the rule, never the value.
 */
export function lintSensitiveData(
  text: string,
  names: readonly string[],
  allow: readonly string[],
): LintFinding[] {
  return findSensitive(text, { names, allow }).map((finding) => {
    const secret = finding.kind === 'secret';
    return {
      line: finding.line,
      column: finding.start + 1,
      endColumn: finding.end + 1,
      severity: secret ? 'error' : 'warning',
      ruleId: secret ? 'redaction/secret' : 'redaction/pii',
      message: secret
        ? `${finding.rule}: a secret in the text; anyone who reads or copies the document can use it.`
        : `${finding.rule}: personal data; it is replaced by a placeholder on publication.`,
      suggestion: secret
        ? 'Remove it (aftermath redact prints a redacted copy) and rotate the credential.'
        : 'Keep it only if readers need it; otherwise describe the person by role.',
    };
  });
}
