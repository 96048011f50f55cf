import { z } from 'zod';
import type { AccessGrants } from './access';
import type { TokenScope } from './identity';

/** Roles from least to most powerful. */
export const role = z.enum(['viewer', 'responder', 'reviewer', 'admin']);
export type Role = z.infer<typeof role>;

/** A username: short, lower-case, no spaces. */
export const username = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" and "-"');

/** A person who uses Aftermath. */
export const user = z.object({
  username,
  displayName: z.string().trim().min(1).max(200),
  role,
  team: z.string().trim().min(1).max(100).nullable(),
});
export type User = z.infer<typeof user>;

/** A team of people; services and incidents belong to teams. */
export const team = z.object({
  name: z.string().trim().min(1).max(100),
  description: z.string().max(2000),
});
export type Team = z.infer<typeof team>;

/**
 * Who is asking. Every use case receives one and asks the authorization function about it.
 * `kind: 'system'` is the local operator (the CLI on the database) and internal jobs; `user` is a
 * browser session, `token` an API token. `scopes` bound what the principal may do whatever its
 * role: a session carries every scope, a token the one it was issued with.
 */
export interface Principal {
  kind: 'user' | 'token' | 'system' | 'anonymous';
  username: string | null;
  role: Role;
  scopes: readonly TokenScope[];
  /** Team memberships and incident memberships; absent means none (see `access.ts`). */
  grants?: AccessGrants;
}

/** The trusted local operator: the CLI working on the database directly. */
export const systemPrincipal: Principal = {
  kind: 'system',
  username: null,
  role: 'admin',
  scopes: ['read', 'write', 'admin'],
};

/** Nobody signed in: refused everywhere except the public routes. */
export const anonymousPrincipal: Principal = {
  kind: 'anonymous',
  username: null,
  role: 'viewer',
  scopes: [],
};
