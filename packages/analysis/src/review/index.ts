export { diffLines, splitLines } from './line-diff';
export type { DiffLine } from './line-diff';
export { diffRevisions, changedParts } from './diff-revisions';
export type { PartDiff } from './diff-revisions';
export { parseMentions } from './parse-mentions';
export { assessApprovals, ownerWarnings } from './assess-approvals';
export type {
  ApprovalAssessment,
  ApprovalFacts,
  AssessedRequest,
  AssessedVerdict,
  ReviewWarning,
} from './assess-approvals';
export { decideDeadlineReminders } from './decide-deadline-reminders';
export type { DeadlineSubject, PostmortemDeadline } from './decide-deadline-reminders';
