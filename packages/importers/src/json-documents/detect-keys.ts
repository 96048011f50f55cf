/**
 * How many of `keys` appear as JSON object keys (`"key":`) in `head`. Detection works on the
 * first bytes of the evidence, possibly cut mid-record, so it looks for keys rather than parsing.
 *
 * @example
 * countKeys('{"version":"4","groupKey":"{}"', ['version', 'groupKey', 'alerts']); // 2
 */
export function countKeys(head: string, keys: readonly string[]): number {
  let found = 0;
  for (const key of keys) if (head.includes(`"${key}"`) && keyPattern(key).test(head)) found += 1;
  return found;
}

/**
 * True when `head` has `"key": "value"` (string value, whitespace allowed around the colon).
 *
 * @example
 * hasKeyValue('{"version": "4"}', 'version', '4'); // true
 */
export function hasKeyValue(head: string, key: string, value: string): boolean {
  return new RegExp(`"${escapeRegExp(key)}"\\s*:\\s*"${escapeRegExp(value)}"`).test(head);
}

/** True when the first non-blank character of `head` opens a JSON object or array. */
export function looksLikeJson(head: string): boolean {
  return /^\uFEFF?\s*[[{]/.test(head);
}

function keyPattern(key: string): RegExp {
  return new RegExp(`"${escapeRegExp(key)}"\\s*:`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
