import type {
  SearchQuery,
  SearchResult,
  ActionItem,
  Evidence,
  Incident,
  IncidentFilter,
  IncidentKey,
  IncidentReadScope,
  MilestoneDecision,
  Postmortem,
  RootCauseAnalysis,
  Service,
  Team,
  TimelineEntry,
  User,
  WebhookDelivery,
  WebhookOutcome,
  WebhookSource,
} from '@aftermath/domain';
import type {
  ActionAcrossFilter,
  ActionWithIncident,
} from './action-overview/action-overview.ports';
import type { ChangeEntryFilter, TimelineEntryWithIncident } from './changes/changes.ports';
import type { MetricsRepository } from './metrics/metrics.ports';
import type { SloRepository } from './slo/slo.ports';
import type {
  CommentRepository,
  RevisionRepository,
  ReviewRepository,
} from './review/review.ports';
import type { JobRepository } from './jobs/job.ports';
import type { ActionVerificationRepository } from './verification/verification.ports';
import type { TrackerLinkRepository } from './trackers/tracker.ports';
import type { AccessRepository } from './access/access.ports';
import type { AuditRepository } from './audit/audit.ports';
import type { PostmortemLinkRepository } from './joint-postmortems/joint-postmortem.ports';
import type {
  AccountRepository,
  ApiTokenRepository,
  LoginAttemptRepository,
  SessionRepository,
} from './identity/identity.ports';

/** A page of results with the total count that matched. */
export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * Incidents. `update` and friends take the version the caller read; storage writes only when the
 * stored version still equals it, and otherwise throws `version_mismatch` (or `not_found`).
 */
export interface IncidentRepository {
  /** Reserves the next incident number (never reused). */
  nextNumber(): Promise<number>;
  /** Inserts an incident with its key; `conflict` when the key exists. Keeps numbering ahead of it. */
  insert(incident: Incident): Promise<void>;
  get(key: IncidentKey): Promise<Incident | null>;
  /** Newest first; restricted incidents only within `scope` (every one when omitted). */
  list(filter: IncidentFilter, scope?: IncidentReadScope): Promise<Page<Incident>>;
  update(incident: Incident, expectedVersion: number): Promise<void>;
}

/** Timeline entries, listed in time order (`at`, then `id`). */
export interface TimelineRepository {
  insert(entry: TimelineEntry): Promise<void>;
  get(id: string): Promise<TimelineEntry | null>;
  listByIncident(key: IncidentKey): Promise<TimelineEntry[]>;
  update(entry: TimelineEntry, expectedVersion: number): Promise<void>;
  delete(id: string, expectedVersion: number): Promise<void>;
  /**
   * Inserts entries from evidence, skipping each one whose `dedupeKey` the incident has already
   * seen (even when that earlier entry was deleted since). Entries with a null key always land.
   * Duplicates within `entries` count once.
   */
  insertMany(entries: TimelineEntryWithKey[]): Promise<{ added: number; duplicates: number }>;
  /** Deploy and change entries across incidents in a window, newest first (the change feed). */
  listChanges(filter: ChangeEntryFilter): Promise<TimelineEntryWithIncident[]>;
}

/** A timeline entry with the key that identifies the real-world event it records, if any. */
export interface TimelineEntryWithKey {
  entry: TimelineEntry;
  dedupeKey: string | null;
}

/** Evidence records (what was extracted from raw bytes), listed by arrival (`receivedAt`, `id`). */
export interface EvidenceRepository {
  insert(evidence: Evidence): Promise<void>;
  get(id: string): Promise<Evidence | null>;
  listByIncident(key: IncidentKey): Promise<Evidence[]>;
}

/** Accepted webhook deliveries, unique by source and delivery key. */
export interface WebhookDeliveryRepository {
  /** Inserts the delivery; false (nothing written) when its source and key were seen before. */
  insert(delivery: WebhookDelivery): Promise<boolean>;
  /** One delivery by its id, or null. */
  get(id: string): Promise<WebhookDelivery | null>;
  findByKey(source: WebhookSource, deliveryKey: string): Promise<WebhookDelivery | null>;
  /** The newest delivery of this source and group key that reached an incident. */
  latestForGroup(source: WebhookSource, groupKey: string): Promise<WebhookDelivery | null>;
  /** Incidents fed by deliveries for `service` received at or after `since`, newest first. */
  incidentsForService(service: string, since: string): Promise<IncidentKey[]>;
  /** Newest first, optionally only one outcome. */
  list(filter: { outcome?: WebhookOutcome; limit: number }): Promise<WebhookDelivery[]>;
}

/** The last accept/override per incident and milestone (at most one row each). */
export interface MilestoneDecisionRepository {
  /** Inserts or replaces the decision for its incident and milestone. */
  save(decision: MilestoneDecision): Promise<void>;
  listByIncident(key: IncidentKey): Promise<MilestoneDecision[]>;
}

/** Where a blob was stored: its address and size. */
export interface StoredBlob {
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  bytes: number;
}

/**
 * Raw evidence bytes addressed by SHA-256, streamed in and out: a blob is never held in memory
 * whole. `put` of bytes already stored keeps one copy.
 */
