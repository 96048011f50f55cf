import type { TokenScope } from '@aftermath/domain';

// Row types of the identity tables (migration 2026-11-27T020300-identity).

export interface SetupMarkerTable {
  name: string;
  username: string;
  created_at: string;
}

export interface SessionTable {
  /** Hex SHA-256 of the session id the cookie carries. */
  id_hash: string;
  username: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  id: string;
  /** Hex SHA-256 of the whole token. */
  secret_hash: string;
  username: string;
  scope: TokenScope;
  description: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginAttemptTable {
  /** `user:<name>` or `ip:<address>`. */
  key: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}
