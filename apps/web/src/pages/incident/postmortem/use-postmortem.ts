import type {
  Postmortem,
  PostmortemSections,
  PostmortemStatus,
  RootCauseAnalysis,
} from '@aftermath/domain';
import { api, isNotFound } from '../../../api/client';
import { useResource } from '../../../api/use-resource';
import { versioned, type Versioned } from '../../../api/versioned';

/**
 * The incident's postmortem with its ETag, or null when none was started. Saves and transitions
 * send If-Match and keep the answer, so the next write carries the new version. `author` names
 * who saves, for the version history, until requests carry a signed-in user.
 */
export function usePostmortem(key: string, author = '') {
  const by = author === '' ? {} : { author };
  const { resource, reload, retry, set } = useResource<Versioned<Postmortem> | null>(
    key,
    async () => {
      try {
        return versioned(await api.call('getPostmortem', { params: { key } }));
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
  );
  const current = () => {
    if (resource.state !== 'ready' || resource.value === null) {
      throw new Error('The postmortem is not loaded yet');
    }
    return resource.value;
  };

  const start = async () => {
    set(versioned(await api.call('savePostmortem', { params: { key }, body: {} })));
  };
  const saveSections = async (sections: Partial<PostmortemSections>) => {
    const result = await api.call('savePostmortem', {
      params: { key },
      body: { sections, ...by },
      ifMatch: current().etag,
    });
    set(versioned(result));
    return result.data;
  };
  const saveRca = async (rca: RootCauseAnalysis) => {
    const result = await api.call('savePostmortem', {
      params: { key },
      body: { rca, ...by },
      ifMatch: current().etag,
    });
    set(versioned(result));
    return result.data;
  };
  const transition = async (to: PostmortemStatus) => {
    const result = await api.call('transitionPostmortem', {
      params: { key },
      body: { to },
      ifMatch: current().etag,
    });
    set(versioned(result));
  };
  return { resource, reload, retry, start, saveSections, saveRca, transition };
}
