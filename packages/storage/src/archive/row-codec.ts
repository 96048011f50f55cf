import type { ArchiveRow, ArchiveValue } from '@aftermath/core';
import type { CatalogColumn } from './catalog';

// Drivers hand the same stored value back in different JS shapes (node-postgres: 64-bit integers
// as strings, booleans, Dates, parsed JSON); archives hold one shape so either dialect reads them.
function encodeValue(value: unknown, column: CatalogColumn): ArchiveValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (typeof value === 'string') {
    if (!column.integer || !/^-?\d+$/.test(value)) return value;
    const number = Number(value);
    return Number.isSafeInteger(number) ? number : value;
  }
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return { $base64: Buffer.from(value).toString('base64') };
  return JSON.stringify(value);
}

/** A row as the database driver returned it, in the archive's dialect-neutral shape. */
export function encodeRow(row: Record<string, unknown>, columns: CatalogColumn[]): ArchiveRow {
  const encoded: ArchiveRow = {};
  for (const column of columns) encoded[column.name] = encodeValue(row[column.name], column);
  return encoded;
}

/** An archived value as a driver parameter: bytes back to a Buffer, the rest as it is. */
export function decodeValue(value: ArchiveValue | undefined): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object') return Buffer.from(value.$base64, 'base64');
  return value;
}
