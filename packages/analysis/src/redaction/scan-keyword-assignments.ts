import { classifyKeyName, splitKeyWords, type KeyStrength } from './key-names';
import { hasValue, readAssignment, readValue, type Assignment } from './read-assignment';
import { PRIORITY } from './rule-priority';
import { isSecretValue } from './secret-values';
import type { Candidate } from './sensitive-finding';
import type { TextLines } from './text-lines';

/** Substrings of every secret-suggesting key word; a cheap trigger before the key is read. */
const KEYWORD_HIT = /pass|pwd|pw|secret|token|key|auth|cred/gi;
const KEY_CHAR = /[A-Za-z0-9_.-]/;
const MAX_CHILD_LINES = 20;
/** Children of `credentials:` that describe the account rather than hold its secret. */
const NOT_SECRET_CHILD =
  /^(?:user(?:name)?|login|e?mail|host(?:name)?|port|region|zone|project|account|type|kind|name|url|uri|endpoint|database|db|schema|path|file|scope|version|enabled)$/i;

const RULE_OF: Record<KeyStrength, string> = {
  password: 'password',
  secret: 'secret-assignment',
  weak: 'high-entropy-string',
  identifier: '',
  none: '',
};

/**
 * Finds values assigned to secret-looking keys: `password = …`, `"pwd": "…"`, `DB_PASSWORD=…`,
 * `--password=…`, `Pwd=…;` in connection strings, `api_key: …`, `client_secret := "…"`. A key
 * with no value on its line (`password:` in YAML, `secrets =` in INI) lends its meaning to the
 * indented lines below it. Key words decide how much the value must prove (see
 * `classifyKeyName` and `isSecretValue`).
 */
export function scanKeywordAssignments(text: string, lines: TextLines): Candidate[] {
  const candidates: Candidate[] = [];
  KEYWORD_HIT.lastIndex = 0;
  for (let hit = KEYWORD_HIT.exec(text); hit; hit = KEYWORD_HIT.exec(text)) {
    const keyStart = expandKey(text, hit.index, -1);
    const keyEnd = expandKey(text, hit.index, 1);
    KEYWORD_HIT.lastIndex = keyEnd;
    const key = text.slice(keyStart, keyEnd);
    const strength = classifyKeyName(key);
    if (strength === 'none' || strength === 'identifier') continue;
    if (strength === 'secret' && isAwsSecretKeyName(key)) continue;
    const lineIndex = lines.indexOf(keyStart);
    const lineEnd = lines.ends[lineIndex] ?? text.length;
    const read = readAssignment(text, keyEnd, lineEnd);
    if (hasValue(read)) {
      push(candidates, strength, read);
      KEYWORD_HIT.lastIndex = Math.max(KEYWORD_HIT.lastIndex, read.end);
    } else if (read) scanChildren(text, lines, lineIndex, strength, candidates);
  }
  return candidates;
}

function expandKey(text: string, from: number, step: 1 | -1): number {
  let i = from;
  const limit = 100;
  if (step === 1) {
    while (i < text.length && i - from < limit && KEY_CHAR.test(text.charAt(i))) i += 1;
    return i;
  }
  while (i > 0 && from - i < limit && KEY_CHAR.test(text.charAt(i - 1))) i -= 1;
  return i;
}

/** `AWS_SECRET_ACCESS_KEY` and friends have a known value shape: the aws-secret-key rule owns them. */
function isAwsSecretKeyName(key: string): boolean {
  return splitKeyWords(key).join(' ').endsWith('secret access key');
}

function push(candidates: Candidate[], strength: KeyStrength, found: Assignment): void {
  if (!isSecretValue(strength, found)) return;
  candidates.push({
    start: found.start,
    end: found.end,
    kind: 'secret',
    rule: RULE_OF[strength],
    priority: PRIORITY.keyword,
  });
}

function indentation(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * The indented lines under a key with no value: YAML children (`secure: …`) take the parent's
 * strength unless their own key says more; bare lines (INI continuation values) are values.
 */
function scanChildren(
  text: string,
  lines: TextLines,
  parent: number,
  strength: KeyStrength,
  candidates: Candidate[],
): void {
  const parentIndent = indentation(lines.line(parent));
  const last = Math.min(lines.count - 1, parent + MAX_CHILD_LINES);
  for (let index = parent + 1; index <= last; index += 1) {
    const line = lines.line(index);
    const trimmed = line.trim();
    if (trimmed.length === 0 || /^[#;]/.test(trimmed)) continue;
    if (indentation(line) <= parentIndent) return;
    const lineStart = (lines.starts[index] ?? 0) + indentation(line);
    const lineEnd = lines.ends[index] ?? text.length;
    const child = /^[A-Za-z0-9_.-]+/.exec(trimmed);
    const read = child ? readAssignment(text, lineStart + child[0].length, lineEnd) : undefined;
    if (child && read) {
      const own = classifyKeyName(child[0]);
      if (own === 'identifier' || NOT_SECRET_CHILD.test(child[0]) || !hasValue(read)) continue;
      push(candidates, stronger(own, strength), read);
    } else {
      const bare = readValue(text, lineStart, lineEnd);
      if (bare && bare.end === lineEnd - (line.length - line.trimEnd().length))
        push(candidates, strength, bare);
    }
  }
}

const RANK: Record<KeyStrength, number> = {
  password: 4,
  secret: 3,
  weak: 2,
  identifier: 1,
  none: 0,
};

function stronger(a: KeyStrength, b: KeyStrength): KeyStrength {
  return RANK[a] >= RANK[b] ? a : b;
}
