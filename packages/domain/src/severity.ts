import { z } from 'zod';

/** Incident severity, SEV1 (worst) to SEV4. */
export const severity = z.enum(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
export type Severity = z.infer<typeof severity>;

/** What each severity means in a workspace; workspaces may reword these. */
export type SeverityScale = Record<Severity, string>;

/** The default meanings, after common industry practice. */
export const defaultSeverityScale: SeverityScale = {
  SEV1: 'Critical: a core service is down or data is lost for many customers',
  SEV2: 'Major: a core feature is degraded for many customers, or down for some',
  SEV3: 'Minor: limited impact, a workaround exists',
  SEV4: 'Low: little or no customer impact; worth learning from',
};

/** Validates a workspace's severity scale: every level needs a non-empty meaning. */
export const severityScale = z.object({
  SEV1: z.string().trim().min(1),
  SEV2: z.string().trim().min(1),
  SEV3: z.string().trim().min(1),
  SEV4: z.string().trim().min(1),
});
