import { z } from 'zod';
import { defineLifecycle } from './lifecycle';
import { milestones } from './milestones';
import { serviceName } from './service';
import { severity } from './severity';
import { utcTimestamp } from './time';

/** Incident keys look like `INC-42`. */
export const incidentKey = z.string().regex(/^INC-[1-9][0-9]*$/, 'expected a key like INC-42');
export type IncidentKey = z.infer<typeof incidentKey>;

/** Formats an incident number as its key: `formatIncidentKey(42) === 'INC-42'`. */
export function formatIncidentKey(number: number): IncidentKey {
  return `INC-${number}`;
}

/** The incident's own lifecycle status. */
export const incidentStatus = z.enum(['open', 'mitigated', 'resolved', 'closed']);
export type IncidentStatus = z.infer<typeof incidentStatus>;

/**
 * Legal incident status moves. An incident can regress from mitigated or resolved to open when the
 * problem returns; closed is final.
 */
export const incidentLifecycle = defineLifecycle<IncidentStatus>('incident', {
  open: ['mitigated', 'resolved'],
  mitigated: ['open', 'resolved'],
  resolved: ['open', 'closed'],
  closed: [],
});

/** The milestone a status move stamps when it is not set yet. */
export const milestoneForStatus = {
  open: null,
  mitigated: 'mitigatedAt',
  resolved: 'resolvedAt',
  closed: 'closedAt',
} as const satisfies Record<IncidentStatus, string | null>;

/** What kind of incident it was. */
export const incidentType = z.enum([
  'outage',
  'degradation',
  'security',
  'data-loss',
  'near-miss',
  'other',
]);
export type IncidentType = z.infer<typeof incidentType>;

/** Who may see an incident: everyone in the workspace, or only its members and admins. */
export const visibility = z.enum(['normal', 'restricted']);
export type Visibility = z.infer<typeof visibility>;

/** A tag: short lower-case label. */
export const tag = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[a-z0-9][a-z0-9:._/-]*$/, 'lower-case letters, digits and ":._/-"');

/** What customers felt. Counts are null when unknown (not zero). */
export const customerImpact = z.object({
  description: z.string().max(5000),
  usersAffected: z.number().int().min(0).nullable(),
  requestsAffected: z.number().int().min(0).nullable(),
});
export type CustomerImpact = z.infer<typeof customerImpact>;

/** An incident as stored and returned. `version` increases on every change (optimistic locking). */
export const incident = z.object({
  key: incidentKey,
  title: z.string().trim().min(1).max(300),
  severity,
  status: incidentStatus,
  type: incidentType,
  services: z.array(serviceName),
  commander: z.string().max(200).nullable(),
  visibility,
  tags: z.array(tag),
  customerImpact,
  milestones,
  /** Why milestones are allowed out of order, when the evidence says so; null otherwise. */
  milestoneOrderOverride: z.string().max(2000).nullable(),
  /**
   * The earlier incident this one repeats (same failure coming back), or null. Absent in older
   * documents, which read as null. See `recurrence.ts` for the rules a link must keep.
   */
  recurrenceOf: incidentKey.nullable().default(null),
  createdAt: utcTimestamp,
  updatedAt: utcTimestamp,
  version: z.number().int().min(1),
});
export type Incident = z.infer<typeof incident>;

const title = z.string().trim().min(1, 'a title is required').max(300);

/** Input to create an incident; only title and severity are required. */
export const createIncidentInput = z.object({
  title,
  severity,
  type: incidentType.default('outage'),
  services: z.array(serviceName).max(50).default([]),
  commander: z.string().trim().min(1).max(200).nullable().default(null),
  visibility: visibility.default('normal'),
  tags: z.array(tag).max(50).default([]),
  customerImpact: customerImpact
    .partial()
    .default({})
    .transform((value) => ({
      description: value.description ?? '',
      usersAffected: value.usersAffected ?? null,
      requestsAffected: value.requestsAffected ?? null,
    })),
  milestones: milestones.partial().default({}),
  milestoneOrderOverride: z.string().trim().min(1).max(2000).nullable().default(null),
});
export type CreateIncidentInput = z.input<typeof createIncidentInput>;
export type CreateIncident = z.output<typeof createIncidentInput>;

/**
 * A partial update of an incident. Omitted fields stay as they are; `status` moves through the
 * lifecycle and stamps the matching milestone when it is unset.
 */
export const updateIncidentInput = z
  .object({
    title,
    severity,
    status: incidentStatus,
    type: incidentType,
    services: z.array(serviceName).max(50),
    commander: z.string().trim().min(1).max(200).nullable(),
    visibility,
    tags: z.array(tag).max(50),
    customerImpact: customerImpact.partial(),
    milestones: milestones.partial(),
    milestoneOrderOverride: z.string().trim().min(1).max(2000).nullable(),
    /** Mark as a recurrence of another incident (its key), or clear the mark with null. */
    recurrenceOf: incidentKey.nullable(),
  })
  .partial()
  .strict();
export type UpdateIncident = z.output<typeof updateIncidentInput>;

/** Filters for listing incidents. `text` matches title words; all filters combine with AND. */
export const incidentFilter = z.object({
  status: z.array(incidentStatus).optional(),
  severity: z.array(severity).optional(),
  service: z.string().optional(),
  /** Only incidents carrying this tag. */
  tag: z.string().optional(),
  text: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type IncidentFilter = z.output<typeof incidentFilter>;
