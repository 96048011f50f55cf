import type { OidcClaims } from '@aftermath/core';
import * as oidc from 'openid-client';
import type { OidcOptions } from './oidc-options';

/** What the browser keeps between the redirect to the provider and the callback. */
export interface PendingOidcLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** The provider side of the authorization code flow (PKCE, state and nonce), via openid-client. */
export interface OidcClient {
  readonly name: string;
  /** Where to send the browser, and what it must bring back. */
  startLogin(returnTo: string): Promise<{ url: string; pending: PendingOidcLogin }>;
  /**
   * Redeems the callback's code and returns the ID token's claims after checking its signature
   * against the provider's JWKS, issuer, audience, expiry, nonce and the state. Throws with the
   * library's reason otherwise.
   */
  finishLogin(callbackQuery: string, pending: PendingOidcLogin): Promise<OidcClaims>;
}

/**
 * What a provider said in a WWW-Authenticate challenge (openid-client puts the parsed challenges
 * in `cause`): a refused client secret is otherwise only "server responded with a challenge".
 */
function challengeReasons(cause: unknown): string[] {
  if (!Array.isArray(cause)) return [];
  return cause.flatMap((challenge: { parameters?: Record<string, unknown> }) => {
    const { error, error_description: description } = challenge?.parameters ?? {};
    return [error, description].filter((value): value is string => typeof value === 'string');
  });
}

/**
 * The reason an OpenID Connect step failed, as specific as the library knows it: openid-client's
 * summary ("unexpected JWT claim value encountered") followed by its cause ("unexpected ID Token
 * \"nonce\" claim value"), and the provider's error and error_description when it sent them
 * (in the body, or in a WWW-Authenticate challenge as for `invalid_client`).
 */
export function describeOidcError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parts = [error.message];
  const description = (error as { error_description?: unknown }).error_description;
  if (typeof description === 'string') parts.push(description);
  parts.push(...challengeReasons(error.cause));
  let cause: unknown = error.cause;
  for (let depth = 0; cause instanceof Error && depth < 3; depth += 1) {
    if (!parts.includes(cause.message)) parts.push(cause.message);
    cause = cause.cause;
  }
  return parts.join(': ');
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

function stringClaim(claims: Record<string, unknown>, name: string): string | null {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * A client for one provider; discovery runs on the first sign-in and again after a failure, so
 * the server starts while the provider is down. Plain HTTP is allowed only for a loopback issuer.
 */
export function createOidcClient(options: OidcOptions): OidcClient {
  let discovered: Promise<oidc.Configuration> | undefined;
  const issuerUrl = new URL(options.issuer);
  const execute = [oidc.enableNonRepudiationChecks];
  if (issuerUrl.protocol === 'http:' && loopbackHosts.has(issuerUrl.hostname)) {
    execute.push(oidc.allowInsecureRequests);
  }
  const configuration = () => {
    discovered ??= oidc
      .discovery(
        issuerUrl,
        options.clientId,
        undefined,
        oidc.ClientSecretBasic(options.clientSecret),
        { execute, ...(options.fetch ? { [oidc.customFetch]: options.fetch } : {}) },
      )
      .catch((error: unknown) => {
        discovered = undefined;
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`discovery at ${options.issuer} failed: ${reason}`, { cause: error });
      });
    return discovered;
  };
  return {
    name: options.name,
    async startLogin(returnTo) {
      const config = await configuration();
      const pending: PendingOidcLogin = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
        returnTo,
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: options.redirectUrl,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },
    async finishLogin(callbackQuery, pending) {
      const config = await configuration();
      const current = new URL(options.redirectUrl);
      current.search = callbackQuery;
      const tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (claims === undefined) throw new Error('the provider sent no ID token');
      const raw = claims as Record<string, unknown>;
      return {
        issuer: claims.iss,
        subject: claims.sub,
        email: stringClaim(raw, 'email'),
        emailVerified: raw.email_verified === true,
        preferredUsername: stringClaim(raw, 'preferred_username'),
        name: stringClaim(raw, 'name'),
        raw,
      };
    },
  };
}
