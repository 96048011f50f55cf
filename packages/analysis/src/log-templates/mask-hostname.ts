import { WILDCARD } from './mask-message';

/** Two-letter endings that are far more often file extensions than country codes. */
const FILE_EXTENSIONS = new Set(
  'js ts py sh rb md go rs cs pl ml hs kt cc hh so gz xz bz'.split(' '),
);

/** Generic top-level domains seen in logs; other two-letter labels count as country codes. */
const GENERIC_TLDS = new Set([
  ...'com net org edu gov mil int info biz name pro aero coop mobi io dev app cloud'.split(' '),
  ...'local localdomain internal lan corp home arpa'.split(' '),
]);

/**
 * Masks a host name inside a token: three or more dot-separated labels of letters, digits,
 * hyphens (or wildcards already masked) ending in a top-level domain, as in
 * `(host8.topspot.net)` → `(<*>)` or `rhost=<*>.hinet-ip.hinet.net` → `rhost=<*>`. Class names
 * (`org.apache.zookeeper.Server`), module paths (`nova.compute.manager`) and file names
 * (`app.test.ts`) do not end in a domain and are left alone. Returns the token unchanged when
 * it holds no host name.
 *
 * @example
 * maskHostname('(dsl-<*>.arcor-ip.net)'); // '(<*>)'
 */
export function maskHostname(token: string): string {
  const firstDot = token.indexOf('.');
  if (firstDot < 0 || token.indexOf('.', firstDot + 1) < 0) return token;
  let start = firstDot;
  while (start > 0 && isHostChar(token.charCodeAt(start - 1))) start -= 1;
  let end = firstDot;
  while (end < token.length && isHostChar(token.charCodeAt(end))) end += 1;
  if (end > 0 && token.charCodeAt(end - 1) === 46) end -= 1; // a sentence's full stop
  return isHostname(token.slice(start, end))
    ? token.slice(0, start) + WILDCARD + token.slice(end)
    : token;
}

/** Letters, digits, `-`, `.` and the characters of `<*>`. */
function isHostChar(code: number): boolean {
  const lower = code | 0x20;
  return (
    (lower >= 97 && lower <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 46 ||
    code === 60 ||
    code === 42 ||
    code === 62
  );
}

function isHostname(candidate: string): boolean {
  const labels = candidate.split('.');
  if (labels.length < 3 || labels.some((label) => label === '')) return false;
  const top = labels[labels.length - 1] ?? '';
  if (!/^[a-z]+$/.test(top)) return false;
  return (top.length === 2 && !FILE_EXTENSIONS.has(top)) || GENERIC_TLDS.has(top);
}
