import { z } from 'zod';
import { incidentKey } from './incident';
import { utcTimestamp } from './time';

/**
 * Formats evidence can arrive in (DESIGN §4). `auto` is not a format: it asks for detection.
 */
export const evidenceFormat = z.enum([
  'alertmanager',
  'grafana',
  'pagerduty',
  'opsgenie',
  'cloudevents',
  'github',
  'deploy',
  'kubernetes',
  'jsonlines',
  'logfmt',
  'text-log',
  'otlp-logs',
  'otlp-traces',
  'slack',
  'chat',
  'statuspage',
]);
export type EvidenceFormat = z.infer<typeof evidenceFormat>;

/** How a piece of evidence reached Aftermath. */
export const evidenceChannel = z.enum(['cli', 'upload', 'webhook']);
export type EvidenceChannel = z.infer<typeof evidenceChannel>;

/** A problem met while reading evidence, pointing at where it is (line or JSON pointer). */
export const evidenceProblem = z.object({
  line: z.number().int().min(1).nullable(),
  jsonPointer: z.string().nullable(),
  message: z.string(),
});
export type EvidenceProblem = z.infer<typeof evidenceProblem>;

/**
 * One piece of evidence: the raw bytes are kept in the blob store under their SHA-256; this record
 * keeps what was extracted and how it went.
 */
export const evidence = z.object({
  id: z.string(),
  incidentKey,
  format: evidenceFormat,
  channel: evidenceChannel,
  /** The file name or the webhook source, for people. */
  name: z.string().max(500),
  /** Hex SHA-256 of the raw bytes: the blob's address. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Size of the raw bytes. */
  bytes: z.number().int().min(0),
  receivedAt: utcTimestamp,
  /** Records (lines, alerts, events) read. */
  records: z.number().int().min(0),
  entriesAdded: z.number().int().min(0),
  duplicatesSkipped: z.number().int().min(0),
  problems: z.array(evidenceProblem),
});
export type Evidence = z.infer<typeof evidence>;
