export { getDecisionPolicy, setDecisionPolicy, readDecisionPolicy } from './decision-policy';
export { checkIncidentPolicy, postmortemDeadlines } from './policy-check';
export type { PolicyCheck } from './policy-check';
export { getPostmortemChecklist } from './postmortem-checklist';
export type { GateSummary, PostmortemChecklist } from './postmortem-checklist';
export { assertPostmortemGate, readGateSlo } from './postmortem-gate';
