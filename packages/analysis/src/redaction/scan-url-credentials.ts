import { isDefaultCredential, isLocalHost, isPlaceholderValue } from './placeholder-values';
import { PRIORITY } from './rule-priority';
import type { Candidate } from './sensitive-finding';
import { hasDistinctCharacters, hasLetterAndDigit, isBase64Like } from './value-shape';
import { shannonEntropy } from './shannon-entropy';

/** Characters that end the authority part of a URL (RFC 3986 plus the usual text delimiters). */
const AUTHORITY_END = /[\s/?#"'`<>()[\]{}|\\,]/;
/** Passwords that mark the user name as the token (GitHub's `<token>:x-oauth-basic@`). */
const TOKEN_PASSWORDS = new Set(['x-oauth-basic', 'x-oauth-token']);

/**
 * Finds credentials inside URLs and URL-style connection strings: the password of
 * `scheme://user:password@host` (`https`, `ftp`, `postgres`, `mongodb+srv`, `jdbc:mysql`, `redis`…),
 * or the token when the URL carries one as its user (`https://<token>:x-oauth-basic@github.com`,
 * `https://<token>@github.com`). Only the secret part is reported, so the redacted URL still reads
 * `https://user:[REDACTED:url-credentials#1]@host`. Templates (`${PASSWORD}`), documentation
 * placeholders (`username:password`), a password equal to the user name, and default development
 * credentials on a local host (`admin:pass@localhost`) are left alone.
 */
export function scanUrlCredentials(text: string): Candidate[] {
  if (!text.includes('://')) return [];
  const candidates: Candidate[] = [];
  for (let i = text.indexOf('://'); i >= 0; i = text.indexOf('://', i + 3)) {
    if (!hasScheme(text, i)) continue;
    const from = i + 3;
    const rest = text.slice(from, from + 1024);
    const stop = rest.search(AUTHORITY_END);
    const authority = stop < 0 ? rest : rest.slice(0, stop);
    const at = authority.lastIndexOf('@');
    if (at <= 0) continue;
    const span = credentialSpan(authority.slice(0, at), authority.slice(at + 1));
    if (span) {
      candidates.push({
        start: from + span[0],
        end: from + span[1],
        kind: 'secret',
        rule: 'url-credentials',
        priority: PRIORITY.urlCredentials,
      });
    }
  }
  return candidates;
}

/** Offsets (within the user-info) of the secret part, if it holds a real credential. */
function credentialSpan(userInfo: string, host: string): [number, number] | undefined {
  if (host.length === 0 || host.startsWith('$') || host.startsWith('{')) return undefined;
  const colon = userInfo.indexOf(':');
  if (colon < 0) return looksLikeToken(userInfo) ? [0, userInfo.length] : undefined;
  const user = userInfo.slice(0, colon);
  const password = userInfo.slice(colon + 1);
  if (TOKEN_PASSWORDS.has(password.toLowerCase())) {
    return looksLikeToken(user) ? [0, colon] : undefined;
  }
  return isRealPassword(user, password, host) ? [colon + 1, userInfo.length] : undefined;
}

/** True when a scheme (a letter, then letters, digits, `+`, `-` or `.`) ends at `colon`. */
function hasScheme(text: string, colon: number): boolean {
  let start = colon;
  while (start > 0 && colon - start < 32 && /[A-Za-z0-9+.-]/.test(text.charAt(start - 1)))
    start -= 1;
  return start < colon && /[A-Za-z]/.test(text.charAt(start));
}

function isRealPassword(user: string, password: string, host: string): boolean {
  if (password.length < 4 || password === user) return false;
  if (isPlaceholderValue(password) || isPlaceholderValue(user)) return false;
  if (!hasDistinctCharacters(password, 3)) return false;
  return !(isLocalHost(host) && isDefaultCredential(password));
}

/** A user name that is really a token: long, random-looking, letters and digits. */
function looksLikeToken(user: string): boolean {
  return (
    user.length >= 20 &&
    isBase64Like(user) &&
    hasLetterAndDigit(user) &&
    shannonEntropy(user) >= 3 &&
    !isPlaceholderValue(user)
  );
}
