import type { RouteOutput, routes } from '@aftermath/contract';
import { api } from '../../../api/client';
import { useResource } from '../../../api/use-resource';

/** The joint postmortem as `GET …/postmortem/incidents` answers it. */
export type JointPostmortem = RouteOutput<(typeof routes)['getJointPostmortem']>;

/** The merged timeline as `GET …/postmortem/timeline` answers it. */
export type JointTimeline = RouteOutput<(typeof routes)['getJointPostmortemTimeline']>;

/** The joint postmortem seen from `key`; linking and unlinking answer the new state. */
export function useJointPostmortem(key: string) {
  const { resource, retry, set } = useResource<JointPostmortem>(
    key,
    async () => (await api.call('getJointPostmortem', { params: { key } })).data,
  );
  const link = async (keys: string[]) => {
    set((await api.call('linkPostmortemIncidents', { params: { key }, body: { keys } })).data);
  };
  const unlink = async (other: string) => {
    set((await api.call('unlinkPostmortemIncident', { params: { key, other } })).data);
  };
  return { resource, retry, link, unlink };
}

/** Incidents whose title or key matches `text`, for the add-by-key suggestions. */
export async function suggestIncidents(text: string) {
  const query = { text, limit: 8, offset: 0 };
  return (await api.call('listIncidents', { query })).data.items;
}

/** The merged timeline of the joint postmortem seen from `key`. */
export async function loadJointTimeline(key: string): Promise<JointTimeline> {
  return (await api.call('getJointPostmortemTimeline', { params: { key } })).data;
}