export interface BlobStore {
  /** Stores the stream; a failure half-way leaves nothing under the blob's address. */
  put(stream: AsyncIterable<Uint8Array>): Promise<StoredBlob>;
  /** Streams a blob back; iterating a missing one throws `not_found`. */
  open(sha256: string): AsyncIterable<Uint8Array>;
  has(sha256: string): Promise<boolean>;
  /** Every stored blob: address, size and when it was stored (UTC ISO). */
  list(): AsyncIterable<ListedBlob>;
  /** Removes a blob; removing one that is not there is not an error. */
  delete(sha256: string): Promise<void>;
  /**
   * Keeps bytes already in memory, fewer than {@link smallBlobLimit}, so that the transaction in
   * progress stores them with its other writes (a webhook body with its delivery record): one
   * commit makes both durable, with no file and fsync of their own. Outside a transaction they are
   * stored at once. Answers the address and size, as `put` does.
   */
  keepSmall(bytes: Uint8Array): Promise<StoredBlob>;
}

/** The size (bytes) below which {@link BlobStore.keepSmall} accepts a body: 64 KiB. */
export const smallBlobLimit = 64 * 1024;

/** One blob as {@link BlobStore.list} reports it. */
export interface ListedBlob extends StoredBlob {
  storedAt: string;
}

/** Whether any record (evidence, webhook delivery …) still points at a blob. */
export interface BlobReferenceRepository {
  isReferenced(sha256: string): Promise<boolean>;
}

/** One postmortem per incident. */
export interface PostmortemRepository {
  get(key: IncidentKey): Promise<Postmortem | null>;
  insert(postmortem: Postmortem): Promise<void>;
  update(postmortem: Postmortem, expectedVersion: number): Promise<void>;
  /** Every postmortem's coded root-cause analysis, by incident key (for taxonomy checks). */
  listAnalyses(): Promise<{ incidentKey: IncidentKey; rca: RootCauseAnalysis }[]>;
}

/** Action items, listed in creation order (`id`). */
export interface ActionItemRepository {
  insert(action: ActionItem): Promise<void>;
  get(id: string): Promise<ActionItem | null>;
  listByIncident(key: IncidentKey): Promise<ActionItem[]>;
  update(action: ActionItem, expectedVersion: number): Promise<void>;
  /** Actions across incidents, due date first (none last), then priority and id; with the total. */
  listAcross(filter: ActionAcrossFilter): Promise<Page<ActionWithIncident>>;
}

/** Services, keyed by name. */
export interface ServiceRepository {
  upsert(service: Service): Promise<void>;
  get(name: string): Promise<Service | null>;
  list(): Promise<Service[]>;
}

/** Users and teams (minimal until accounts land). */
export interface DirectoryRepository {
  upsertUser(user: User): Promise<void>;
  listUsers(): Promise<User[]>;
  upsertTeam(team: Team): Promise<void>;
  listTeams(): Promise<Team[]>;
}

/** Workspace settings as JSON values by key. */
export interface SettingsRepository {
  get(key: string): Promise<unknown>;
  /** The values of several keys in one read; a missing key is absent from the map. */
  getMany(keys: readonly string[]): Promise<Map<string, unknown>>;
  set(key: string, value: unknown): Promise<void>;
}

/**
 * Full-text search over incidents, postmortems, timelines and actions. The index follows every
 * write by itself; `refresh` brings it up to date now (search calls it first).
 */
export interface SearchRepository {
  /** Rebuilds the documents of incidents changed since the last refresh; returns how many. */
  refresh(): Promise<number>;
  /**
   * Matches, facet counts and total over what `scope` may read: restricted incidents only when
   * the scope covers them (the same rule as incident lists).
   */
  search(query: SearchQuery, scope: IncidentReadScope): Promise<SearchResult>;
}

/** Everything the use cases need from storage. */
export interface Repositories {
  incidents: IncidentRepository;
  timeline: TimelineRepository;
  postmortems: PostmortemRepository;
  actions: ActionItemRepository;
  services: ServiceRepository;
  directory: DirectoryRepository;
  settings: SettingsRepository;
  slos: SloRepository;
  evidence: EvidenceRepository;
  search: SearchRepository;
  milestoneDecisions: MilestoneDecisionRepository;
  blobReferences: BlobReferenceRepository;
  webhookDeliveries: WebhookDeliveryRepository;
  reviews: ReviewRepository;
  comments: CommentRepository;
  revisions: RevisionRepository;
  jobs: JobRepository;
  actionVerifications: ActionVerificationRepository;
  accounts: AccountRepository;
  sessions: SessionRepository;
  apiTokens: ApiTokenRepository;
  loginAttempts: LoginAttemptRepository;
  metrics: MetricsRepository;
  trackerLinks: TrackerLinkRepository;
  access: AccessRepository;
  audit: AuditRepository;
  postmortemLinks: PostmortemLinkRepository;
}

/**
 * The storage port. `transaction` runs `work` atomically: everything it writes lands, or nothing
 * does. Nested calls join the outer transaction.
 */
export interface Store extends Repositories {
  /** A short name of the backend for logs and health output, e.g. `sqlite` or `postgres`. */
  readonly backend: string;
  /** Raw evidence bytes, beside the database (not part of its transactions). */
  readonly blobs: BlobStore;
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  /** Cheap liveness probe of the database. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
