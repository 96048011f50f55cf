import type {
  ActionPriority,
  EvidenceChannel,
  EvidenceFormat,
  ActionStatus,
  ActionType,
  IncidentStatus,
  IncidentType,
  PostmortemStatus,
  ProposableMilestoneName,
  Role,
  Severity,
  TimelineKind,
  TimePrecision,
  Visibility,
  WebhookOutcome,
  WebhookSource,
} from '@aftermath/domain';
import type { ColumnType, Kysely } from 'kysely';
import type { ReviewTables } from './review.tables';
import type { TrackerTables } from './trackers.tables';
import type { InlineBlobTable } from './blobs/inline-blob.tables';
import type { JointPostmortemTables } from './joint-postmortem.tables';
import type { AccessTables } from './access.tables';
import type { MetricSummaryTables } from './metrics-summary.tables';
import type { JobScheduleTable, JobTable } from './jobs.tables';
import type {
  ApiTokenTable,
  LoginAttemptTable,
  SessionTable,
  SetupMarkerTable,
} from './identity.tables';

// Row types stay inside storage; each repository maps them to domain types with one function.
// Timestamps are fixed-width UTC ISO text on every dialect, so they round-trip exactly and sort
// in time order. Booleans are 0/1 integers because better-sqlite3 cannot bind JS booleans.

/** A 64-bit integer: node-postgres returns it as a string, SQLite and PGlite as a number. */
export type Int8 = ColumnType<number | string, number, number>;
export type NullableInt8 = ColumnType<number | string | null, number | null, number | null>;
type Flag = 0 | 1;

export interface CounterTable {
  name: string;
  value: number;
}

