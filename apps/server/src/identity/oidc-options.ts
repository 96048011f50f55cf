import type { OidcRoleMapping, OidcTeamMapping } from '@aftermath/core';
import { role as roleSchema, type Role } from '@aftermath/domain';

/** Sign-in through one OpenID Connect provider. */
export interface OidcOptions {
  /** Issuer identifier; discovery reads `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** This server's callback as registered at the provider: `<public URL>/api/v1/auth/oidc/callback`. */
  redirectUrl: string;
  /** Shown on the sign-in button ("Sign in with <name>"). */
  name: string;
  roleMapping: OidcRoleMapping;
  /** Replaces `fetch` for the provider requests (tests tamper with answers through it). */
  fetch?: typeof fetch;
}

type Env = Record<string, string | undefined>;

function fail(variable: string, why: string): never {
  throw new Error(`${variable}: ${why}`);
}

function readUrl(env: Env, variable: string): string {
  const value = env[variable]?.trim();
  if (!value) fail(variable, 'required when AFTERMATH_OIDC_ISSUER is set');
  if (!URL.canParse(value)) fail(variable, `not a URL: ${value}`);
  return value;
}

function readRoles(env: Env): Record<string, Role> {
  const text = env.AFTERMATH_OIDC_ROLES?.trim() ?? '';
  const roles: Record<string, Role> = {};
  for (const pair of text.split(',').filter((p) => p.trim() !== '')) {
    const [value, role] = pair.split('=').map((part) => part.trim());
    const parsed = roleSchema.safeParse(role);
    if (!value || !parsed.success) {
      fail(
        'AFTERMATH_OIDC_ROLES',
        `"${pair}" is not value=role with role one of ${roleSchema.options.join(', ')}`,
      );
    }
    roles[value] = parsed.data;
  }
  return roles;
}

/**
 * `AFTERMATH_OIDC_TEAMS` (`value=team:role,…`, e.g. `sre-oncall=sre:responder`) read from the
 * claim `AFTERMATH_OIDC_TEAM_CLAIM` (default `groups`); undefined when no team is mapped.
 */
function readTeams(env: Env): OidcTeamMapping | undefined {
  const text = env.AFTERMATH_OIDC_TEAMS?.trim() ?? '';
  const values: Record<string, { team: string; role: Role }[]> = {};
  for (const pair of text.split(',').filter((p) => p.trim() !== '')) {
    const [value, grant] = pair.split('=').map((part) => part.trim());
    const [team, role] = (grant ?? '').split(':').map((part) => part.trim());
    const parsed = roleSchema.safeParse(role);
    if (!value || !team || !parsed.success) {
      fail(
        'AFTERMATH_OIDC_TEAMS',
        `"${pair}" is not value=team:role with role one of ${roleSchema.options.join(', ')}`,
      );
    }
    (values[value] ??= []).push({ team, role: parsed.data });
  }
  if (Object.keys(values).length === 0) return undefined;
  return { claim: env.AFTERMATH_OIDC_TEAM_CLAIM?.trim() || 'groups', values };
}

/**
 * OpenID Connect settings from the environment, or null when `AFTERMATH_OIDC_ISSUER` is unset.
 * Throws `VARIABLE: why` for a missing or malformed value. Secrets come only from the
 * environment, never from the command line (which `ps` shows).
 */
export function readOidcOptions(env: Env): OidcOptions | null {
  if (!env.AFTERMATH_OIDC_ISSUER?.trim()) return null;
  const issuer = readUrl(env, 'AFTERMATH_OIDC_ISSUER');
  const clientId =
    env.AFTERMATH_OIDC_CLIENT_ID?.trim() || fail('AFTERMATH_OIDC_CLIENT_ID', 'required');
  const clientSecret =
    env.AFTERMATH_OIDC_CLIENT_SECRET || fail('AFTERMATH_OIDC_CLIENT_SECRET', 'required');
  const defaultRole = roleSchema.safeParse(env.AFTERMATH_OIDC_DEFAULT_ROLE ?? 'viewer');
  if (!defaultRole.success) {
    fail('AFTERMATH_OIDC_DEFAULT_ROLE', `one of ${roleSchema.options.join(', ')}`);
  }
  const teams = readTeams(env);
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUrl: readUrl(env, 'AFTERMATH_OIDC_REDIRECT_URL'),
    name: env.AFTERMATH_OIDC_NAME?.trim() || new URL(issuer).hostname,
    roleMapping: {
      claim: env.AFTERMATH_OIDC_ROLE_CLAIM?.trim() || null,
      roles: readRoles(env),
      defaultRole: defaultRole.data,
      ...(teams === undefined ? {} : { teams }),
    },
  };
}
