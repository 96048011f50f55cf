/**
 * What a finding is: a credential that grants access (`secret`), or personal data about someone
 * (`pii`).
 *
 * @example
 * const kinds: SensitiveKind[] = ['secret']; // scan for secrets only
 */
export type SensitiveKind = 'secret' | 'pii';

/**
 * One sensitive span on one line, in the shape `aftermath redact --json` prints (DESIGN §3).
 * `line` is 1-based; `start` (inclusive) and `end` (exclusive) are character offsets within the
 * line, counted in UTF-16 code units like JavaScript string indices. A secret that spans several
 * lines (a PEM private key) is reported as one finding per line.
 *
 * @example
 * // 'token: ghp_…' on the third line, the token starting at column 7:
 * // { line: 3, start: 7, end: 47, kind: 'secret', rule: 'github-token', value: 'ghp_…' }
 */
export interface SensitiveFinding {
  line: number;
  start: number;
  end: number;
  kind: SensitiveKind;
  /** The rule that matched, e.g. `aws-access-key`, `password`, `email`; also names the placeholder. */
  rule: string;
  /** The matched text on this line. */
  value: string;
}

/**
 * What to look for. Every field is optional: by default both kinds are reported, nothing is allowed
 * and no names are known.
 *
 * @example
 * const options: RedactionOptions = {
 *   allow: ['noreply@example.com', /^10\.0\./],
 *   names: ['Jane Doe', 'Ravi Patel'],
 *   kinds: ['secret'],
 * };
 */
export interface RedactionOptions {
  /**
   * Values never reported: a string must equal the whole matched value; a regular expression is
   * tested against the matched value (flags `g` and `y` are ignored).
   */
  allow?: readonly (string | RegExp)[];
  /** People's names known to the workspace (its directory), reported as PII wherever they appear. */
  names?: readonly string[];
  /** Which kinds to report; both by default. */
  kinds?: readonly SensitiveKind[];
  /**
   * Rules to switch off by name (see `REDACTION_RULES`), e.g. `['ipv4']` to keep addresses in an
   * internal document.
   */
  disabledRules?: readonly string[];
}

/**
 * The redacted text and what was replaced. Line numbers and offsets in `findings` refer to the
 * original text.
 *
 * @example
 * // { text: 'key=[REDACTED:aws-access-key#1]', findings: [{ line: 1, start: 4, end: 24, … }] }
 */
export interface RedactionResult {
  text: string;
  findings: SensitiveFinding[];
}

/** A match before it is split into lines: absolute offsets into the whole text. */
export interface Candidate {
  start: number;
  end: number;
  kind: SensitiveKind;
  rule: string;
  /** Higher wins when two candidates overlap; see `resolveOverlaps`. */
  priority: number;
}
