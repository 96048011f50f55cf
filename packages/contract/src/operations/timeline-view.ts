import {
  evidence,
  incident,
  milestoneDecision,
  milestoneDecisionInput,
  milestoneDecisionState,
  milestones,
  proposableMilestoneName,
  timelineEntry,
  utcTimestamp,
} from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';
import { incidentChildParams, incidentKeyParams } from '../schemas';

const alternative = z.object({
  at: utcTimestamp,
  entryId: z.string(),
  rule: z.string(),
  reason: z.string(),
});

/** A milestone time proposed by one entry, with why and what other rules found. */
export const milestoneProposal = alternative.extend({
  basis: z.enum(['tag', 'word', 'kind']),
  alternatives: z.array(alternative),
});

const perMilestone = <S extends z.ZodType>(schema: S) =>
  z.object(
    Object.fromEntries(proposableMilestoneName.options.map((name) => [name, schema])),
  ) as z.ZodObject<Record<z.infer<typeof proposableMilestoneName>, S>>;

/** A deploy or change before impact start, ranked (score 0–1) with the reasons. */
export const suspectChange = z.object({
  entryId: z.string(),
  at: utcTimestamp,
  kind: z.enum(['deploy', 'change']),
  category: z.enum(['deploy', 'config', 'feature-flag', 'migration', 'change']),
  title: z.string(),
  source: z.string(),
  service: z.string().nullable(),
  secondsBeforeImpact: z.number(),
  serviceMatch: z.enum(['same', 'unknown', 'other']),
  score: z.number(),
  reasons: z.array(z.string()),
});

/** A steady source that went silent inside the incident window (seconds, UTC times). */
export const telemetryGap = z.object({
  source: z.string(),
  service: z.string().nullable(),
  expectedEverySeconds: z.number(),
  observations: z.number().int(),
  lastSeenAt: utcTimestamp,
  lastSeenEntryId: z.string(),
  resumedAt: utcTimestamp.nullable(),
  silentSeconds: z.number(),
  reason: z.string(),
});

/**
 * The built timeline (DESIGN §3, the JSON `aftermath timeline KEY --json` prints):
 * `{"entries":[…],"milestones":{"recorded","proposed","decisions"},"suspects":[…],"gaps":[…]}`.
 * For each proposable milestone: the incident's time (`recorded`), the proposal with the entry
 * that set it (`proposed`, null when no evidence shows it) and whether a person accepted or
 * overrode it (`decisions`).
 */
export const timelineView = z.object({
  entries: z.array(timelineEntry),
  milestones: z.object({
    recorded: milestones,
    proposed: perMilestone(milestoneProposal.nullable()),
    decisions: perMilestone(
      z.object({ state: milestoneDecisionState, decision: milestoneDecision.nullable() }),
    ),
  }),
  suspects: z.array(suspectChange),
  gaps: z.array(telemetryGap),
});

/** `{key}` and `{milestone}` path parameters. */
export const milestoneParams = incidentKeyParams.extend({ milestone: proposableMilestoneName });

/**
 * Query of the evidence excerpt: the target line (1-based), byte offset or JSON pointer, and how
 * many lines to show around it. A pointer is relative to the document the line or byte offset
 * falls in (JSON lines); for a Slack export its first token is the file inside the export.
 *
 * @example
 * // GET /api/v1/incidents/INC-7/evidence/ev1/excerpt?line=120&before=3&after=12
 * // GET /api/v1/incidents/INC-7/evidence/ev1/excerpt?byteOffset=412&pointer=/alerts/1/labels
 */
export const evidenceExcerptQuery = z.object({
  line: z.coerce.number().int().min(1).optional(),
  byteOffset: z.coerce.number().int().min(0).optional(),
  pointer: z
    .string()
    .max(500)
    .refine((value) => value === '' || value.startsWith('/'), 'a JSON pointer starts with "/"')
    .optional(),
  before: z.coerce.number().int().min(0).max(200).default(3),
  after: z.coerce.number().int().min(0).max(200).default(12),
});

/** A bounded window of lines of an evidence's raw bytes; `target` marks the line asked for. */
export const evidenceExcerpt = z.object({
  evidence,
  lines: z.array(
    z.object({
      number: z.number().int(),
      byteOffset: z.number().int(),
      text: z.string(),
      cut: z.boolean(),
      target: z.boolean(),
      /** Characters `[from, to)` of `text` inside the pointed value; null outside it. */
      mark: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
    }),
  ),
  more: z.boolean(),
  /** The value a `pointer` named: its lines and bytes, and the export file it is in (Slack). */
  pointed: z
    .object({
      pointer: z.string(),
      file: z.string().nullable(),
      startLine: z.number().int(),
      endLine: z.number().int(),
      startByte: z.number().int(),
      endByte: z.number().int(),
    })
    .nullable(),
});

/** The built timeline view, milestone decisions and the evidence excerpt an entry links to. */
export const timelineViewRoutes = {
  getTimelineView: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/timeline/view',
    summary:
      'The built timeline: entries, milestones (recorded, proposed with the entry that set each, ' +
      'accepted or overridden), suspect changes with why, telemetry gaps',
    tag: 'timeline',
    params: incidentKeyParams,
    response: timelineView,
  }),
  decideMilestone: defineRoute({
    method: 'PUT',
    path: '/api/v1/incidents/{key}/milestones/{milestone}/decision',
    summary:
      'Accept the proposed milestone (the incident takes the time of the entry that set it) or ' +
      "override it with a person's own time (If-Match: the incident's version)",
    tag: 'timeline',
    params: milestoneParams,
    body: milestoneDecisionInput,
    response: incident,
    requiresIfMatch: true,
    etag: true,
  }),
  getEvidenceExcerpt: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/evidence/{id}/excerpt',
    summary:
      'Lines of the raw evidence around a line number, byte offset or JSON pointer (the pointed ' +
      "value's characters marked), read as a stream up to the window (never the whole blob); " +
      'gzip is decompressed',
    tag: 'evidence',
    params: incidentChildParams,
    query: evidenceExcerptQuery,
    response: evidenceExcerpt,
  }),
} as const;
