import { incidentKey, jointPostmortem, jointTimeline, linkIncidentsInput } from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';
import { incidentKeyParams } from '../schemas';

/**
 * Joint postmortems: one postmortem (the primary incident's) covering several incidents, with one
 * owner and shared action items. Linking refuses (409, naming the key and why) an incident covered
 * elsewhere, one whose own postmortem has content, and a restricted incident into a postmortem
 * that is not restricted (docs/joint-postmortems.md).
 *
 * @example
 * await client.call('linkPostmortemIncidents', { params: { key: 'INC-4' }, body: { keys: ['INC-7'] } });
 */
export const jointPostmortemRoutes = {
  getJointPostmortem: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/postmortem/incidents',
    summary:
      'The incidents linked into this postmortem, or the joint postmortem that covers this incident (coveredBy)',
    tag: 'postmortems',
    params: incidentKeyParams,
    response: jointPostmortem,
  }),
  linkPostmortemIncidents: defineRoute({
    method: 'POST',
    path: '/api/v1/incidents/{key}/postmortem/incidents',
    summary:
      'Link incidents into this postmortem, making it joint (all or nothing; 409 names a key that cannot be linked and why)',
    tag: 'postmortems',
    params: incidentKeyParams,
    body: linkIncidentsInput,
    response: jointPostmortem,
  }),
  unlinkPostmortemIncident: defineRoute({
    method: 'DELETE',
    path: '/api/v1/incidents/{key}/postmortem/incidents/{other}',
    summary: 'Remove a linked incident from this joint postmortem',
    tag: 'postmortems',
    params: z.object({ key: incidentKey, other: incidentKey }),
    response: jointPostmortem,
  }),
  getJointPostmortemTimeline: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/postmortem/timeline',
    summary:
      "The joint postmortem's timeline: entries of the primary and every linked incident, merged in time order, each labelled by incidentKey",
    tag: 'postmortems',
    params: incidentKeyParams,
    response: jointTimeline,
  }),
} as const;
