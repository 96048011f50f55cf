import { createHash } from 'node:crypto';
import { DomainError, role as roleSchema, type Role } from '@aftermath/domain';
import { isSetupRequired } from './accounts';
import type { StoredAccount } from './identity.ports';
import type { Repositories } from '../ports';
import type { IdentityContext } from './passwords';
import { defaultSessionPolicy, openSession, type NewSession, type SessionPolicy } from './sessions';

/**
 * What a validated ID token says about a person (signature, issuer, audience, expiry and nonce
 * already checked by the caller).
 */
export interface OidcClaims {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  preferredUsername: string | null;
  name: string | null;
  /** Every claim, for the role mapping. */
  raw: Record<string, unknown>;
}

/**
 * Which role a claim grants: `claim` names a string or string-array claim (e.g. `groups`), `roles`
 * maps its values to roles; the highest matching role wins. Accounts without a match get
 * `defaultRole` when created and keep their role afterwards.
 */
export interface OidcRoleMapping {
  claim: string | null;
  roles: Readonly<Record<string, Role>>;
  defaultRole: Role;
  /** Team roles from a claim; absent: sign-in leaves team memberships alone. */
  teams?: OidcTeamMapping;
}

/**
 * Which team roles a claim grants: `claim` names a string or string-array claim (e.g. `groups`),
 * `values` maps each value to team roles (`sre-oncall` → responder in `sre`). On every sign-in the
 * person gets the highest mapped role in each team the claim grants, and loses their membership
 * in a mapped team it no longer grants; teams no value maps to are managed in Aftermath only.
 *
 * @example { claim: 'groups', values: { 'sre-oncall': [{ team: 'sre', role: 'responder' }] } }
 */
export interface OidcTeamMapping {
  claim: string;
  values: Readonly<Record<string, readonly { team: string; role: Role }[]>>;
}

/**
 * Accounts that sign in only through OpenID Connect hold this in place of a password hash: it is
 * no PHC string, so no password ever verifies against it, yet the account counts as one that can
 * sign in (unlike a directory entry, whose hash is null).
 */
export const externalSignInMarker = '!oidc';

interface OidcLink {
  username: string;
}

const rank: Record<Role, number> = { viewer: 0, responder: 1, reviewer: 2, admin: 3 };

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Settings keys of the links: by issuer and subject, and by verified e-mail address. */
const subjectKey = (claims: OidcClaims) =>
  `oidc.subject.${digest(`${claims.issuer}\n${claims.subject}`)}`;
const emailKey = (email: string) => `oidc.email.${digest(email.toLowerCase())}`;

/** The string values of a claim (dotted path into the claims; one string or an array). */
function claimValues(claims: OidcClaims, claim: string): string[] {
  const value = claim.split('.').reduce<unknown>((at, part) => {
    return typeof at === 'object' && at !== null
      ? (at as Record<string, unknown>)[part]
      : undefined;
  }, claims.raw);
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

/**
 * The team roles the mapping grants for these claims (the highest per team), and every team the
 * mapping manages.
 */
export function mapOidcTeams(
  claims: OidcClaims,
  mapping: OidcTeamMapping,
): { granted: Map<string, Role>; managed: Set<string> } {
  const managed = new Set(Object.values(mapping.values).flatMap((list) => list.map((g) => g.team)));
  const granted = new Map<string, Role>();
  for (const value of claimValues(claims, mapping.claim)) {
    for (const { team, role } of mapping.values[value] ?? []) {
      const held = granted.get(team);
      granted.set(team, held === undefined || rank[role] > rank[held] ? role : held);
    }
  }
  return { granted, managed };
}

/** Puts the person's memberships in the mapped teams in line with what the claim grants. */
async function applyTeamMapping(
  repos: Repositories,
  username: string,
  claims: OidcClaims,
  mapping: OidcTeamMapping,
): Promise<void> {
  const { granted, managed } = mapOidcTeams(claims, mapping);
  const held = await repos.access.listMemberships({ username });
  for (const team of managed) {
    const role = granted.get(team);
    const current = held.find((membership) => membership.team === team);
    if (role === undefined) {
      if (current !== undefined) await repos.access.removeMembership(team, username);
    } else if (current?.role !== role) {
      await repos.access.setMembership({ team, username, role });
    }
  }
}

/** The role the mapping grants for these claims, or null when no value matches. */
export function mapOidcRole(claims: OidcClaims, mapping: OidcRoleMapping): Role | null {
  if (mapping.claim === null) return null;
  const granted = claimValues(claims, mapping.claim)
    .map((v) => mapping.roles[v])
    .filter((r): r is Role => r !== undefined && roleSchema.safeParse(r).success);
  if (granted.length === 0) return null;
  return granted.reduce((best, r) => (rank[r] > rank[best] ? r : best));
}

function usernameCandidate(claims: OidcClaims): string {
  const source = claims.preferredUsername ?? claims.email?.split('@')[0] ?? claims.subject;
  const cleaned = source
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 56);
  return cleaned === '' ? 'user' : cleaned;
}

