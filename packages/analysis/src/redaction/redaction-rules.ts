import { TOKEN_RULES } from './provider-token-rules';
import type { SensitiveKind } from './sensitive-finding';

/** A rule name as it appears in findings, placeholders and `disabledRules`, with its kind. */
export interface RedactionRule {
  rule: string;
  kind: SensitiveKind;
}

/**
 * Every rule the redaction engine reports, secrets first: vendor token formats, then private keys,
 * URL credentials, keyword assignments and random-looking strings, then personal data.
 *
 * @example
 * REDACTION_RULES.filter((r) => r.kind === 'pii').map((r) => r.rule);
 * // ['email', 'phone', 'credit-card', 'iban', 'ipv4', 'ipv6', 'person-name']
 */
export const REDACTION_RULES: readonly RedactionRule[] = [
  ...new Set(TOKEN_RULES.map((rule) => rule.rule)),
  'private-key',
  'url-credentials',
  'password',
  'secret-assignment',
  'high-entropy-string',
]
  .map((rule): RedactionRule => ({ rule, kind: 'secret' }))
  .concat(
    ['email', 'phone', 'credit-card', 'iban', 'ipv4', 'ipv6', 'person-name'].map((rule) => ({
      rule,
      kind: 'pii',
    })),
  );
