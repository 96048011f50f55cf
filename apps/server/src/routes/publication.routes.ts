import {
  buildPublicDocument,
  getPublicationSettings,
  setPublicationSettings,
  type Context,
} from '@aftermath/core';
import { renderPublicMarkdown } from '@aftermath/analysis';
import type { Handlers } from '../register-routes';

/** The public version of a postmortem and the setting that shapes it. */
export function publicationHandlers(
  ctx: Context,
): Pick<Handlers, 'getPublicPostmortem' | 'getPublicationSettings' | 'setPublicationSettings'> {
  return {
    getPublicPostmortem: async ({ principal, params }) => {
      const version = await buildPublicDocument(ctx, principal, params.key);
      return { ...version, markdown: renderPublicMarkdown(version.document) };
    },
    getPublicationSettings: ({ principal }) => getPublicationSettings(ctx, principal),
    setPublicationSettings: ({ principal, body }) => setPublicationSettings(ctx, principal, body),
  };
}