/** A username nobody signs in with yet: the candidate, or it with -2, -3, … appended. */
async function freeUsername(repos: Repositories, claims: OidcClaims): Promise<string> {
  const base = usernameCandidate(claims);
  for (let n = 1; n < 1000; n += 1) {
    const name = n === 1 ? base : `${base}-${n}`;
    const existing = await repos.accounts.get(name);
    // A directory entry (no hash) from an import becomes the account; a real account never does.
    if (existing === null || existing.passwordHash === null) return name;
  }
  throw new DomainError('conflict', `No free username for ${base}`);
}

async function linkedUsername(repos: Repositories, claims: OidcClaims): Promise<string | null> {
  const bySubject = (await repos.settings.get(subjectKey(claims))) as OidcLink | undefined;
  if (bySubject?.username) return bySubject.username;
  if (claims.email === null || !claims.emailVerified) return null;
  const byEmail = (await repos.settings.get(emailKey(claims.email))) as OidcLink | undefined;
  return byEmail?.username ?? null;
}

async function createOidcAccount(
  repos: Repositories,
  claims: OidcClaims,
  role: Role,
  now: Date,
): Promise<StoredAccount> {
  const account: StoredAccount = {
    username: await freeUsername(repos, claims),
    displayName: (claims.name ?? claims.preferredUsername ?? claims.email ?? claims.subject).slice(
      0,
      200,
    ),
    role,
    team: null,
    disabled: false,
    createdAt: now.toISOString(),
    passwordHash: externalSignInMarker,
  };
  await repos.accounts.insert(account);
  return account;
}

/**
 * Signs in a person the OpenID Connect provider vouched for. The first sign-in creates the account
 * (username from `preferred_username`, the e-mail's local part or the subject) and links it to
 * the issuer and subject, and to the e-mail when the provider verified it; later sign-ins find it
 * by subject, or by verified e-mail when the subject is new. A mapped role claim sets the role on
 * every sign-in, and a mapped team claim the person's roles in the mapped teams. Disabled accounts are refused, and nobody signs in before the first admin exists.
 */
export async function signInWithOidc(
  ctx: IdentityContext,
  claims: OidcClaims,
  mapping: OidcRoleMapping,
  policy: SessionPolicy = defaultSessionPolicy,
): Promise<NewSession> {
  if (await isSetupRequired(ctx)) {
    throw new DomainError(
      'setup_required',
      'Create the first admin before anyone signs in with OpenID Connect',
    );
  }
  const mappedRole = mapOidcRole(claims, mapping);
  const stored = await ctx.store.transaction(async (tx) => {
    const linked = await linkedUsername(tx, claims);
    let account = linked === null ? null : await tx.accounts.get(linked);
    if (account === null)
      account = await createOidcAccount(tx, claims, mappedRole ?? mapping.defaultRole, ctx.clock());
    else if (mappedRole !== null && mappedRole !== account.role) {
      await tx.accounts.setRole(account.username, mappedRole);
      account = { ...account, role: mappedRole };
    }
    if (mapping.teams !== undefined) {
      await applyTeamMapping(tx, account.username, claims, mapping.teams);
    }
    const link: OidcLink = { username: account.username };
    await tx.settings.set(subjectKey(claims), link);
    if (claims.email !== null && claims.emailVerified)
      await tx.settings.set(emailKey(claims.email), link);
    return account;
  });
  if (stored.disabled) {
    throw new DomainError('unauthenticated', `The account ${stored.username} is disabled`);
  }
  return openSession(ctx, stored, policy);
}
