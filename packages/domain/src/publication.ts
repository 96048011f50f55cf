import { z } from 'zod';
import { postmortemSectionTitles, type PostmortemSectionName } from './postmortem';
import { timelineKind } from './timeline';

const sectionName = z.enum(
  Object.keys(postmortemSectionTitles) as [PostmortemSectionName, ...PostmortemSectionName[]],
);

/**
 * What the public version of a postmortem leaves out (workspace setting `publication`). Whatever
 * stays is redacted anyway: secrets and PII, with the workspace's people as names. People's names
 * in fields (commander, owners, authors) never appear in the public version.
 *
 * - `internalSections`: sections only the team reads. By default the contributing factors and
 *   the candid "what went wrong" and "where we got lucky": written for learning, not for customers.
 * - `timelineKinds`: the timeline entries published (title and time only, never the body). By
 *   default status-page updates and milestones: raw alerts, logs and chat stay inside.
 * - `includeActions`: whether the follow-up actions are listed (title, type and status only).
 *
 * @example
 * publicationSettings.parse({ internalSections: ['wentWrong'], timelineKinds: ['status'], includeActions: false });
 */
export const publicationSettings = z
  .object({
    internalSections: z.array(sectionName).max(20),
    timelineKinds: z.array(timelineKind).max(20),
    includeActions: z.boolean(),
  })
  .strict();
export type PublicationSettings = z.infer<typeof publicationSettings>;

/** The defaults described on {@link publicationSettings}. */
export const defaultPublicationSettings: PublicationSettings = {
  internalSections: ['contributingFactors', 'wentWrong', 'gotLucky'],
  timelineKinds: ['status', 'milestone'],
  includeActions: true,
};
