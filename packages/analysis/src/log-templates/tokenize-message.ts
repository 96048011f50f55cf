import { maskHostname } from './mask-hostname';
import { maskMessage, WILDCARD } from './mask-message';

const CALENDAR_WORDS = new Set(
  'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun'.split(' '),
);

/**
 * Splits a log message into tokens on runs of whitespace. With `mask` (the default) the
 * variable parts are masked first (see {@link maskMessage}); then host names
 * (`host8.topspot.net`), and month and weekday names just before a wildcard
 * (`at Sun Jul 17 15:09:15 2005`), are masked too, and a run of identical wildcard tokens
 * collapses into one, so lists of varying length and embedded dates give the same template.
 *
 * @example
 * tokenizeMessage('ask 10.250.14.224:50010 to delete  blk_-42 blk_7');
 * // ['ask', '<*>', 'to', 'delete', 'blk_<*>']
 */
export function tokenizeMessage(message: string, mask = true): string[] {
  if (!mask) return splitTokens(joinTokens(message));
  return normalizeTokens(splitTokens(maskMessage(message)));
}

/** The message with leading and trailing whitespace removed and inner runs as one space. */
export function joinTokens(message: string): string {
  const trimmed = message.trim();
  return trimmed === '' ? '' : trimmed.split(/\s+/).join(' ');
}

/** Splits text whose tokens are joined by single spaces (see {@link joinTokens}). */
export function splitTokens(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

/**
 * Masks host names and calendar words before a wildcard, and drops repeats of the same wildcard
 * token, in place. Runs only when a masked message is seen for the first time.
 */
export function normalizeTokens(tokens: string[]): string[] {
  for (let i = 0; i < tokens.length; i += 1) tokens[i] = maskHostname(tokens[i] ?? '');
  for (let i = tokens.length - 2; i >= 0; i -= 1) {
    if (tokens[i + 1] === WILDCARD && CALENDAR_WORDS.has(tokens[i] ?? '')) tokens[i] = WILDCARD;
  }
  let kept = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    if (kept > 0 && token === tokens[kept - 1] && token.includes(WILDCARD)) continue;
    tokens[kept] = token;
    kept += 1;
  }
  tokens.length = kept;
  return tokens;
}
