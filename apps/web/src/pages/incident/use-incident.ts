import type { RouteInput, routes } from '@aftermath/contract';
import type { Incident } from '@aftermath/domain';
import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { versioned, type Versioned } from '../../api/versioned';

/** The fields an incident update may carry. */
export type IncidentPatch = RouteInput<(typeof routes)['updateIncident']>['body'];

/** Saves a patch with If-Match; resolves with the new incident or rejects with the ApiError. */
export type SaveIncident = (patch: IncidentPatch) => Promise<Incident>;

/** A person's accept/override of a proposed milestone. */
export type MilestoneDecisionBody = RouteInput<(typeof routes)['decideMilestone']>['body'];
export type ProposableMilestone = RouteInput<
  (typeof routes)['decideMilestone']
>['params']['milestone'];

/** Accepts or overrides a proposed milestone with If-Match, like {@link SaveIncident}. */
export type DecideMilestone = (
  milestone: ProposableMilestone,
  body: MilestoneDecisionBody,
) => Promise<Incident>;

/**
 * The incident of the page with its ETag. Every editor on the page saves through `save`, so they
 * all send the version of the last read and all see the answer.
 */
export function useIncident(key: string) {
  const { resource, reload, retry, set } = useResource<Versioned<Incident>>(key, async () =>
    versioned(await api.call('getIncident', { params: { key } })),
  );
  const save: SaveIncident = async (patch) => {
    if (resource.state !== 'ready') throw new Error('The incident is not loaded yet');
    const result = await api.call('updateIncident', {
      params: { key },
      body: patch,
      ifMatch: resource.value.etag,
    });
    const next = versioned(result);
    set(next);
    return next.data;
  };
  const decide: DecideMilestone = async (milestone, body) => {
    if (resource.state !== 'ready') throw new Error('The incident is not loaded yet');
    const result = await api.call('decideMilestone', {
      params: { key, milestone },
      body,
      ifMatch: resource.value.etag,
    });
    const next = versioned(result);
    set(next);
    return next.data;
  };
  return { resource, reload, retry, save, decide };
}
