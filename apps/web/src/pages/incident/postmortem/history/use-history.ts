import type { RouteOutput, routes } from '@aftermath/contract';
import { api } from '../../../../api/client';
import { useResource } from '../../../../api/use-resource';

/** The saved versions, newest first, as `GET …/postmortem/versions` lists them. */
export type VersionList = RouteOutput<(typeof routes)['listPostmortemVersions']>['items'];
/** The diff of two versions as `GET …/postmortem/diff` answers it. */
export type VersionDiff = RouteOutput<(typeof routes)['diffPostmortemVersions']>;

/** The version list, read again when the postmortem's version changes. */
export function useVersions(key: string, version: number) {
  return useResource<VersionList>(
    `${key}@${version}`,
    async () => (await api.call('listPostmortemVersions', { params: { key } })).data.items,
  );
}

/** The diff between two versions, or null until two are picked. */
export function useVersionDiff(key: string, pair: { from: number; to: number } | null) {
  return useResource<VersionDiff | null>(`${key}:${pair?.from}..${pair?.to}`, async () =>
    pair === null
      ? null
      : (await api.call('diffPostmortemVersions', { params: { key }, query: pair })).data,
  );
}
