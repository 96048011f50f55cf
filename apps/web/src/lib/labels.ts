import type {
  ActionStatus,
  IncidentStatus,
  MilestoneName,
  PostmortemStatus,
} from '@aftermath/domain';

/** Status words as people say them. */
export const incidentStatusLabels: Record<IncidentStatus, string> = {
  open: 'Open',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
  closed: 'Closed',
};

/** The button text for moving an incident into a status. */
export const incidentMoveLabels: Record<IncidentStatus, string> = {
  open: 'Reopen',
  mitigated: 'Mark mitigated',
  resolved: 'Mark resolved',
  closed: 'Close',
};

export const postmortemStatusLabels: Record<PostmortemStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  published: 'Published',
  closed: 'Closed',
};

/** The button text for moving a postmortem into a status. */
export const postmortemMoveLabels: Record<PostmortemStatus, string> = {
  draft: 'Back to draft',
  in_review: 'Send for review',
  approved: 'Approve',
  published: 'Publish',
  closed: 'Close',
};

export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  verified: 'Verified',
  wont_do: "Won't do",
};

export const milestoneLabels: Record<MilestoneName, string> = {
  impactStartedAt: 'Impact started',
  detectedAt: 'Detected',
  acknowledgedAt: 'Acknowledged',
  mitigatedAt: 'Mitigated',
  resolvedAt: 'Resolved',
  closedAt: 'Closed',
};
