export { readEntryStatus } from './entry-status';
export type { EntryStatusReading, StatusBasis } from './entry-status';
export { statusTags, statusWordsByKind, defaultStatusByKind } from './status-vocabulary';
export type { EntryStatus, StatusWord } from './status-vocabulary';
export { readTitleTags, formatTitleTag } from './title-tags';
export type { TitleTags } from './title-tags';
export { proposeMilestones } from './propose-milestones';
export type {
  MilestoneAlternative,
  MilestoneProposal,
  ProposableMilestone,
  ProposedMilestones,
  ProposeMilestonesOptions,
} from './propose-milestones';
export type { MilestoneRuleId } from './milestone-rules';
export { readChangeCategory } from './change-category';
export type { ChangeCategory } from './change-category';
export { findSuspectChanges, serviceMatchWeights } from './suspect-changes';
export type { FindSuspectChangesOptions, ServiceMatch, SuspectChange } from './suspect-changes';
export { findTelemetryGaps } from './telemetry-gaps';
export type { FindTelemetryGapsOptions, TelemetryGap } from './telemetry-gaps';
export { buildTimelineMarkdown } from './timeline-markdown';
export type { TimelineMarkdownOptions } from './timeline-markdown';
export type { TimelineView } from './timeline-view';
export { describeMilestoneDecisions } from './milestone-decisions';
export type { MilestoneDecisionStatus, MilestoneDecisionStatuses } from './milestone-decisions';
