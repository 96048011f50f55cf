import { createServer } from 'node:net';
import { sign, type KeyObject } from 'node:crypto';
import type { CookieBrowser } from '../../../test/integration/support/cookie-browser';

/** A port nobody listens on now (the server under test takes it right after). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Changes on the way: the authorization request, the callback URL the provider sent. */
export interface FlowEdits {
  authorizeUrl?: (url: URL) => void;
  callbackUrl?: (url: URL) => void;
}

/**
 * Signs in as `login` the way a browser does: Aftermath's login URL, the provider's login and
 * consent forms, back to Aftermath's callback. Returns the callback's answer.
 */
export async function signInThroughProvider(
  browser: CookieBrowser,
  serverUrl: string,
  login: string,
  edits: FlowEdits = {},
): Promise<Response> {
  const start = await browser.request(`${serverUrl}/api/v1/auth/oidc/login?returnTo=/incidents`);
  const authorize = new URL(start.headers.get('location') ?? 'about:blank');
  if (start.status !== 303)
    throw new Error(`login answered ${start.status}: ${await start.text()}`);
  edits.authorizeUrl?.(authorize);
  const atServer = (url: string) => url.startsWith(serverUrl);
  let { response, url } = await browser.follow(authorize.href, atServer);
  for (let page = 0; !atServer(url); page += 1) {
    if (page > 5) throw new Error(`stuck at the provider on ${url}`);
    const html = await response.text();
    const fields: Record<string, string> = html.includes('name="login"')
      ? { login, password: 'any password' }
      : {};
    const next = await browser.submitForm(url, html, fields);
    ({ response, url } = atServer(next)
      ? { response, url: next }
      : await browser.follow(next, atServer));
  }
  const callback = new URL(url);
  edits.callbackUrl?.(callback);
  return browser.request(callback.href);
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The claims of a compact JWS, unchecked. */
export function decodeJwt(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

/** An RS256 JWT with these claims, signed by `key` under kid `test-key`. */
export function signJwt(claims: Record<string, unknown>, key: KeyObject): string {
  const input = `${base64url({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })}.${base64url(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** A fetch that lets `rewrite` change the ID token of every token endpoint answer. */
export function tamperingFetch(rewrite: () => ((idToken: string) => string) | null): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const change = rewrite();
    const url = input instanceof Request ? input.url : String(input);
    if (change === null || !url.endsWith('/token') || !response.ok) return response;
    const body = (await response.json()) as { id_token: string };
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    return new Response(JSON.stringify({ ...body, id_token: change(body.id_token) }), {
      status: response.status,
      headers,
    });
  };
}
