import type { ActionIssueLink, IssueState, TrackerKind } from '@aftermath/domain';
import type { SecretBox } from './secret-box';

/** What a tracker call needs: the team's configuration with its token decrypted. */
export interface TrackerAccess {
  kind: TrackerKind;
  baseUrl: string;
  project: string;
  user: string | null;
  token: string;
  /** Jira: the issue type new issues get (`Task` unless configured); null for the others. */
  issueType: string | null;
}

/** An issue to file: a one-line title and a plain-text description (already redacted). */
export interface NewIssue {
  title: string;
  description: string;
}

/** An issue as the tracker describes it, mapped to Aftermath's words. */
export interface RemoteIssue {
  ref: string;
  remoteId: string;
  url: string;
  state: IssueState;
  status: string;
}

/**
 * How Aftermath talks to trackers (implemented where I/O lives: the server). Failures throw a
 * `TrackerError` (a `JobError`, so the job queue retries what a retry can change).
 */
export interface TrackerClient {
  createIssue(access: TrackerAccess, issue: NewIssue): Promise<RemoteIssue>;
  /** `ref` as a person writes it (`12`, `#12`, `OPS-4`, `ENG-12`) or the remote id. */
  readIssue(access: TrackerAccess, ref: string): Promise<RemoteIssue>;
}

/** The issue linked to each action item (at most one per action). */
export interface TrackerLinkRepository {
  upsert(link: ActionIssueLink): Promise<void>;
  get(actionId: string): Promise<ActionIssueLink | null>;
  remove(actionId: string): Promise<boolean>;
  /** Links of one tracker issue (the same issue may track several actions). */
  findByRef(kind: TrackerKind, ref: string): Promise<ActionIssueLink[]>;
  listByActions(actionIds: readonly string[]): Promise<ActionIssueLink[]>;
  /** Links whose issue is not done, least recently synced first. */
  listUnfinished(limit: number): Promise<ActionIssueLink[]>;
}

/** What tracker use cases need beyond the context. */
export interface TrackerDeps {
  secrets: SecretBox;
  client: TrackerClient;
}
