// What a key name says about its value: `DB_PASSWORD` holds a password, `api_key` a secret,
// `cache_key` perhaps (only a random-looking value counts), `trace_id` an identifier.

/** How strongly a key name suggests that its value is a secret. */
export type KeyStrength = 'password' | 'secret' | 'weak' | 'identifier' | 'none';

const PASSWORD_WORDS = new Set([
  'password',
  'passwords',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'pw',
]);
const SECRET_WORDS = new Set([
  'secret',
  'secrets',
  'token',
  'credential',
  'credentials',
  'creds',
  'apikey',
  'authtoken',
  'privkey',
  'auth',
]);
/** Long secret words glued to a prefix: `PGPASSWORD`, `mysqlpasswd`, `GITHUBTOKEN`, `appsecret`. */
const GLUED_PASSWORD = /(?:password|passwd|passphrase)$/;
const GLUED_SECRET = /(?:secret|token|apikey)$/;
/** Words before `key` that make it a secret key: `api_key`, `SECRET_ACCESS_KEY`, `signingKey`. */
const SECRET_KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'secret',
  'private',
  'auth',
  'master',
  'signing',
  'encryption',
  'account',
  'storage',
  'client',
  'app',
  'shared',
  'license',
  'webhook',
  'session',
]);
/** Last words that name something about a secret rather than the secret itself. */
const NOT_THE_VALUE = new Set(
  (
    'id ids uuid guid name names type types url uri urls endpoint host hosts file files path dir ' +
    'length len size count limit max min ttl expiry expires expiration timeout format policy ' +
    'version header field param params enabled enable disabled required rule rules reset age ' +
    'strength complexity prompt label hint mode method provider schema hash sha digest checksum ' +
    'fingerprint etag revision commit nonce signature env var variable ref arn location source ' +
    'manager store vault backend rotation rotated created updated at time date status usage ' +
    'scope scopes kind prefix suffix index pattern regex template option options'
  ).split(' '),
);

/**
 * Splits a key name into lower-case words at `_`, `-`, `.`, spaces and camelCase humps.
 *
 * @example
 * splitKeyWords('AWS_SECRET_ACCESS_KEY'); // ['aws', 'secret', 'access', 'key']
 * splitKeyWords('clientSecretValue'); // ['client', 'secret', 'value']
 */
export function splitKeyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/**
 * Classifies a key name. `password` and `secret` keys make any non-placeholder value a finding;
 * `weak` keys (`key`, `cache_key`) need a random-looking value; `identifier` keys (`trace_id`,
 * `commit_sha`, `public_key`) hold values that look random but are not secret.
 *
 * @example
 * classifyKeyName('DB_PASSWORD'); // 'password'
 * classifyKeyName('stripe_api_key'); // 'secret'
 * classifyKeyName('password_policy'); // 'none'
 * classifyKeyName('DOTENV_PUBLIC_KEY'); // 'identifier' (public keys are shared on purpose)
 * classifyKeyName('request_id'); // 'identifier'
 */
export function classifyKeyName(key: string): KeyStrength {
  let strength = CACHE.get(key);
  if (strength === undefined) {
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    strength = classifyWords(splitKeyWords(key));
    CACHE.set(key, strength);
  }
  return strength;
}

/** Keys repeat (every log line has the same ones): their classification is remembered. */
const CACHE = new Map<string, KeyStrength>();
const CACHE_LIMIT = 10_000;

function classifyWords(words: readonly string[]): KeyStrength {
  const last = words[words.length - 1];
  if (last === undefined) return 'none';
  if (NOT_THE_VALUE.has(last)) return isIdentifierWord(last) ? 'identifier' : 'none';
  if (words.some((word) => PUBLIC_WORDS.has(word))) return 'identifier';
  if (words.some((word) => PASSWORD_WORDS.has(word) || GLUED_PASSWORD.test(word)))
    return 'password';
  if (words.some((word) => SECRET_WORDS.has(word) || GLUED_SECRET.test(word))) return 'secret';
  for (let i = 1; i < words.length; i += 1) {
    if (words[i] === 'key' && SECRET_KEY_QUALIFIERS.has(words[i - 1] ?? '')) return 'secret';
  }
  return words.includes('key') ? 'weak' : 'none';
}

/** Public halves and publishable keys are meant to be shared: `DOTENV_PUBLIC_KEY`, `pk_live`. */
const PUBLIC_WORDS = new Set(['public', 'pub', 'publishable']);

const IDENTIFIER_WORDS = new Set(
  'id ids uuid guid hash sha digest checksum fingerprint etag revision commit nonce signature'.split(
    ' ',
  ),
);

function isIdentifierWord(word: string): boolean {
  return IDENTIFIER_WORDS.has(word);
}
