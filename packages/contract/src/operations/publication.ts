import { incidentKeyParams } from '../schemas';
import {
  actionStatus,
  actionType,
  incidentType,
  milestones,
  postmortemSectionNames,
  publicationSettings,
  severity,
  timelineKind,
  type PostmortemSectionName,
} from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';

const sectionName = z.enum(
  postmortemSectionNames as [PostmortemSectionName, ...PostmortemSectionName[]],
);

/** The public document: only what may leave Aftermath, every text redacted. */
export const publicDocument = z.object({
  key: z.string(),
  title: z.string(),
  severity,
  type: incidentType,
  services: z.array(z.string()),
  customerImpact: z.object({
    description: z.string(),
    usersAffected: z.number().nullable(),
    requestsAffected: z.number().nullable(),
  }),
  milestones,
  sections: z.array(z.object({ name: sectionName, title: z.string(), text: z.string() })),
  timeline: z.array(z.object({ at: z.string(), kind: timelineKind, title: z.string() })),
  actions: z.array(z.object({ title: z.string(), type: actionType, status: actionStatus })),
});

/**
 * The executive summary of the public document, in plain words for stakeholders: what customers
 * felt, why it happened, what the team is doing; `text` is the three as labelled paragraphs (what
 * the `published` notification sends).
 *
 * @example { impact: 'Checkout failed for 12 % of requests. Impact lasted 47 min.', cause: '…', response: '3 follow-up actions, 1 finished: …', text: 'Impact: …\n\nCause: …\n\nWhat we are doing: …' }
 */
export const executiveSummary = z.object({
  impact: z.string(),
  cause: z.string(),
  response: z.string(),
  text: z.string(),
});

/**
 * `GET /api/v1/incidents/{key}/postmortem/public`: the public document, its Markdown and
 * executive summary, what was left out and where each redaction was in the internal text (field,
 * 1-based line, offsets in the line; never the value).
 */
export const publicPostmortem = z.object({
  document: publicDocument,
  markdown: z.string(),
  executiveSummary,
  omitted: z.object({
    sections: z.array(sectionName),
    timelineEntries: z.number().int(),
    fields: z.array(z.string()),
    actions: z.number().int(),
  }),
  redactions: z.array(
    z.object({
      field: z.string(),
      line: z.number().int(),
      start: z.number().int(),
      end: z.number().int(),
      kind: z.enum(['secret', 'pii']),
      rule: z.string(),
      placeholder: z.string(),
    }),
  ),
});

/**
 * The public (redacted) version of a postmortem and what it leaves out.
 *
 * @example
 * const { markdown, redactions } = await client.getPublicPostmortem({ params: { key: 'INC-7' } });
 */
export const publicationRoutes = {
  getPublicPostmortem: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/postmortem/public',
    summary:
      'The redacted public version of the postmortem (internal-only sections, people and unpublished timeline entries removed; secrets and PII replaced), as JSON and Markdown with its executive summary, with what was removed and redacted',
    tag: 'postmortems',
    params: incidentKeyParams,
    response: publicPostmortem,
  }),
  getPublicationSettings: defineRoute({
    method: 'GET',
    path: '/api/v1/settings/publication',
    summary:
      'Which sections, timeline kinds and actions the public version of a postmortem carries',
    tag: 'settings',
    response: publicationSettings,
  }),
  setPublicationSettings: defineRoute({
    method: 'PUT',
    path: '/api/v1/settings/publication',
    summary:
      'Change which sections are internal-only, which timeline kinds are published, and whether actions are listed',
    tag: 'settings',
    body: publicationSettings,
    response: publicationSettings,
  }),
} as const;
