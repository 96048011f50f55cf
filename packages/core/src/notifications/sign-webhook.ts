import { createHmac } from 'node:crypto';

/**
 * The signature header value of a generic-webhook delivery: `v1=` and the hex HMAC-SHA256 of
 * `timestamp + "." + body` under the target's secret. `timestamp` is Unix seconds as sent in
 * `X-Aftermath-Timestamp`; receivers recompute it and reject old timestamps (replays).
 *
 * @example signWebhookBody('s3cret-s3cret-s3cret', 1764210000, '{"id":"x"}') // 'v1=…'
 */
export function signWebhookBody(secret: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `v1=${mac}`;
}
