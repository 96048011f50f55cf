import '../../../styles/language-findings.css';
import type { LanguageLintFinding, LanguageLintState } from './use-language-lint';

/** The words a finding points at, from the text it was computed on. */
function flaggedWords(text: string, finding: LanguageLintFinding): string {
  const line = text.split('\n')[finding.line - 1] ?? '';
  return line.slice(finding.column - 1, Math.max(finding.endColumn, finding.column) - 1);
}

/**
 * The linter's findings under a section editor, as the owner types: where, which words, why they
 * are a problem and a suggested rewrite. Errors (blame, secrets) are shown before warnings.
 */
export function LanguageFindings({ lint, title }: { lint: LanguageLintState; title: string }) {
  if (lint.state === 'failed') {
    return <p className="lint-status">Language check unavailable; it will retry as you type.</p>;
  }
  if (lint.state !== 'ready' || lint.findings.length === 0) return null;
  const ordered = [...lint.findings].sort(
    (a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.line - b.line,
  );
  return (
    <ul className="lint-findings" aria-label={`Language findings in ${title}`}>
      {ordered.map((finding) => {
        const words = flaggedWords(lint.text, finding);
        return (
          <li
            key={`${finding.line}:${finding.column}:${finding.ruleId}`}
            className={`lint-finding is-${finding.severity}`}
          >
            <span className="lint-where">
              Line {finding.line}
              {words !== '' && (
                <>
                  : <mark>{words}</mark>
                </>
              )}
            </span>{' '}
            <span className="lint-rule">{finding.ruleId}</span>
            <p className="lint-message">{finding.message}</p>
            {finding.suggestion !== null && (
              <p className="lint-suggestion">
                <strong>Try:</strong> {finding.suggestion}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