export interface IncidentTable {
  key: string;
  number: number;
  title: string;
  /** The title lower-cased in JS, so text search folds case the same way on every dialect. */
  title_folded: string;
  severity: Severity;
  status: IncidentStatus;
  type: IncidentType;
  commander: string | null;
  visibility: Visibility;
  impact_description: string;
  users_affected: NullableInt8;
  requests_affected: NullableInt8;
  impact_started_at: string | null;
  detected_at: string | null;
  acknowledged_at: string | null;
  mitigated_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  milestone_order_override: string | null;
  /** Key of the incident this one repeats; null when it is no recurrence. */
  recurrence_of: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface IncidentServiceTable {
  incident_key: string;
  service: string;
  position: number;
}

export interface IncidentTagTable {
  incident_key: string;
  tag: string;
  position: number;
}

export interface TimelineEntryTable {
  id: string;
  incident_key: string;
  at: string;
  precision: TimePrecision;
  zone_assumed: Flag;
  kind: TimelineKind;
  title: string;
  body: string;
  source: string;
  service: string | null;
  evidence_id: string | null;
  evidence_line: number | null;
  evidence_byte_offset: NullableInt8;
  evidence_json_pointer: string | null;
  author: string | null;
  pinned: Flag;
  created_at: string;
  version: number;
}

/** A dedupe key an incident has seen, kept after its entry is deleted. */
export interface TimelineDedupeKeyTable {
  incident_key: string;
  dedupe_key: string;
  entry_id: string;
}

export interface EvidenceTable {
  id: string;
  incident_key: string;
  format: EvidenceFormat;
  channel: EvidenceChannel;
  name: string;
  sha256: string;
  bytes: Int8;
  received_at: string;
  records: Int8;
  entries_added: number;
  duplicates_skipped: number;
  /** JSON array of `{line, jsonPointer, message}`. */
  problems: string;
}

export interface PostmortemTable {
  incident_key: string;
  owner: string | null;
  status: PostmortemStatus;
  template: string;
  /** The root-cause analysis as JSON text (see the rca migration). */
  rca: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface PostmortemSectionTable {
  incident_key: string;
  name: string;
  body: string;
}

export interface ActionItemTable {
  id: string;
  incident_key: string;
  title: string;
  type: ActionType;
  priority: ActionPriority;
  owner: string | null;
  due_date: string | null;
  status: ActionStatus;
  verification_criteria: string;
  rationale: string | null;
  /** JSON array of URLs. */
  links: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** An action's verification; criteria, evidence and sign-off are JSON. */
export interface ActionVerificationTable {
  action_id: string;
  criteria: string;
  state: string;
  since: string | null;
  checked_at: string | null;
  detail: string;
  evidence: string;
  sign_off: string | null;
  updated_at: string;
}

export interface ServiceTable {
  name: string;
  team: string | null;
  tier: number | null;
  description: string;
}

export interface UserTable {
  username: string;
  display_name: string;
  role: Role;
  team: string | null;
  /** argon2id PHC string; null for a directory entry that cannot sign in. */
  password_hash: string | null;
  disabled_at: string | null;
  created_at: string | null;
}

export interface TeamTable {
  name: string;
  description: string;
}

export interface SettingTable {
  key: string;
  /** JSON text. */
  value: string;
}

/** One accepted webhook delivery (see the webhooks migration). */
export interface WebhookDeliveryTable {
  id: string;
  source: WebhookSource;
  delivery_key: string;
  received_at: string;
  sha256: string;
  bytes: Int8;
  outcome: WebhookOutcome;
  incident_key: string | null;
  group_key: string | null;
  service: string | null;
  reason: string;
  evidence_id: string | null;
  entries_added: number;
  duplicates_skipped: number;
}

export interface MilestoneDecisionTable {
  incident_key: string;
  milestone: ProposableMilestoneName;
  decision: 'accepted' | 'overridden';
  at: string | null;
  entry_id: string | null;
  reason: string | null;
  decided_by: string | null;
  decided_at: string;
}

/** An incident whose search document must be rebuilt (filled by triggers). */
export interface SearchDirtyTable {
  incident_key: string;
}

/** The searchable text and the shown fields of one incident. */
export interface SearchDocumentTable {
  incident_key: string;
  title: string;
  summary: string;
  postmortem: string;
  timeline: string;
  actions: string;
  severity: Severity;
  status: IncidentStatus;
  type: IncidentType;
  visibility: Visibility;
  /** JSON array of service names. */
  services: string;
  /** Impact start, or the creation time when no impact start is known. */
  started_at: string;
  /** SQLite only: the facet values as FTS5 words (`facet-tokens.ts`); absent on PostgreSQL. */
  facets?: string;
}

/** One facet value of an incident (`service`, `tag`, `trigger` …), for filters and counts. */
export interface SearchFacetValueTable {
  incident_key: string;
  facet: string;
  value: string;
}

/** An SLO definition as JSON (domain `SloDefinition`), with its service pulled out for lookups. */
export interface SloTable {
  name: string;
  service: string;
  definition: string;
  created_at: string;
  updated_at: string;
  /** 1 when created, one more on every replacement (the ETag of `GET /slos/{name}`). */
  version: ColumnType<number, number | undefined, number>;
}

/** One SLI sample; null fields are not known yet. */
export interface SliSampleTable {
  slo_name: string;
  at: string;
  good: number | null;
  bad: number | null;
  total: number | null;
  value: number | null;
}

export interface Database
  extends ReviewTables, AccessTables, TrackerTables, JointPostmortemTables, MetricSummaryTables {
  search_dirty: SearchDirtyTable;
  search_documents: SearchDocumentTable;
  search_facet_values: SearchFacetValueTable;
  counters: CounterTable;
  incidents: IncidentTable;
  incident_services: IncidentServiceTable;
  incident_tags: IncidentTagTable;
  timeline_entries: TimelineEntryTable;
  timeline_dedupe_keys: TimelineDedupeKeyTable;
  evidence: EvidenceTable;
  milestone_decisions: MilestoneDecisionTable;
  postmortems: PostmortemTable;
  postmortem_sections: PostmortemSectionTable;
  action_items: ActionItemTable;
  action_verifications: ActionVerificationTable;
  services: ServiceTable;
  users: UserTable;
  teams: TeamTable;
  settings: SettingTable;
  slos: SloTable;
  sli_samples: SliSampleTable;
  webhook_deliveries: WebhookDeliveryTable;
  inline_blobs: InlineBlobTable;
  jobs: JobTable;
  job_schedules: JobScheduleTable;
  setup_marker: SetupMarkerTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  login_attempts: LoginAttemptTable;
}

/** Where a repository's queries run: the store's database or a transaction (a subclass). */
export type Executor = Kysely<Database>;
