import {
  actionItem,
  evidence,
  evidenceFormat,
  incident,
  incidentStatus,
  postmortem,
  service,
  severity,
  timelineEntry,
} from '@aftermath/domain';
import { z } from 'zod';

/**
 * The error body of every failed request:
 * `{"error":{"code":"validation","message":"…","details":[{"path":"body.title","message":"…"}]}}`.
 */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** A comma-separated list in a query string (`?status=open,mitigated`), also accepted repeated. */
export function csvOf<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value) =>
      (Array.isArray(value) ? value : [value])
        .flatMap((part) => part.split(','))
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    )
    .pipe(z.array(item));
}

/** Query of `GET /api/v1/incidents`. */
export const incidentListQuery = z.object({
  status: csvOf(incidentStatus).optional(),
  severity: csvOf(severity).optional(),
  service: z.string().trim().min(1).max(100).optional(),
  tag: z.string().trim().min(1).max(50).optional(),
  text: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** A page of incidents: `{"items":[…],"total":N}`. */
export const incidentPage = z.object({ items: z.array(incident), total: z.number().int() });

/** The `{key}` path parameter. */
export const incidentKeyParams = z.object({ key: z.string().regex(/^INC-[1-9][0-9]*$/) });

/** `{key}` and `{id}` path parameters. */
export const incidentChildParams = z.object({
  key: z.string().regex(/^INC-[1-9][0-9]*$/),
  id: z.string().min(1).max(100),
});

/** The `{id}` path parameter. */
export const idParams = z.object({ id: z.string().min(1).max(100) });

/** `{items:[…]}` of timeline entries. */
export const timelineList = z.object({ items: z.array(timelineEntry) });

/** `{items:[…]}` of action items. */
export const actionList = z.object({ items: z.array(actionItem) });

/** `{items:[…]}` of services. */
export const serviceList = z.object({ items: z.array(service) });

/**
 * Query of `POST /api/v1/incidents/{key}/evidence`: the format (`auto` detects it), a name for
 * people (the file name), and the IANA zone for timestamps written without one (default UTC).
 *
 * @example
 * // POST /api/v1/incidents/INC-7/evidence?format=auto&name=deploys.jsonl&zone=Europe/Berlin
 */
export const evidenceUploadQuery = z.object({
  format: z.union([z.literal('auto'), evidenceFormat]).default('auto'),
  name: z.string().trim().min(1).max(500).default('upload'),
  zone: z.string().trim().min(1).max(100).optional(),
});

/** `{items:[…]}` of evidence records, in the order they arrived. */
export const evidenceList = z.object({ items: z.array(evidence) });

/** `GET /healthz`. */
export const health = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.string(),
  version: z.string(),
  /** Why the instance is unavailable (the database does not answer, and what it said). */
  reason: z.string().optional(),
});

/** Answer of the demo loader. */
export const demoResult = z.object({ loaded: z.boolean(), incidents: z.number().int() });

/** Query of `GET /api/v1/incidents/{key}/export`. */
export const exportQuery = z.object({ format: z.enum(['md', 'json']).default('md') });

export { actionItem, evidence, incident, postmortem, timelineEntry };
