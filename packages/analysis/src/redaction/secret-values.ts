import { classifyKeyName, type KeyStrength } from './key-names';
import { isPlaceholderValue } from './placeholder-values';
import type { Assignment } from './read-assignment';
import { ENTROPY_THRESHOLDS, shannonEntropy } from './shannon-entropy';
import { decodesToText, hasLetterAndDigit, isBase64Like, isHex, isUuid } from './value-shape';

/**
 * `self.password`, `config.db.token`, `getToken(`, `package.module:function`: code that reads or
 * names a secret, not a secret.
 */
const CODE_REFERENCE = /^[A-Za-z_$][\w$]*(?:[.:][A-Za-z_$][\w$]*)+$|\(/;
/** Numbers, durations and sizes: `4096`, `30s`, `1.5h`, `10MB`. */
const QUANTITY = /^\d+(?:\.\d+)?(?:ms|s|m|h|d|w|y|k|kb|mb|gb|%)?$/i;

/**
 * Hex of 40 or 64 characters is a git commit or a SHA-1/SHA-256 digest (`"before": "6113…"` in a
 * webhook): evidence to keep unless a key says it is a secret.
 */
const DIGEST_LENGTHS = new Set([40, 64]);

/**
 * True when a string looks machine-generated: hex with letters and digits above
 * `ENTROPY_THRESHOLDS.hex` (except digest-sized hex, see `DIGEST_LENGTHS`), or base64 with letters and digits above `base64Threshold`, that does
 * not decode to readable text. UUIDs are identifiers and never count.
 *
 * @example
 * looksRandom(fortyRandomBase64Characters); // true
 * looksRandom('checkout-service-7f9c2'); // false (entropy 3.9)
 */
export function looksRandom(value: string, base64Threshold: number = ENTROPY_THRESHOLDS.base64) {
  if (value.length < 10 || !hasLetterAndDigit(value) || isUuid(value)) return false;
  if (isHex(value))
    return !DIGEST_LENGTHS.has(value.length) && shannonEntropy(value) > ENTROPY_THRESHOLDS.hex;
  return (
    value.length >= 16 &&
    isBase64Like(value) &&
    shannonEntropy(value) > base64Threshold &&
    !decodesToText(value)
  );
}

/**
 * True when the value assigned to a key of the given strength is a secret worth reporting.
 * `password` keys accept any real-looking value of 6+ characters, `secret` keys 8+ characters
 * that are not a quantity; `weak` keys only random-looking values. A bare word (letters only) on
 * a `password`/`secret` key counts when quoted or when it ends the line and is long or mixed-case:
 * "Password: rotated yesterday" is prose, `DB_PASSWORD=hunterHunter` is not.
 */
export function isSecretValue(strength: KeyStrength, found: Assignment): boolean {
  const value = found.value;
  if (isPlaceholderValue(value) || CODE_REFERENCE.test(value) || value.includes('://'))
    return false;
  if (isVariableName(value)) return false;
  switch (strength) {
    case 'password':
      return value.length >= 6 && plausibleWord(found);
    case 'secret':
      return value.length >= 8 && !QUANTITY.test(value) && plausibleWord(found);
    case 'weak':
      return looksRandom(value, ENTROPY_THRESHOLDS.base64NearKeyword);
    case 'identifier':
    case 'none':
      return false;
  }
}

/** `DB_PASSWORD`, `detect_secrets`, `apiToken`: a name that points at a secret. */
function isVariableName(value: string): boolean {
  if (!/^[A-Za-z_.-]+$/.test(value) || !/[_.-]|[a-z][A-Z]/.test(value)) return false;
  const strength = classifyKeyName(value);
  return strength === 'password' || strength === 'secret';
}

function plausibleWord(found: Assignment): boolean {
  if (isSentence(found.value)) return false;
  if (!/^[A-Za-z]+$/.test(found.value) || found.quoted) return true;
  return (
    found.endsLine && (found.value.length >= 12 || /[a-z][A-Z]|[A-Z][a-z]+[A-Z]/.test(found.value))
  );
}

/** "must be at least 12 characters": words and spaces only, three spaces or more. */
function isSentence(value: string): boolean {
  return /^[A-Za-z ,.'-]+$/.test(value) && value.split(' ').length > 3;
}
