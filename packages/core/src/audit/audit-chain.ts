import { createHash } from 'node:crypto';
import type { AuditRecord } from './audit.ports';

/** The hash before the first record. */
export const genesisHash = '0'.repeat(64);

/**
 * JSON with object keys sorted at every depth and no whitespace, so the same value always gives
 * the same text (and hash) whichever order its keys were built in. `undefined` members drop out
 * as in `JSON.stringify`.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
}

/** The hash a record must carry: SHA-256 of the previous hash, a newline and its canonical JSON. */
export function hashAuditRecord(record: Omit<AuditRecord, 'hash'>): string {
  const { seq, at, actor, action, target, before, after, prevHash } = record;
  const body = canonicalJson({ seq, at, actor, action, target, before, after });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}

/**
 * The same hash as {@link hashAuditRecord} for a record whose `before` and `after` are already
 * given as their canonical JSON text (null for none): a writer that stores that text hashes it as
 * it is instead of building the values and serializing them again.
 */
export function hashAuditText(
  record: Omit<AuditRecord, 'hash' | 'before' | 'after'>,
  beforeJson: string | null,
  afterJson: string | null,
): string {
  const { seq, at, actor, action, target, prevHash } = record;
  // The members of canonicalJson({ seq, at, actor, action, target, before, after }), key-sorted.
  const body =
    `{"action":${JSON.stringify(action)},"actor":${JSON.stringify(actor)},` +
    `"after":${afterJson ?? 'null'},"at":${JSON.stringify(at)},` +
    `"before":${beforeJson ?? 'null'},"seq":${JSON.stringify(seq)},` +
    `"target":${JSON.stringify(target)}}`;
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}

/** Where a chain first breaks: the record and why. */
export interface AuditBreak {
  seq: number;
  reason: string;
}

/**
 * Checks records in order against the hash before them (`previous`); returns the first break or
 * null, and the last good hash and seq to continue with the next page.
 */
export function checkAuditChain(
  records: readonly AuditRecord[],
  previous: { hash: string; seq: number },
): { broken: AuditBreak | null; last: { hash: string; seq: number } } {
  let last = previous;
  for (const record of records) {
    if (record.seq !== last.seq + 1) {
      return {
        broken: { seq: record.seq, reason: `follows #${last.seq}: a record is missing` },
        last,
      };
    }
    if (record.prevHash !== last.hash) {
      return {
        broken: { seq: record.seq, reason: 'prev_hash does not match the record before' },
        last,
      };
    }
    if (hashAuditRecord(record) !== record.hash) {
      return {
        broken: { seq: record.seq, reason: 'content does not match its hash (edited)' },
        last,
      };
    }
    last = { hash: record.hash, seq: record.seq };
  }
  return { broken: null, last };
}
