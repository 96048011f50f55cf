import { redactText } from '@aftermath/analysis';

/** Where log lines go: stdout by default, a capturing stream in tests. */
export interface LogStream {
  write(line: string): unknown;
}

/** Header values and body fields that are credentials, whatever they look like. */
export const redactedLogPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-hub-signature-256"]',
  'req.headers["x-pagerduty-signature"]',
  'headers.authorization',
  'headers.cookie',
  '*.password',
  '*.secret',
  '*.token',
];

const credentialQuery =
  /([?&](?:token|access_token|api_key|apikey|key|secret|password|signature|sig)=)[^&\s"]+/gi;
const credentialScheme = /\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{6,}/g;

/**
 * Removes credentials from one log line: query parameters and authorization schemes by name,
 * then every secret the redaction rules recognise (provider tokens, keys, passwords in
 * assignments, credentials in URLs).
 *
 * @example
 * redactLogLine('{"url":"/hook?token=abc123"}'); // '{"url":"/hook?token=[REDACTED]"}'
 */
export function redactLogLine(line: string): string {
  const named = line
    .replace(credentialQuery, '$1[REDACTED]')
    .replace(credentialScheme, '$1 [REDACTED]');
  return redactText(named, { kinds: ['secret'] }).text;
}

/** A log destination that writes every line through {@link redactLogLine}. */
export function redactingLogStream(destination: LogStream = process.stdout): LogStream {
  return { write: (line) => destination.write(redactLogLine(line)) };
}
