import { postmortemTemplates } from '@aftermath/domain';
import { defineRoute } from '../route';

/**
 * Postmortem templates per incident type: the sections a new postmortem starts with.
 *
 * @example
 * await client.setPostmortemTemplates({
 *   body: { byType: { security: { sections: { summary: 'Who could read what?' } } } },
 * });
 */
export const postmortemTemplateRoutes = {
  getPostmortemTemplates: defineRoute({
    method: 'GET',
    path: '/api/v1/settings/postmortem-templates',
    summary: 'The starting sections of a new postmortem, per incident type',
    tag: 'settings',
    response: postmortemTemplates,
  }),
  setPostmortemTemplates: defineRoute({
    method: 'PUT',
    path: '/api/v1/settings/postmortem-templates',
    summary:
      'Replace the postmortem templates; a postmortem created later for an incident of that type starts with its sections',
    tag: 'settings',
    body: postmortemTemplates,
    response: postmortemTemplates,
  }),
} as const;
