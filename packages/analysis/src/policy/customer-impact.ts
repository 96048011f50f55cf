import type { CustomerImpact, Milestones } from '@aftermath/domain';

const noImpactWords =
  /^(?:none|no(?:ne)?\.?|n\/a|no (?:customer|user)[- ]?(?:facing )?impact\.?)$/i;

/**
 * True when customers felt something: users or requests affected above zero, or a description
 * other than "none".
 *
 * @example
 * hasCustomerImpact({ description: '', usersAffected: 0, requestsAffected: null }); // false
 */
export function hasCustomerImpact(impact: CustomerImpact): boolean {
  if ((impact.usersAffected ?? 0) > 0 || (impact.requestsAffected ?? 0) > 0) return true;
  const description = impact.description.trim();
  return description !== '' && !noImpactWords.test(description);
}

/**
 * Minutes from impact start to mitigation (or resolution when no mitigation was recorded); null
 * when either end is missing.
 *
 * @example
 * impactMinutes({ ...emptyMilestones, impactStartedAt: '…T10:00:00Z', mitigatedAt: '…T10:45:00Z' }); // 45
 */
export function impactMinutes(milestones: Milestones): number | null {
  const end = milestones.mitigatedAt ?? milestones.resolvedAt;
  if (milestones.impactStartedAt === null || end === null) return null;
  return (Date.parse(end) - Date.parse(milestones.impactStartedAt)) / 60_000;
}
