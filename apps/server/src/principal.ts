import type { Principal } from '@aftermath/domain';
import type { FastifyRequest } from 'fastify';

/**
 * Who is making the request. Accounts and tokens arrive with the security work; until then every
 * request is an anonymous principal, and `authorize` in core (the one place access is decided)
 * allows it. Routes never decide access themselves.
 */
export function resolvePrincipal(request: FastifyRequest): Principal {
  void request;
  return { kind: 'anonymous', username: null, role: 'viewer', scopes: [] };
}
