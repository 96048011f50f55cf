import type { ReviewDecision, ReviewerKind } from '@aftermath/domain';

// Row types of the postmortem review tables (see the postmortem-review migration).

export interface ReviewRequestTable {
  incident_key: string;
  kind: ReviewerKind;
  name: string;
  requested_by: string | null;
  requested_at: string;
}

export interface ReviewVerdictTable {
  incident_key: string;
  reviewer: string;
  decision: ReviewDecision;
  note: string;
  postmortem_version: number;
  decided_at: string;
}

export interface CommentTable {
  id: string;
  incident_key: string;
  parent_id: string | null;
  anchor_kind: 'section' | 'timeline' | 'action';
  /** The section name, timeline entry id or action id. */
  anchor_ref: string;
  author: string;
  body: string;
  /** The mentioned usernames as a JSON array. */
  mentions: string;
  resolved: 0 | 1;
  resolved_by: string | null;
  resolved_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface RevisionTable {
  incident_key: string;
  version: number;
  author: string | null;
  saved_at: string;
  /** owner, template, sections and rca as JSON. */
  snapshot: string;
}

/** The review tables, merged into the database's table map. */
export interface ReviewTables {
  postmortem_review_requests: ReviewRequestTable;
  postmortem_review_verdicts: ReviewVerdictTable;
  postmortem_comments: CommentTable;
  postmortem_revisions: RevisionTable;
}
