/** FNV-1a offset basis and prime (32-bit). */
const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;
/** `String.fromCharCode` takes its codes as arguments; longer text is decoded in pieces. */
const DECODE_CHUNK = 8_192;
/** Zeros after a message in `MaskWriter.input`: the masker looks at most eight past the end. */
const SENTINELS = 16;
const encoder = new TextEncoder();

/**
 * Writes a masked copy of a message into a reused buffer of character codes, hashing it as it
 * goes, so that the miner can look a repeated message up without building its masked string.
 * Text is copied lazily: only the parts between edits, once, in order. One writer serves one
 * message at a time (`reset` starts the next).
 */
export class MaskWriter {
  /**
   * The message being masked, one byte per character: ASCII as is, anything else as 128 (which
   * the masker treats as punctuation, as it does every non-ASCII character), then
   * {@link SENTINELS} zeros, so the masker may look a few characters past the end without a
   * bounds check. Reading bytes rather than the string is what makes masking fast: messages are
   * usually slices of a larger string, which are slow to index.
   */
  input = new Uint8Array(512);
  /** True when the message is ASCII only, so `input` holds its exact characters. */
  private ascii = true;
  private codes = new Uint16Array(512);
  /** Characters written so far. */
  length = 0;
  /** FNV-1a hash of the characters written so far. */
  hash = HASH_SEED;
  private source = '';
  /** Where the message starts in `source` (a whole log line whose header is skipped). */
  private offset = 0;
  /** Everything before this offset of the source has been written (or dropped). */
  private copied = 0;
  /** Source offset right after the last wildcard, or -1. */
  private lastWildcardEnd = -1;
  private edited = false;

  /** Starts writing a masked copy of `source` from offset `from` to its end. */
  reset(source: string, from = 0): void {
    this.readInput(source, from);
    this.source = source;
    this.offset = from;
    this.length = 0;
    this.hash = HASH_SEED;
    this.copied = 0;
    this.lastWildcardEnd = -1;
    this.edited = false;
  }

  /**
   * Replaces `source[start, end)` with `<*>`. A wildcard that follows the previous one across a
   * single `.`, `:` or `-` (or directly) extends it instead, so `10.0.0.1:80` becomes one `<*>`.
   */
  wildcard(start: number, end: number): void {
    const last = this.lastWildcardEnd;
    this.edited = true;
    if (last < 0 || (start !== last && (start !== last + 1 || !isJoint(this.input[last] ?? 0)))) {
      this.copyUpTo(start, 3);
      this.pushWildcard();
    }
    this.copied = end;
    this.lastWildcardEnd = end;
  }

  /** Replaces the whitespace `source[start, end)` with one space, or with nothing. */
  cut(start: number, end: number, space: boolean): void {
    if (start === end && !space) return;
    this.edited = true;
    this.copyUpTo(start, 1);
    if (space) this.push(32);
    this.copied = end;
  }

  /** Writes the rest of the source; the writer then holds the whole masked message. */
  finish(): void {
    this.copyUpTo(this.source.length - this.offset, 0);
  }

  /** True when the finished masked message equals `key`. */
  equals(key: string): boolean {
    const length = this.length;
    if (key.length !== length) return false;
    const codes = this.codes;
    for (let i = 0; i < length; i += 1) if (codes[i] !== key.charCodeAt(i)) return false;
    return true;
  }

  /** The finished masked message; the source itself when nothing was masked or cut. */
  text(): string {
    if (this.edited) return this.decode();
    return this.offset === 0 ? this.source : this.source.slice(this.offset);
  }

  /**
   * The finished masked message as a new flat string, sharing no memory with the source (which
   * may be a slice of a much larger chunk of input that a remembered key must not keep alive).
   */
  decode(): string {
    let text = '';
    for (let from = 0; from < this.length; from += DECODE_CHUNK) {
      const piece = this.codes.subarray(from, Math.min(this.length, from + DECODE_CHUNK));
      text += String.fromCharCode(...piece);
    }
    return text;
  }

  /** Copies `source[copied, end)` and makes room for `extra` more characters. */
  private copyUpTo(end: number, extra: number): void {
    const from = this.copied;
    const needed = this.length + (end - from) + extra;
    if (needed > this.codes.length) this.grow(needed);
    // Locals rather than fields in the loops: this copy is the writer's hot path.
    const { source, codes, input, offset } = this;
    let length = this.length;
    let hash = this.hash;
    if (this.ascii) {
      for (let i = from; i < end; i += 1) {
        const code = input[i] ?? 0;
        codes[length] = code;
        length += 1;
        hash = Math.imul(hash ^ code, HASH_PRIME);
      }
    } else {
      for (let i = from; i < end; i += 1) {
        const code = source.charCodeAt(offset + i);
        codes[length] = code;
        length += 1;
        hash = Math.imul(hash ^ code, HASH_PRIME);
      }
    }
    this.length = length;
    this.hash = hash;
    this.copied = end;
  }

  /**
   * Fills `input` from `source[from…]` (natively when it is ASCII, as log lines nearly always
   * are). The whole source is encoded and the message moved to the front: cheaper than slicing
   * it off first, and a line with non-ASCII only in its header merely takes the slower loop.
   */
  private readInput(source: string, from: number): void {
    const n = source.length;
    // Room for ASCII; other text stops the encoder early and takes the loop below anyway.
    if (this.input.length < n + SENTINELS) this.input = new Uint8Array(2 * n + SENTINELS);
    const input = this.input;
    const { read, written } = encoder.encodeInto(source, input);
    this.ascii = read === n && written === n;
    if (!this.ascii) {
      for (let i = from; i < n; i += 1) {
        const code = source.charCodeAt(i);
        input[i - from] = code < 128 ? code : 128;
      }
    } else if (from > 0) input.copyWithin(0, from, n);
    input.fill(0, n - from, n - from + SENTINELS);
  }

  /** Writes `<*>` (room made by the caller), with locals: wildcards come several per line. */
  private pushWildcard(): void {
    const codes = this.codes;
    let length = this.length;
    let hash = this.hash;
    codes[length] = 60;
    hash = Math.imul(hash ^ 60, HASH_PRIME);
    codes[length + 1] = 42;
    hash = Math.imul(hash ^ 42, HASH_PRIME);
    codes[length + 2] = 62;
    length += 3;
    this.hash = Math.imul(hash ^ 62, HASH_PRIME);
    this.length = length;
  }

  private push(code: number): void {
    this.codes[this.length] = code;
    this.length += 1;
    this.hash = Math.imul(this.hash ^ code, HASH_PRIME);
  }

  private grow(needed: number): void {
    const codes = new Uint16Array(Math.max(needed, this.codes.length * 2));
    codes.set(this.codes.subarray(0, this.length));
    this.codes = codes;
  }
}

function isJoint(code: number): boolean {
  return code === 46 || code === 58 || code === 45;
}
