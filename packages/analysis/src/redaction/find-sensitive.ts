import { DomainError } from '@aftermath/domain';
import { allowedLines } from './inline-allow';
import { isAllowed, prepareOptions, type PreparedOptions } from './redaction-options';
import { resolveOverlaps } from './resolve-overlaps';
import { scanEmails } from './scan-emails';
import { scanHighEntropyStrings } from './scan-high-entropy-strings';
import { scanIbans } from './scan-iban';
import { scanIpAddresses } from './scan-ip-addresses';
import { scanKeywordAssignments } from './scan-keyword-assignments';
import { scanNumbers } from './scan-numbers';
import { scanPersonNames } from './scan-person-names';
import { scanPrivateKeys } from './scan-private-keys';
import { scanProviderTokens } from './scan-provider-tokens';
import { scanUrlCredentials } from './scan-url-credentials';
import type { Candidate, RedactionOptions, SensitiveFinding } from './sensitive-finding';
import { TextLines } from './text-lines';

/** What one scan found: the kept spans (absolute offsets) and the line index to place them. */
export interface SensitiveSpans {
  lines: TextLines;
  spans: Candidate[];
}

function scanSecrets(text: string, lines: TextLines): Candidate[] {
  return [
    ...scanProviderTokens(text),
    ...scanPrivateKeys(text, lines),
    ...scanUrlCredentials(text),
    ...scanKeywordAssignments(text, lines),
    ...scanHighEntropyStrings(text),
  ];
}

function scanPii(text: string, options: PreparedOptions): Candidate[] {
  return [
    ...scanEmails(text),
    ...scanNumbers(text),
    ...scanIbans(text),
    ...scanIpAddresses(text),
    ...scanPersonNames(text, options.names),
  ];
}

/**
 * Scans a text and returns the non-overlapping sensitive spans with absolute offsets, after the
 * allow-list, inline allow markers, kinds and disabled rules are applied.
 */
export function scanSensitiveSpans(text: string, options?: RedactionOptions): SensitiveSpans {
  if (typeof text !== 'string') {
    throw new DomainError('validation', 'Text to redact must be a string', [
      { path: 'text', message: `must be a string, got ${text === null ? 'null' : typeof text}` },
    ]);
  }
  const prepared = prepareOptions(options);
  const lines = new TextLines(text);
  const found = [
    ...(prepared.kinds.has('secret') ? scanSecrets(text, lines) : []),
    ...(prepared.kinds.has('pii') ? scanPii(text, prepared) : []),
  ].filter((candidate) => !prepared.disabledRules.has(candidate.rule));
  const inlineAllowed = allowedLines(lines);
  const spans = resolveOverlaps(found).filter(
    (span) =>
      !isAllowed(prepared, text.slice(span.start, span.end)) &&
      !inlineAllowed.has(lines.indexOf(span.start)),
  );
  return { lines, spans };
}

/**
 * Finds secrets (provider tokens, private keys, JWTs, credentials in URLs, passwords and
 * random-looking strings assigned to secret-looking keys) and personal data (e-mail addresses,
 * phone numbers, IP addresses, payment cards, IBANs, the workspace's people) in a text. Findings
 * are sorted by line and column; a secret spanning several lines gives one finding per line.
 * Throws a `validation` DomainError for a non-string text or bad options.
 *
 * @example
 * findSensitive('AWS_KEY=' + 'AKIA' + 'IOSFODNN7EXAMPLE' + '\nmail jane@example.com');
 * // [{ line: 1, start: 8, end: 28, kind: 'secret', rule: 'aws-access-key', value: 'AKIA…' },
 * //  { line: 2, start: 5, end: 21, kind: 'pii', rule: 'email', value: 'jane@example.com' }]
 */
export function findSensitive(text: string, options?: RedactionOptions): SensitiveFinding[] {
  const { lines, spans } = scanSensitiveSpans(text, options);
  return spans.flatMap((span) => lines.toFindings(span));
}
