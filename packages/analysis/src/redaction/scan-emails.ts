import { PRIORITY } from './rule-priority';
import type { Candidate } from './sensitive-finding';

const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$/;

/**
 * Finds e-mail addresses (`jane.doe+ops@example.co.uk`): a local part of up to 64 characters and
 * a dotted domain ending in a 2–24 letter top-level domain. Read outwards from each `@`, so the
 * cost is linear in the text. User names in URLs (`ssh://git@host`) SSH remotes (`git@github.com:org/repo`)
 * and package specifiers (`pnpm@10.4.1`) are not addresses.
 */
export function scanEmails(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  let searchFrom = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', searchFrom)) {
    searchFrom = at + 1;
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text.charAt(start - 1))) start -= 1;
    let end = at + 1;
    while (end < text.length && end - at <= 253 && DOMAIN_CHAR.test(text.charAt(end))) end += 1;
    while (end > at + 1 && /[.-]/.test(text.charAt(end - 1))) end -= 1;
    while (start < at && /[.]/.test(text.charAt(start))) start += 1;
    if (start === at || end === at + 1) continue;
    if (!DOMAIN.test(text.slice(at + 1, end)) || isLogin(text, start, at, end)) continue;
    candidates.push({ start, end, kind: 'pii', rule: 'email', priority: PRIORITY.email });
    searchFrom = end;
  }
  return candidates;
}

/** `scheme://user@host` and `git@host:org/repo`: the part before `@` is a login, not a mailbox. */
function isLogin(text: string, start: number, at: number, end: number): boolean {
  if (text.startsWith('//', start - 2)) return true;
  return text.slice(start, at) === 'git' && text.charAt(end) === ':';
}
