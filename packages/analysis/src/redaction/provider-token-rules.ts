import { shannonEntropy } from './shannon-entropy';

/**
 * A token whose format alone identifies it: a vendor prefix, a fixed alphabet and length.
 * Every quantifier is bounded and no two adjacent parts share characters in a way that forces
 * nested backtracking, so each pattern runs in time linear in the text.
 */
export interface TokenRule {
  rule: string;
  /**
   * Literals one of which every match contains (compared case-insensitively); the pattern only
   * runs when one is present.
   */
  hints: readonly string[];
  /**
   * A global pattern. The secret is the named group that matched when the pattern has named groups
   * (`(?<secret>…)`), else the whole match; unnamed groups are only structure.
   */
  pattern: RegExp;
  /** Extra check on the secret (entropy, placeholders). */
  accept?: (secret: string) => boolean;
}

const AWS_PREFIXES = [
  'AKIA',
  'ASIA',
  'ABIA',
  'ACCA',
  'AGPA',
  'AIDA',
  'AROA',
  'AIPA',
  'ANPA',
  'ANVA',
];
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const ASSIGN = String.raw`["']?\s{0,4}(?:=>|:=|=|:)\s{0,4}["']?`;

/** Cloud providers: AWS, Google Cloud, Azure. */
const CLOUD_RULES: TokenRule[] = [
  {
    rule: 'aws-access-key',
    hints: [...AWS_PREFIXES, 'A3T'],
    pattern: new RegExp(
      `(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|${AWS_PREFIXES.join('|')})[A-Z0-9]{16}(?![A-Za-z0-9])`,
      'g',
    ),
  },
  {
    // The AWS-defined names; their values have exactly this shape. Other values under these
    // names (ciphertext, references) are not AWS secret keys, so no other rule claims them.
    rule: 'aws-secret-key',
    hints: ['secret'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?:aws_?)?secret_?access_?key${ASSIGN}(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
      'gi',
    ),
  },
  {
    rule: 'aws-account-id',
    hints: ['account'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])["']?aws_?account_?id${ASSIGN}(?<secret>\d{4}-?\d{4}-?\d{4})(?![\d-])`,
      'gi',
    ),
  },
  {
    rule: 'gcp-api-key',
    hints: ['AIza'],
    pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
  },
  {
    rule: 'azure-storage-key',
    hints: ['accountkey', 'sharedaccesskey', 'sig='],
    pattern:
      /(?<![A-Za-z])(?:AccountKey|SharedAccessKey)\s{0,4}=\s{0,4}(?<secret>[A-Za-z0-9+/]{40,100}={0,2})|[?&;]sig=(?<signature>[A-Za-z0-9%+/]{40,120}={0,2})/gi,
  },
  {
    rule: 'azure-client-secret',
    hints: ['Q~'],
    pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
  },
  {
    rule: 'azure-id',
    hints: ['tenant', 'client', 'subscription', 'directory', 'app', 'application'].flatMap(
      (word) => [`${word}_id`, `${word}id`],
    ),
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])["']?(?:azure|arm|aad|ad|ms)_?(?:tenant|client|subscription|directory|app(?:lication)?)_?id${ASSIGN}(?<secret>${UUID})`,
      'gi',
    ),
  },
];

