import type { DecisionPolicy } from '@aftermath/domain';
import { impactMinutes } from './customer-impact';
import type { PolicyFacts } from './policy-facts';

type Threshold = DecisionPolicy['full']['sloViolation'];

function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

/**
 * The thresholds of an SLO violation the incident reached, each as a phrase
 * (`1,200 users affected ≥ 100`); empty when none was reached or none is set.
 */
export function reachedThresholds(facts: PolicyFacts, threshold: Threshold): string[] {
  const { usersAffected, requestsAffected } = facts.incident.customerImpact;
  const reached: string[] = [];
  const n = (value: number) => value.toLocaleString('en-US');
  if (threshold.minUsersAffected !== null && (usersAffected ?? -1) >= threshold.minUsersAffected) {
    reached.push(`${n(usersAffected ?? 0)} users affected ≥ ${n(threshold.minUsersAffected)}`);
  }
  if (
    threshold.minRequestsAffected !== null &&
    (requestsAffected ?? -1) >= threshold.minRequestsAffected
  ) {
    reached.push(
      `${n(requestsAffected ?? 0)} requests affected ≥ ${n(threshold.minRequestsAffected)}`,
    );
  }
  const minutes = impactMinutes(facts.incident.milestones);
  if (threshold.minDurationMinutes !== null && minutes !== null) {
    if (minutes >= threshold.minDurationMinutes) {
      reached.push(`${Math.round(minutes)} min of impact ≥ ${threshold.minDurationMinutes} min`);
    }
  }
  const spent = facts.slo?.budgetSpent ?? null;
  if (threshold.minBudgetSpent !== null && spent !== null && spent >= threshold.minBudgetSpent) {
    reached.push(
      `${percent(spent)} of the error budget spent ≥ ${percent(threshold.minBudgetSpent)}`,
    );
  }
  return reached;
}
