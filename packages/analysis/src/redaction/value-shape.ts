// Character-level tests on candidate secret values. Each is one pass over the value.

const HEX = /^[0-9A-Fa-f]+$/;
const BASE64ISH = /^[A-Za-z0-9+/_-]+={0,2}$/;
const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

/** True for a string of hex digits only. */
export function isHex(value: string): boolean {
  return HEX.test(value);
}

/** True for base64 or base64url text (with up to two `=` of padding). */
export function isBase64Like(value: string): boolean {
  return BASE64ISH.test(value);
}

/** True for a UUID in its canonical 8-4-4-4-12 form. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** True when the value holds at least one ASCII letter and at least one digit. */
export function hasLetterAndDigit(value: string): boolean {
  return /[A-Za-z]/.test(value) && /[0-9]/.test(value);
}

/** True when the value holds at least `count` distinct characters (stops as soon as it does). */
export function hasDistinctCharacters(value: string, count: number): boolean {
  const seen = new Set<number>();
  for (let i = 0; i < value.length && seen.size < count; i += 1) seen.add(value.charCodeAt(i));
  return seen.size >= count;
}

/** The 6-bit value of each base64 and base64url digit, -1 for other characters. */
const BASE64_VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < 26; i += 1) {
  BASE64_VALUES[65 + i] = i;
  BASE64_VALUES[97 + i] = 26 + i;
}
for (let i = 0; i < 10; i += 1) BASE64_VALUES[48 + i] = 52 + i;
BASE64_VALUES[43] = 62; // +
BASE64_VALUES[47] = 63; // /
BASE64_VALUES[45] = 62; // -
BASE64_VALUES[95] = 63; // _

/**
 * True when the value is base64 that decodes to readable ASCII text (`ZHVtbXkgdGV4dA==` is
 * "dummy text"): encoded prose or a placeholder, not key material, which decodes to binary.
 * Values that are not base64 (or decode to fewer than 12 bytes) give false.
 */
export function decodesToText(value: string): boolean {
  const body = value.replace(/=+$/, '');
  if (body.length < 16 || body.length % 4 === 1) return false;
  let bits = 0;
  let buffer = 0;
  let bytes = 0;
  let printable = 0;
  for (let i = 0; i < body.length; i += 1) {
    const code = body.charCodeAt(i);
    const digit = code < 128 ? (BASE64_VALUES[code] ?? -1) : -1;
    if (digit < 0) return false;
    buffer = ((buffer << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (buffer >> bits) & 0xff;
      bytes += 1;
      if ((byte >= 32 && byte < 127) || byte === 9 || byte === 10 || byte === 13) printable += 1;
    }
  }
  return bytes >= 12 && printable / bytes >= 0.95;
}
