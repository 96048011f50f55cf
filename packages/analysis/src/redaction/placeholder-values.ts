// Values that stand for a secret without being one: template references, documentation
// placeholders, redaction marks and well-known dummy words. A secret-looking key followed by one
// of these is not a leak.

/** References resolved elsewhere: `${VAR}`, `$VAR`, `%VAR%`, `{{ x }}`, `<password>`, `$(VAR)`… */
const TEMPLATE =
  /^(?:\$\{|\$\(|\$[A-Za-z_]|%[A-Za-z_][\w]*%|\{\{|\{%|\{[A-Za-z_][\w.-]*\}|<[^>]*>|\[[A-Za-z_ ]*\]|#\{)/;

/** Reference syntaxes of secret stores and CI systems. */
const REFERENCE =
  /^(?:env[:(.]|secrets?\.|vault:|ref\+|arn:aws:secretsmanager|projects\/[^/]+\/secrets|process\.env|os\.environ|getenv|ENV\[)/i;

/** Words used in documentation where the real secret should go. */
const PLACEHOLDER_WORD =
  /^(?:my|your|the|some|a|db|user|admin|new|old|fake|dummy|test|sample|example|default)?[-_ ]?(?:pass(?:word|wd)|pwd|secret|changeme|change[-_]?me|placeholder|redacted|hidden|removed|masked|notasecret|not[-_]?a[-_]?secret|none|null|nil|undefined|empty|string|str|value|token|api[-_]?key|key)s?$/i;

const CONTAINS_PLACEHOLDER =
  /(?:replace[-_ ]?(?:with|me|this)|not[-_ ]?(?:a[-_ ]?)?(?:real[-_ ]?)?(?:secret|token|key|password)|your[-_](?:[a-z]+[-_])*(?:pass|pwd|secret|token|key|user)|example|dummy|placeholder|redacted|insert[-_ ]|xxx|\*\*\*|\.\.\.|…|<[a-z_ -]+>)/i;

const LITERALS = new Set([
  'true',
  'false',
  'yes',
  'no',
  'on',
  'off',
  'required',
  'optional',
  'n/a',
]);

/**
 * True when a value assigned to a secret-looking key is not a secret: a template or secret-store
 * reference, a documentation placeholder (`YOUR_PASSWORD`, `REPLACE_WITH_…`, `xxxx`, `***`),
 * a redaction mark, a boolean, a run of one repeated character, or an alphabet or keyboard run
 * (`abcdefgh`, `123456`, `qwerty`).
 */
export function isPlaceholderValue(value: string): boolean {
  if (value.length === 0) return true;
  if (TEMPLATE.test(value) || REFERENCE.test(value)) return true;
  if (PLACEHOLDER_WORD.test(value) || CONTAINS_PLACEHOLDER.test(value)) return true;
  if (value.startsWith('[REDACTED')) return true;
  if (LITERALS.has(value.toLowerCase())) return true;
  return /^(.)\1*$/.test(value) || isSequentialRun(value);
}

const RUNS = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiop', 'asdfghjkl'];

/** `abcdefgh`, `123456789`, `qwerty`: a keyboard or alphabet run, typed as a stand-in. */
function isSequentialRun(value: string): boolean {
  if (value.length < 6 || value.length > 26) return false;
  const lower = value.toLowerCase();
  return RUNS.some((run) => run.includes(lower) || run.includes(reverse(lower)));
}

function reverse(value: string): string {
  return Array.from(value).reverse().join('');
}

/** Default credentials conventional for local development; harmless on a local host only. */
const DEFAULT_CREDENTIALS = new Set(['pass', 'admin', 'root', 'test', 'guest', 'user', 'demo']);

/** True for default development credentials such as `admin:pass` (see `isLocalHost`). */
export function isDefaultCredential(value: string): boolean {
  return DEFAULT_CREDENTIALS.has(value.toLowerCase());
}

/** True for host names that only reach the machine itself. */
export function isLocalHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '').toLowerCase();
  return (
    name === 'localhost' ||
    name.startsWith('127.') ||
    name === '0.0.0.0' ||
    name === '[::1]' ||
    name === 'host.docker.internal'
  );
}
