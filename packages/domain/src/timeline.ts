import { z } from 'zod';
import { incidentKey } from './incident';
import { serviceName } from './service';
import { timePrecision, utcTimestamp } from './time';

/** What a timeline entry records. */
export const timelineKind = z.enum([
  'alert',
  'page',
  'deploy',
  'change',
  'platform',
  'log',
  'trace',
  'chat',
  'status',
  'milestone',
  'action',
  'note',
]);
export type TimelineKind = z.infer<typeof timelineKind>;

/**
 * Where an entry came from inside a piece of evidence: a line number, a byte offset or a JSON
 * pointer (any may be null).
 */
export const evidenceRef = z.object({
  evidenceId: z.string().min(1).max(100),
  line: z.number().int().min(1).nullable().default(null),
  byteOffset: z.number().int().min(0).nullable().default(null),
  jsonPointer: z.string().max(500).nullable().default(null),
});
export type EvidenceRef = z.infer<typeof evidenceRef>;

/** One thing that happened, in UTC, with the precision its source had. */
export const timelineEntry = z.object({
  id: z.string(),
  incidentKey,
  at: utcTimestamp,
  precision: timePrecision,
  /** True when the source gave no time zone and the workspace default was assumed. */
  zoneAssumed: z.boolean(),
  kind: timelineKind,
  title: z.string().min(1).max(500),
  body: z.string().max(20000),
  source: z.string().min(1).max(100),
  service: serviceName.nullable(),
  evidence: evidenceRef.nullable(),
  author: z.string().max(200).nullable(),
  pinned: z.boolean(),
  createdAt: utcTimestamp,
  version: z.number().int().min(1),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;

/** Input to add an entry by hand (or from an importer). */
export const createTimelineEntryInput = z.object({
  at: utcTimestamp,
  precision: timePrecision.default('s'),
  zoneAssumed: z.boolean().default(false),
  kind: timelineKind.default('note'),
  title: z.string().trim().min(1, 'a title is required').max(500),
  body: z.string().max(20000).default(''),
  source: z.string().trim().min(1).max(100).default('manual'),
  service: serviceName.nullable().default(null),
  evidence: evidenceRef.nullable().default(null),
  author: z.string().trim().min(1).max(200).nullable().default(null),
  pinned: z.boolean().default(false),
});
export type CreateTimelineEntryInput = z.input<typeof createTimelineEntryInput>;
export type CreateTimelineEntry = z.output<typeof createTimelineEntryInput>;

/** A partial update of an entry. */
export const updateTimelineEntryInput = z
  .object({
    at: utcTimestamp,
    precision: timePrecision,
    kind: timelineKind,
    title: z.string().trim().min(1).max(500),
    body: z.string().max(20000),
    service: serviceName.nullable(),
    pinned: z.boolean(),
  })
  .partial()
  .strict();
export type UpdateTimelineEntry = z.output<typeof updateTimelineEntryInput>;
