import { classifyKeyName } from './key-names';
import { PRIORITY } from './rule-priority';
import { looksRandom } from './secret-values';
import type { Candidate } from './sensitive-finding';

/** A quoted run of base64/hex characters. Bounded and quote-delimited: linear. */
const QUOTED = /(["'`])([A-Za-z0-9+/=_-]{10,1024})\1/g;
/** A whole line `key = value` / `key: value` (env, INI, YAML, diff) whose value is one token. */
const CONFIG_LINE =
  /^[ \t]*(?:[-+][ \t]*)?(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]{0,80})[ \t]*[:=][ \t]*([A-Za-z0-9+/=_-]{10,1024})[ \t]*(?:#.*)?\r?$/dgm;
const KEY_CHAR = /[A-Za-z0-9_.-]/;

/**
 * Finds random-looking strings that no key announces (see `looksRandom` for the thresholds):
 * quoted literals anywhere (`"2b00042f7481c7b0…"` in code) and the value of a one-token config
 * line (`mimi=gX69YO4C…`). A value whose key names an identifier (`trace_id`, `commit`, `sha`,
 * `etag`, `uuid`) is skipped; keys that name a secret are left to the keyword rule.
 */
export function scanHighEntropyStrings(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  QUOTED.lastIndex = 0;
  for (let match = QUOTED.exec(text); match; match = QUOTED.exec(text)) {
    const value = match[2] ?? '';
    const start = match.index + 1;
    QUOTED.lastIndex = start + value.length;
    const key = keyBefore(text, match.index);
    if (key && classifyKeyName(key) !== 'none') continue;
    if (looksRandom(value)) candidates.push(candidate(start, start + value.length));
  }
  CONFIG_LINE.lastIndex = 0;
  for (let match = CONFIG_LINE.exec(text); match; match = CONFIG_LINE.exec(text)) {
    const value = match[2] ?? '';
    if (classifyKeyName(match[1] ?? '') !== 'none' || !looksRandom(value)) continue;
    const start = match.indices?.[2]?.[0] ?? match.index;
    candidates.push(candidate(start, start + value.length));
  }
  return candidates;
}

function candidate(start: number, end: number): Candidate {
  return {
    start,
    end,
    kind: 'secret',
    rule: 'high-entropy-string',
    priority: PRIORITY.highEntropy,
  };
}

/** The key right before a quoted value (`"commit": "…"`, `sha = '…'`), read backwards. */
function keyBefore(text: string, quote: number): string | undefined {
  let i = quote;
  while (i > 0 && (text.charAt(i - 1) === ' ' || text.charAt(i - 1) === '\t')) i -= 1;
  let separators = 0;
  while (i > 0 && separators < 2 && /[:=>]/.test(text.charAt(i - 1))) {
    i -= 1;
    separators += 1;
  }
  if (separators === 0) return undefined;
  while (i > 0 && (text.charAt(i - 1) === ' ' || text.charAt(i - 1) === '\t')) i -= 1;
  if (i > 0 && /["']/.test(text.charAt(i - 1))) i -= 1;
  const end = i;
  while (i > 0 && end - i < 80 && KEY_CHAR.test(text.charAt(i - 1))) i -= 1;
  return i < end ? text.slice(i, end) : undefined;
}
