/**
 * Entropy thresholds for strings that look random. Shannon entropy is measured in bits per
 * character over the string's own characters (`shannonEntropy`), so a string can never exceed
 * log2(its length): the base64 threshold of 4.5 is unreachable below 23 characters.
 *
 * - `base64`: 4.5 bits, the limit detect-secrets uses for its base64 plugin. Random base64 of
 *   32 characters averages about 4.6; English words and identifiers stay below 4.2.
 * - `base64NearKeyword`: 4.0 bits, for a value assigned to a key that only weakly suggests a
 *   secret (`key`, `API_KEY2`…): the key already makes a secret likely.
 * - `hex`: 3.0 bits, detect-secrets' hex limit. Random hex of 10+ characters sits at 3.2–4.0;
 *   repeated digits (`1111…`, `0000…`) stay below.
 *
 * @example
 * shannonEntropy(value) > ENTROPY_THRESHOLDS.base64; // random enough to be a key
 */
export const ENTROPY_THRESHOLDS = { base64: 4.5, base64NearKeyword: 4.0, hex: 3.0 } as const;

const counts = new Int32Array(65536);

/**
 * Shannon entropy of a string in bits per character: −Σ p·log2(p) over the frequency p of each
 * distinct UTF-16 code unit. 0 for an empty or single-letter string; log2(n) at most.
 *
 * @example
 * shannonEntropy('aaaa'); // 0
 * shannonEntropy('abcd'); // 2
 */
export function shannonEntropy(value: string): number {
  const n = value.length;
  if (n === 0) return 0;
  for (let i = 0; i < n; i += 1)
    counts[value.charCodeAt(i)] = (counts[value.charCodeAt(i)] ?? 0) + 1;
  let entropy = 0;
  for (let i = 0; i < n; i += 1) {
    const code = value.charCodeAt(i);
    const count = counts[code] ?? 0;
    if (count === 0) continue;
    const p = count / n;
    entropy -= p * Math.log2(p);
    counts[code] = 0;
  }
  return entropy;
}