/** Source hosting, package registries and CI. */
const DEVELOPER_RULES: TokenRule[] = [
  {
    rule: 'github-token',
    hints: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    pattern:
      /(?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9_]{36,251}(?:\.[A-Za-z0-9_-]{8,2048}){0,2}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])/g,
  },
  {
    rule: 'gitlab-token',
    hints: ['gl'],
    pattern:
      /(?<![A-Za-z])gl(?:pat|dt|ptt|rt|cbt|soat|ft|imt|oas|agent|ffct)-[A-Za-z0-9_-]{20,128}(?![A-Za-z0-9_-])/g,
  },
  {
    rule: 'npm-token',
    hints: ['npm_'],
    pattern: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g,
  },
  {
    rule: 'pypi-token',
    hints: ['pypi-'],
    pattern: /(?<![A-Za-z])pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}(?![A-Za-z0-9_-])/g,
  },
  {
    rule: 'docker-token',
    hints: ['dckr_'],
    pattern: /(?<![A-Za-z])dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,64}(?![A-Za-z0-9_-])/g,
  },
  {
    rule: 'vault-token',
    hints: ['hvs.', 'hvb.', 'hvr.'],
    pattern: /(?<![A-Za-z])hv[sbr]\.[A-Za-z0-9_-]{90,400}(?![A-Za-z0-9_-])/g,
  },
  {
    rule: 'vercel-token',
    hints: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    pattern: /(?<![A-Za-z])vc[pirka]_[A-Za-z0-9]{24,64}(?![A-Za-z0-9])/g,
  },
  {
    rule: 'databricks-token',
    hints: ['dapi'],
    pattern: /(?<![A-Za-z])dapi[a-fA-F0-9]{32}(?:-\d)?(?![A-Za-z0-9])/g,
  },
  {
    rule: 'tailscale-key',
    hints: ['tskey-'],
    pattern: /(?<![A-Za-z])tskey-[a-z]{2,16}-[A-Za-z0-9]{6,64}-[A-Za-z0-9]{16,128}(?![A-Za-z0-9])/g,
  },
  {
    rule: 'grafana-token',
    hints: ['glc_', 'glsa_'],
    pattern:
      /(?<![A-Za-z])(?:glc_[A-Za-z0-9+/]{32,400}={0,2}(?![A-Za-z0-9+/=])|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}(?![A-Za-z0-9]))/g,
  },
  {
    rule: 'cloudflare-token',
    hints: ['cfat_', 'cfut_', 'cfk_'],
    pattern: /(?<![A-Za-z])cf(?:at|ut|k)_[A-Za-z0-9]{40}[a-f0-9]{8}(?![A-Za-z0-9])/g,
  },
];

/** Chat, payments, e-mail and SaaS APIs. */
const SERVICE_RULES: TokenRule[] = [
  {
    rule: 'slack-token',
    hints: ['xox', 'xapp-'],
    pattern:
      /(?<![A-Za-z0-9])(?:xox[abposre]|xapp)-(?:\d-)?(?:[A-Za-z0-9]{1,64}-){1,8}[A-Za-z0-9]{1,64}(?![A-Za-z0-9-])/g,
    accept: (secret) => secret.length >= 24,
  },
  {
    rule: 'slack-webhook',
    hints: ['hooks.slack.com'],
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{8,200}/g,
  },
  {
    rule: 'stripe-key',
    hints: ['sk_', 'rk_', 'whsec_'],
    pattern:
      /(?<![A-Za-z0-9])(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{24,247}|whsec_[A-Za-z0-9]{32,128})(?![A-Za-z0-9])/g,
  },
  {
    rule: 'sendgrid-key',
    hints: ['SG.'],
    pattern: /(?<![A-Za-z0-9])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}(?![A-Za-z0-9_-])/g,
  },
  {
    rule: 'twilio-key',
    hints: ['SK'],
    pattern: /(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])/g,
    accept: (secret) => /[a-fA-F]/.test(secret.slice(2)) && /\d/.test(secret.slice(2)),
  },
  {
    rule: 'mailchimp-key',
    hints: ['-us'],
    // The literal comes first so the engine can search for it; the key is read behind it.
    pattern: /-us\d{1,2}(?![A-Za-z0-9])(?<=(?<![A-Za-z0-9])(?<secret>[0-9a-f]{32})-us\d{1,2})/g,
  },
  {
    rule: 'shopify-token',
    hints: ['shpss_', 'shpat_', 'shpca_', 'shppa_'],
    pattern: /(?<![A-Za-z])shp(?:ss|at|ca|pa)_[A-Za-z0-9]{32,64}(?![A-Za-z0-9])/g,
  },
  {
    rule: 'figma-token',
    hints: ['figd_'],
    pattern: /(?<![A-Za-z])figd_[A-Za-z0-9_-]{40,200}(?![A-Za-z0-9_-])/g,
  },
  {
    rule: 'linear-key',
    hints: ['lin_'],
    pattern: /(?<![A-Za-z])lin_(?:api|oauth)_[A-Za-z0-9_]{32,128}(?![A-Za-z0-9_])/g,
  },
  {
    rule: 'notion-token',
    hints: ['ntn_'],
    pattern: /(?<![A-Za-z])ntn_\d{11}[A-Za-z0-9]{35}(?![A-Za-z0-9])/g,
  },
  {
    rule: 'onepassword-token',
    hints: ['ops_eyJ'],
    pattern: /(?<![A-Za-z])ops_eyJ[A-Za-z0-9+/]{100,4096}={0,2}(?![A-Za-z0-9+/=])/g,
  },
];

