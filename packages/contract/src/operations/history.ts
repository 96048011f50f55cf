import { incidentKey, postmortemRevision, postmortemRevisionSummary } from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';
import { incidentKeyParams } from '../schemas';

const versionNumber = z.coerce.number().int().min(1);

/** One line of a diff; line numbers are 1-based, null on the side the line is not on. */
export const diffLine = z.object({
  op: z.enum(['equal', 'delete', 'insert']),
  text: z.string(),
  oldLine: z.number().int().nullable(),
  newLine: z.number().int().nullable(),
});

/** The diff of two saved versions, part by part (sections in order, then owner, template, rca). */
export const revisionDiff = z.object({
  incidentKey,
  from: z.number().int(),
  to: z.number().int(),
  parts: z.array(
    z.object({
      part: z.string(),
      changed: z.boolean(),
      added: z.number().int(),
      removed: z.number().int(),
      lines: z.array(diffLine),
    }),
  ),
});

/**
 * The version history of a postmortem: every saved change with author, time and version, one
 * version whole, and a line diff between any two.
 *
 * @example
 * await client.call('diffPostmortemVersions', { params: { key: 'INC-4' }, query: { from: 2, to: 5 } });
 */
export const historyRoutes = {
  listPostmortemVersions: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/postmortem/versions',
    summary:
      'Every saved version of the postmortem, newest first, with author, time and changed parts',
    tag: 'postmortems',
    params: incidentKeyParams,
    response: z.object({ items: z.array(postmortemRevisionSummary) }),
  }),
  getPostmortemVersion: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/postmortem/versions/{version}',
    summary: 'One saved version of the postmortem, whole',
    tag: 'postmortems',
    params: incidentKeyParams.extend({ version: versionNumber }),
    response: postmortemRevision,
  }),
  diffPostmortemVersions: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/postmortem/diff',
    summary: 'Line diff per section between two saved versions (from, to)',
    tag: 'postmortems',
    params: incidentKeyParams,
    query: z.object({ from: versionNumber, to: versionNumber }),
    response: revisionDiff,
  }),
} as const;
