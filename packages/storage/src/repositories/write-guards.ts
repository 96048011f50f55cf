import { DomainError, notFound } from '@aftermath/domain';
import { staleVersion } from '@aftermath/core';
import type { DialectCapabilities } from '../dialects/dialect';

/**
 * Turns a versioned write that touched no row into the right error: `not_found` when the row is
 * gone, `version_mismatch` (naming the current version) when someone else changed it first.
 */
export async function assertVersionedWrite(
  changedRows: bigint | undefined,
  readVersion: () => Promise<number | undefined>,
  kind: string,
  id: string,
): Promise<void> {
  if (changedRows !== undefined && changedRows > 0n) return;
  const current = await readVersion();
  if (current === undefined) throw notFound(kind, id);
  throw staleVersion(kind, id, current);
}

/** Throws `conflict` when an insert that ignores duplicates inserted nothing. */
export function assertInserted(
  insertedRows: bigint | undefined,
  kind: string,
  id: string,
  path = 'id',
): void {
  if (insertedRows !== undefined && insertedRows > 0n) return;
  throw new DomainError('conflict', `The ${kind} ${id} already exists`, [
    { path, message: `${kind} ${id} already exists` },
  ]);
}

/** Runs a write whose rows belong to an incident; a missing incident becomes `not_found`. */
export async function writeForIncident<T>(
  capabilities: DialectCapabilities,
  incidentKey: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (capabilities.isForeignKeyViolation(error)) throw notFound('incident', incidentKey);
    throw error;
  }
}
