export { decidePostmortem } from './decide-postmortem';
export { findRecurrences } from './find-recurrences';
export { assessDeadlines } from './assess-deadlines';
export type { DeadlineState } from './assess-deadlines';
export { checkGate, isGatedStatus } from './check-gate';
export type { GateResult } from './check-gate';
export { hasCustomerImpact, impactMinutes } from './customer-impact';
export { readPolicyYaml, renderPolicyYaml } from './read-policy-yaml';
export type {
  DecisionTrack,
  PolicyDeadlines,
  PolicyFacts,
  PolicySlo,
  PostmortemDecision,
  Recurrence,
  RecurrenceCandidate,
} from './policy-facts';
