import {
  buildTimelineView,
  decideMilestone,
  readEvidenceExcerpt,
  type Context,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';
import { requireVersion } from './require-version';

/** The built timeline view, milestone accept/override, and evidence excerpts. */
export function timelineViewHandlers(
  ctx: Context,
): Pick<Handlers, 'getTimelineView' | 'decideMilestone' | 'getEvidenceExcerpt'> {
  return {
    getTimelineView: ({ principal, params }) => buildTimelineView(ctx, principal, params.key),
    decideMilestone: ({ principal, params, body, ifMatch }) =>
      decideMilestone(ctx, principal, params.key, params.milestone, requireVersion(ifMatch), body),
    getEvidenceExcerpt: ({ principal, params, query }) =>
      readEvidenceExcerpt(ctx, principal, params.key, params.id, query),
  };
}
