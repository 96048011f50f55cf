import type {
  IncidentKey,
  PostmortemComment,
  PostmortemRevision,
  ReviewRequest,
  ReviewVerdict,
} from '@aftermath/domain';

/** Review requests and each reviewer's latest verdict, per postmortem (incident). */
export interface ReviewRepository {
  /** Adds a request; false (nothing written) when the same person or team was already asked. */
  addRequest(request: ReviewRequest): Promise<boolean>;
  /** Removes a request; false (nothing written) when there was none. */
  removeRequest(key: IncidentKey, kind: ReviewRequest['kind'], name: string): Promise<boolean>;
  /** Requests in the order they were made. */
  listRequests(key: IncidentKey): Promise<ReviewRequest[]>;
  /** Inserts or replaces the reviewer's verdict. */
  saveVerdict(verdict: ReviewVerdict): Promise<void>;
  /** Verdicts, oldest decision first. */
  listVerdicts(key: IncidentKey): Promise<ReviewVerdict[]>;
}

/** Comments on postmortems, listed in creation order (`id`). */
export interface CommentRepository {
  insert(comment: PostmortemComment): Promise<void>;
  get(id: string): Promise<PostmortemComment | null>;
  listByIncident(key: IncidentKey): Promise<PostmortemComment[]>;
  /** Writes when the stored version equals `expectedVersion`; `version_mismatch` otherwise. */
  update(comment: PostmortemComment, expectedVersion: number): Promise<void>;
}

/** The append-only history of a postmortem's saved content. */
export interface RevisionRepository {
  /** Appends a revision; `conflict` when its version is already stored. */
  append(revision: PostmortemRevision): Promise<void>;
  /** Every revision, oldest first. */
  list(key: IncidentKey): Promise<PostmortemRevision[]>;
  get(key: IncidentKey, version: number): Promise<PostmortemRevision | null>;
  /** The newest revision's version, or null when none was saved. */
  latestVersion(key: IncidentKey): Promise<number | null>;
}
