import {
  buildPublicDocument,
  getPublicationSettings,
  setPublicationSettings,
  type Context,
} from '@aftermath/core';
import {
  renderExecutiveSummary,
  renderPublicMarkdown,
  summarizeForExecutives,
} from '@aftermath/analysis';
import type { Handlers } from '../register-routes';

/** The public version of a postmortem and the setting that shapes it. */
export function publicationHandlers(
  ctx: Context,
): Pick<Handlers, 'getPublicPostmortem' | 'getPublicationSettings' | 'setPublicationSettings'> {
  return {
    getPublicPostmortem: async ({ principal, params }) => {
      const version = await buildPublicDocument(ctx, principal, params.key);
      const summary = summarizeForExecutives(version.document);
      return {
        ...version,
        markdown: renderPublicMarkdown(version.document),
        executiveSummary: { ...summary, text: renderExecutiveSummary(summary) },
      };
    },
    getPublicationSettings: ({ principal }) => getPublicationSettings(ctx, principal),
    setPublicationSettings: ({ principal, body }) => setPublicationSettings(ctx, principal, body),
  };
}
