import type { TextLines } from './text-lines';

/**
 * Markers other scanners use to say "this line holds no secret", honoured so that a snippet
 * copied from a repository keeps its author's decision: detect-secrets' `pragma: allowlist secret`
 * (and `pragma: allowlist nextline secret` for the next line), gitleaks' `gitleaks:allow`,
 * secretlint's `secretlint-disable-line`, and Aftermath's own `aftermath:allow`.
 */
const SAME_LINE =
  /pragma:\s*allowlist[ -]secret|gitleaks:allow|secretlint-disable-line|aftermath:allow/;
const NEXT_LINE = /pragma:\s*allowlist[ -]nextline[ -]secret|secretlint-disable-next-line/;
const ANY_MARKER = /allowlist|gitleaks:allow|secretlint-disable|aftermath:allow/;

/** The 0-based indexes of lines whose findings are dropped because of an inline marker. */
export function allowedLines(lines: TextLines): ReadonlySet<number> {
  const allowed = new Set<number>();
  if (!ANY_MARKER.test(lines.text)) return allowed;
  for (let index = 0; index < lines.count; index += 1) {
    const line = lines.line(index);
    if (SAME_LINE.test(line)) allowed.add(index);
    if (NEXT_LINE.test(line)) allowed.add(index + 1);
  }
  return allowed;
}
