import { DomainError, type Principal } from '@aftermath/domain';

/**
 * Who is acting, for authorship and verdicts: the principal's username when it has one (a
 * signed-in user or a token), else the name given in the request (`field`), which is how the CLI
 * and today's anonymous requests say who they are. The one place to switch to the authenticated
 * user only.
 */
export function actingUsername(
  principal: Principal,
  given: string | undefined,
  field: string,
): string {
  if (principal.username !== null) return principal.username;
  if (given !== undefined) return given;
  throw new DomainError('validation', `${field}: say who you are (no signed-in user)`, [
    { path: field, message: 'required when the request has no signed-in user' },
  ]);
}

/** Like {@link actingUsername}, but null when nobody is named (the history records "unknown"). */
export function actingUsernameOrNull(
  principal: Principal,
  given: string | undefined,
): string | null {
  return principal.username ?? given ?? null;
}
