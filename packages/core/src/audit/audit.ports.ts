/**
 * One change as the audit log keeps it: who (`actor`: a username, `system` for the local operator
 * and jobs), what (`action` such as `incidents.update`, on `target`), when (`at`, UTC ISO) and
 * the record before and after (null for a creation or deletion).
 */
export interface AuditRecord {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
  /** Hash of the previous record (64 zeros for the first). */
  prevHash: string;
  /** Hex SHA-256 of `prevHash` and this record's canonical JSON. */
  hash: string;
}

/** An entry to append; the log assigns `seq`, `prevHash` and `hash`. */
export type AuditEntry = Omit<AuditRecord, 'seq' | 'prevHash' | 'hash'>;

/**
 * Which records to list: after a seq, at most `limit`; optionally only one actor's, one target's,
 * and one action's (`incidents.update`) or one table's (`incidents` matches `incidents.*`).
 */
export interface AuditFilter {
  after: number;
  limit: number;
  actor?: string;
  action?: string;
  target?: string;
}

/** The append-only audit log. There is no update or delete. */
export interface AuditRepository {
  /** Appends in the transaction in progress, chained to the last record; answers its seq and hash. */
  append(entry: AuditEntry): Promise<Pick<AuditRecord, 'seq' | 'hash'>>;
  /** Records with `seq > after`, oldest first, at most `limit`, matching the optional filters. */
  list(filter: AuditFilter): Promise<AuditRecord[]>;
}
