import { DomainError, type ErrorDetail } from '@aftermath/domain';
import { REDACTION_RULES } from './redaction-rules';
import { NameIndex, splitWords } from './scan-person-names';
import type { RedactionOptions, SensitiveKind } from './sensitive-finding';

/** Options checked and prepared for scanning. */
export interface PreparedOptions {
  allowExact: ReadonlySet<string>;
  allowPatterns: readonly RegExp[];
  kinds: ReadonlySet<SensitiveKind>;
  disabledRules: ReadonlySet<string>;
  names: NameIndex;
}

const KINDS: readonly SensitiveKind[] = ['secret', 'pii'];
const RULE_NAMES = new Set(REDACTION_RULES.map((rule) => rule.rule));

/**
 * Validates options and prepares them for scanning. Throws a `validation` DomainError with one
 * detail per bad entry (`names.2`, `kinds.0`, …) and changes nothing.
 */
export function prepareOptions(options: RedactionOptions | undefined): PreparedOptions {
  const input = options ?? {};
  const details: ErrorDetail[] = [];
  const allowExact = new Set<string>();
  const allowPatterns: RegExp[] = [];
  (input.allow ?? []).forEach((entry: unknown, i) => {
    if (typeof entry === 'string' && entry.length > 0) allowExact.add(entry);
    else if (entry instanceof RegExp)
      allowPatterns.push(new RegExp(entry.source, entry.flags.replace(/[gy]/g, '')));
    else details.push({ path: `allow.${i}`, message: 'must be a non-empty string or a RegExp' });
  });
  (input.names ?? []).forEach((name: unknown, i) => {
    if (typeof name !== 'string' || splitWords(name).join('').length < 2 || name.length > 200) {
      details.push({
        path: `names.${i}`,
        message: 'must be a name of 2 to 200 characters with letters',
      });
    }
  });
  (input.kinds ?? []).forEach((kind: unknown, i) => {
    if (!KINDS.includes(kind as SensitiveKind)) {
      details.push({ path: `kinds.${i}`, message: `must be one of ${KINDS.join(', ')}` });
    }
  });
  (input.disabledRules ?? []).forEach((rule: unknown, i) => {
    if (typeof rule !== 'string' || !RULE_NAMES.has(rule)) {
      details.push({
        path: `disabledRules.${i}`,
        message: `"${String(rule)}" is not a rule of REDACTION_RULES`,
      });
    }
  });
  if (details.length > 0) throw new DomainError('validation', 'Invalid redaction options', details);
  return {
    allowExact,
    allowPatterns,
    kinds: new Set(input.kinds ?? KINDS),
    disabledRules: new Set(input.disabledRules ?? []),
    names: new NameIndex(input.names ?? []),
  };
}

/** True when the options allow this matched value. */
export function isAllowed(options: PreparedOptions, value: string): boolean {
  return (
    options.allowExact.has(value) || options.allowPatterns.some((pattern) => pattern.test(value))
  );
}
