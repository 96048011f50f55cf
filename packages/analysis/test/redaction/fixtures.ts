// Secret-shaped test values, assembled at run time so that no committed file holds a whole one
// (DESIGN §6): prefixes are split, and the random-looking parts are generated from the alphabet
// rather than written down. None of them was ever a live credential.

/** Joins fragments into one value. */
export function assemble(...fragments: string[]): string {
  return fragments.join('');
}

function range(from: string, to: string): string {
  let out = '';
  for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code += 1)
    out += String.fromCharCode(code);
  return out;
}

export const ALPHANUMERIC = range('A', 'Z') + range('a', 'z') + range('0', '9');
export const HEX = range('0', '9') + range('a', 'f');
export const BASE64 = `${ALPHANUMERIC}+/`;

/**
 * `length` characters picked from `alphabet` with a fixed stride: random-looking to an entropy
 * test, reproducible, and different for each `seed`.
 */
export function filler(length: number, alphabet = ALPHANUMERIC, seed = 1): string {
  let out = '';
  for (let i = 0; out.length < length; i += 1) {
    out += alphabet[(i * 37 + seed * 11 + ((i * i) % 7)) % alphabet.length];
  }
  return out;
}

function base64Url(json: object): string {
  return Buffer.from(JSON.stringify(json)).toString('base64url');
}

export const awsAccessKeyId = assemble('AKIA', 'IOSFODNN7EXAMPLE');
export const awsSecretKey = assemble('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYEXAMPLEKEY');
export const githubToken = assemble('ghp', '_', filler(36));
export const githubFineGrained = assemble('github', '_pat_', filler(82, ALPHANUMERIC, 2));
export const gitlabToken = assemble('glpat', '-', filler(20, ALPHANUMERIC, 3));
export const slackBotToken = assemble(
  'xoxb',
  '-2398475',
  '4863-2348975623000-',
  filler(24, ALPHANUMERIC, 4),
);
export const slackWebhook = assemble(
  'https://hooks.',
  'slack.com/services/',
  'T1234ABCD/B5678EFGH/',
  filler(24),
);
export const stripeLive = assemble('sk', '_live_', filler(24, ALPHANUMERIC, 5));
export const openAiKey = assemble(
  'sk',
  '-proj-',
  filler(58, ALPHANUMERIC, 6),
  'T3Blbk',
  'FJ',
  filler(58, ALPHANUMERIC, 7),
);
export const anthropicKey = assemble('sk', '-ant-api03-', filler(93, ALPHANUMERIC, 8), 'AA');
export const npmToken = assemble('npm', '_', filler(36, ALPHANUMERIC, 9));
export const sendgridKey = assemble(
  'SG',
  '.',
  filler(22, ALPHANUMERIC, 10),
  '.',
  filler(43, ALPHANUMERIC, 11),
);
export const twilioKey = assemble('SK', filler(32, HEX, 12));
export const gcpApiKey = assemble('AI', 'za', filler(35, ALPHANUMERIC, 13));
export const jwt = [
  base64Url({ alg: 'HS256', typ: 'JWT' }),
  base64Url({ sub: '1234567890', name: 'Jane' }),
  filler(43, `${ALPHANUMERIC}-_`, 14),
].join('.');
export const azureAccountKey = assemble(filler(86, BASE64, 15), '==');

/** A PKCS#8 private key block with a body that decodes to binary, as real keys do. */
export function privateKeyBlock(): string {
  const body = [filler(64, BASE64, 16), filler(64, BASE64, 17), filler(40, BASE64, 18)];
  const begin = assemble('-----BEGIN ', 'PRIVATE KEY-----');
  const end = assemble('-----END ', 'PRIVATE KEY-----');
  return [begin, ...body, end].join('\n');
}
