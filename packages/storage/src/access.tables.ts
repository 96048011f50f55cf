import type { Role } from '@aftermath/domain';

// Row types of the access and audit tables (migration 2026-11-28T000100-access-audit).

export interface TeamMemberTable {
  team: string;
  username: string;
  role: Role;
}

export interface IncidentMemberTable {
  incident_key: string;
  username: string;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  /** Canonical JSON of the record before the change, or null (a creation). */
  before: string | null;
  /** Canonical JSON of what was written, or null (a deletion). */
  after: string | null;
  prev_hash: string;
  hash: string;
}

/** The access and audit tables, merged into `Database`. */
export interface AccessTables {
  team_members: TeamMemberTable;
  incident_members: IncidentMemberTable;
  audit_log: AuditLogTable;
}
