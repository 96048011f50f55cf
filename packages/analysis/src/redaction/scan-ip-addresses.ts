import { PRIORITY } from './rule-priority';
import type { Candidate } from './sensitive-finding';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(
  `(?<![A-Za-z0-9_.])${OCTET}(?:\\.${OCTET}){3}(?![A-Za-z0-9_-]|\\.\\d)`,
  'g',
);
/** A version number written like an address: `version 1.2.3.4`, `v10.0.0.1`, `release 4.1.0.2`. */
const VERSION_BEFORE = /(?:version|ver\.?|release|build|firmware|v)[ :=]?$/i;

/**
 * Finds valid IPv4 addresses (four octets 0–255 without leading zeros) and IPv6 addresses (full,
 * `::`-compressed, or with an embedded IPv4 tail). Not reported, by decision: loopback, unspecified
 * and broadcast/netmask addresses (`127.0.0.1`, `0.0.0.0`, `::1`, `255.255.255.0`), which say
 * nothing about anyone; and four-part version numbers (`version 1.2.3.4`, `v10.0.0.1`), recognised
 * by the word before them. Times (`14:55:02`) and MAC addresses are not valid IPv6.
 */
export function scanIpAddresses(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  if (text.includes('.')) {
    IPV4.lastIndex = 0;
    for (let match = IPV4.exec(text); match; match = IPV4.exec(text)) {
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      if (isUninteresting(match[0]) || VERSION_BEFORE.test(before)) continue;
      candidates.push(make(match.index, match[0].length, 'ipv4'));
    }
  }
  for (const [start, end] of ipv6Tokens(text)) {
    candidates.push(make(start, end - start, 'ipv6'));
  }
  return candidates;
}

function isAddressChar(code: number): boolean {
  return (
    (code >= 48 && code <= 58) || // 0-9 and ':'
    (code >= 65 && code <= 70) ||
    (code >= 97 && code <= 102) ||
    code === 46 // '.'
  );
}

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95
  );
}

/**
 * Valid IPv6 addresses, found from each `:` outwards over address characters. Only a stretch with
 * `::` or at least six colons can be an address (times and MACs have fewer), so others are skipped
 * before anything is copied.
 */
function ipv6Tokens(text: string): [number, number][] {
  const found: [number, number][] = [];
  let from = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', from)) {
    from = colon + 1;
    if (!isAddressChar(text.charCodeAt(colon - 1)) && !isAddressChar(text.charCodeAt(colon + 1)))
      continue;
    let start = colon;
    while (start > 0 && colon - start < 45 && isAddressChar(text.charCodeAt(start - 1))) start -= 1;
    let end = colon + 1;
    let colons = 1;
    let compressed = false;
    while (end < text.length && end - start < 46 && isAddressChar(text.charCodeAt(end))) {
      if (text.charCodeAt(end) === 58) {
        colons += 1;
        compressed ||= text.charCodeAt(end - 1) === 58;
      }
      end += 1;
    }
    from = end + 1;
    compressed ||= text.charCodeAt(colon - 1) === 58;
    if (!compressed && colons < 6) continue;
    while (end > colon && text.charCodeAt(end - 1) === 46) end -= 1;
    if (isWordChar(text.charCodeAt(start - 1)) || isWordChar(text.charCodeAt(end))) continue;
    if (isIpv6(text.slice(start, end))) found.push([start, end]);
  }
  return found;
}

function make(start: number, length: number, rule: string): Candidate {
  return { start, end: start + length, kind: 'pii', rule, priority: PRIORITY.ipAddress };
}

function isUninteresting(address: string): boolean {
  return address.startsWith('127.') || address === '0.0.0.0' || address.startsWith('255.');
}

const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
const IPV4_TAIL = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

/**
 * True for a valid IPv6 address other than `::` and `::1`, with at least five hex digits so that
 * short code like `a::b` does not count.
 */
export function isIpv6(address: string): boolean {
  const halves = address.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half.length === 0 ? [] : half.split(':')));
  let count = 0;
  let hexDigits = 0;
  for (let i = 0; i < groups.length; i += 1) {
    const group = groups[i] ?? '';
    if (i === groups.length - 1 && IPV4_TAIL.test(group)) {
      count += 2;
      hexDigits += 4;
    } else if (HEX_GROUP.test(group)) {
      count += 1;
      hexDigits += group.length;
    } else return false;
  }
  const compressed = halves.length === 2;
  if (compressed ? count > 7 : count !== 8) return false;
  return hexDigits >= 5 && !/^(?:0*:)*:?0*1?$/.test(address.replace(/::/, ':'));
}
