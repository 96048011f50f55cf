import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError, type WebhookSource } from '@aftermath/domain';
import { webhookScheme } from './webhook-auth-settings';

/** The request headers authentication looks at (lower-case names, as HTTP servers give them). */
export interface WebhookHeaders {
  authorization?: string | undefined;
  'x-pagerduty-signature'?: string | undefined;
  'x-hub-signature-256'?: string | undefined;
  'x-github-delivery'?: string | undefined;
}

function refuse(message: string, path: string): DomainError {
  return new DomainError('unauthenticated', message, [{ path, message }]);
}

/** Equal-length digests make timingSafeEqual usable on inputs of any length. */
function sameText(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function sameHex(givenHex: string, expected: Buffer): boolean {
  if (!/^[0-9a-fA-F]+$/.test(givenHex) || givenHex.length !== expected.length * 2) return false;
  return timingSafeEqual(Buffer.from(givenHex, 'hex'), expected);
}

/** `Authorization: Bearer <token>` against the source's secret. */
function checkBearer(headers: WebhookHeaders, secret: string): void {
  const header = headers.authorization;
  if (header === undefined) {
    throw refuse('missing Authorization: Bearer <token> header', 'Authorization');
  }
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (match?.[1] === undefined) {
    throw refuse('Authorization header must be "Bearer <token>"', 'Authorization');
  }
  if (!sameText(match[1], secret)) throw refuse('bearer token does not match', 'Authorization');
}

/** PagerDuty: `v1=<hex>` values, comma-separated while a secret rotates; any match passes. */
function checkPagerDuty(headers: WebhookHeaders, body: Buffer, secret: string): void {
  const header = headers['x-pagerduty-signature'];
  if (header === undefined) {
    throw refuse('missing X-PagerDuty-Signature header', 'X-PagerDuty-Signature');
  }
  const expected = createHmac('sha256', secret).update(body).digest();
  const values = header.split(',').map((part) => part.trim());
  const signatures = values.filter((value) => value.startsWith('v1=')).map((v) => v.slice(3));
  if (signatures.length === 0) {
    throw refuse('X-PagerDuty-Signature carries no v1=<hex> value', 'X-PagerDuty-Signature');
  }
  // Every value is compared, so the time taken does not tell which one matched.
  const matched = signatures.map((signature) => sameHex(signature, expected));
  if (!matched.includes(true)) {
    throw refuse(
      'X-PagerDuty-Signature matches no v1 signature of the body',
      'X-PagerDuty-Signature',
    );
  }
}

/** GitHub: `X-Hub-Signature-256: sha256=<hex>`. */
function checkGitHub(headers: WebhookHeaders, body: Buffer, secret: string): void {
  const header = headers['x-hub-signature-256'];
  if (header === undefined) {
    throw refuse('missing X-Hub-Signature-256 header', 'X-Hub-Signature-256');
  }
  if (!header.startsWith('sha256=')) {
    throw refuse('X-Hub-Signature-256 must be "sha256=<hex>"', 'X-Hub-Signature-256');
  }
  const expected = createHmac('sha256', secret).update(body).digest();
  if (!sameHex(header.slice('sha256='.length), expected)) {
    throw refuse('X-Hub-Signature-256 does not match the body', 'X-Hub-Signature-256');
  }
}

/** Checks the credentials that come before the body (bearer tokens); signatures need the body. */
export function checkCredentials(
  source: WebhookSource,
  headers: WebhookHeaders,
  secret: string,
): void {
  if (webhookScheme[source] === 'bearer') checkBearer(headers, secret);
}

/** Checks an HMAC signature over the raw body bytes, exactly as received. */
export function checkSignature(
  source: WebhookSource,
  headers: WebhookHeaders,
  body: Buffer,
  secret: string,
): void {
  if (source === 'pagerduty') checkPagerDuty(headers, body, secret);
  if (source === 'github') checkGitHub(headers, body, secret);
}
