import { z } from 'zod';
import { incidentKey } from './incident';
import { postmortemSections } from './postmortem';
import { rootCauseAnalysis } from './rca';
import { utcTimestamp } from './time';

/**
 * One saved state of a postmortem's content, kept for ever (append-only). `version` is the
 * postmortem's version right after the save, so it matches the ETag the saver got back; versions
 * taken by lifecycle transitions alone have no entry.
 */
export const postmortemRevision = z.object({
  incidentKey,
  version: z.number().int().min(1),
  author: z.string().max(200).nullable(),
  savedAt: utcTimestamp,
  owner: z.string().max(200).nullable(),
  template: z.string(),
  sections: postmortemSections,
  rca: rootCauseAnalysis,
});
export type PostmortemRevision = z.infer<typeof postmortemRevision>;

/** A revision without its content, for lists: who saved which parts when. */
export const postmortemRevisionSummary = z.object({
  version: z.number().int().min(1),
  author: z.string().nullable(),
  savedAt: utcTimestamp,
  /** Section names, plus `owner`, `template` or `rca`, changed against the revision before. */
  changed: z.array(z.string()),
});
export type PostmortemRevisionSummary = z.infer<typeof postmortemRevisionSummary>;
