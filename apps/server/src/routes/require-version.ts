import { DomainError } from '@aftermath/domain';

/** The If-Match version of a route that requires one (register-routes has already checked it). */
export function requireVersion(ifMatch: number | null): number {
  if (ifMatch === null) throw new DomainError('precondition_required', 'If-Match is required');
  return ifMatch;
}
