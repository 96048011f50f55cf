/** A small blob kept in the database (see `inline-blob-store.ts`). */
export interface InlineBlobTable {
  /** Hex SHA-256 of the bytes: the blob's address, as in the folder store. */
  sha256: string;
  content_base64: string;
  bytes: number;
  /** UTC ISO 8601. */
  stored_at: string;
}