/** AI model providers. */
const AI_RULES: TokenRule[] = [
  {
    rule: 'anthropic-key',
    hints: ['sk-ant-'],
    pattern:
      /(?<![A-Za-z0-9])sk-ant-(?:api|admin|sid)\d{2}-[A-Za-z0-9_-]{80,200}(?![A-Za-z0-9_-])/g,
  },
  {
    // OpenAI keys carry base64("OpenAI") in the middle; the look-ahead capture makes the run
    // atomic, so a long run is read once instead of being split at every position.
    rule: 'openai-key',
    hints: ['T3BlbkFJ'],
    pattern: /(?<![A-Za-z0-9_-])sk-(?=([A-Za-z0-9_-]{40,400}))\1(?![A-Za-z0-9_-])/g,
    accept: (secret) => secret.includes('T3BlbkFJ') && !secret.startsWith('ant-'),
  },
  {
    rule: 'groq-key',
    hints: ['gsk_'],
    pattern: /(?<![A-Za-z])gsk_[A-Za-z0-9]{52}(?![A-Za-z0-9])/g,
  },
  {
    rule: 'huggingface-token',
    hints: ['hf_'],
    pattern: /(?<![A-Za-z])hf_[A-Za-z]{34}(?![A-Za-z0-9])/g,
  },
];

/** Formats shared by many services. */
const GENERIC_RULES: TokenRule[] = [
  {
    rule: 'jwt',
    hints: ['eyJ'],
    pattern:
      /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,4096}\.eyJ[A-Za-z0-9_-]{10,8192}\.[A-Za-z0-9_-]{10,2048}(?![A-Za-z0-9_-])/g,
  },
  {
    rule: 'bearer-token',
    hints: ['bearer', 'basic ', 'token '],
    pattern:
      /(?<![A-Za-z])(?:authorization["']?\s{0,4}[:=]\s{0,4}["']?(?:bearer|basic|token)|bearer)\s{1,4}(?<secret>[A-Za-z0-9._~+/-]{16,2048}={0,2})(?![A-Za-z0-9._~+/=-])/gi,
    accept: (secret) => /\d/.test(secret) && shannonEntropy(secret) >= 3.5,
  },
  {
    rule: 'hex-private-key',
    hints: ['0x'],
    pattern: /(?<![A-Za-z0-9])0x[0-9a-fA-F]{64}(?![0-9A-Za-z])/g,
    accept: (secret) => shannonEntropy(secret.slice(2)) >= 3,
  },
];

/** Every token rule, in the order they run. */
export const TOKEN_RULES: readonly TokenRule[] = [
  ...CLOUD_RULES,
  ...DEVELOPER_RULES,
  ...SERVICE_RULES,
  ...AI_RULES,
  ...GENERIC_RULES,
];
