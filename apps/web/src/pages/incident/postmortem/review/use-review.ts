import type { RouteOutput } from '@aftermath/contract';
import type { routes } from '@aftermath/contract';
import { api } from '../../../../api/client';
import { useResource } from '../../../../api/use-resource';

/** The review state as `GET …/postmortem/review` answers it. */
export type ReviewState = RouteOutput<(typeof routes)['getPostmortemReview']>;

/**
 * The postmortem's review, read again whenever the postmortem's version changes (a save can make
 * verdicts stale). Every write answers with the new state, which replaces the loaded one.
 */
export function useReview(key: string, version: number) {
  const { resource, reload, retry, set } = useResource<ReviewState>(
    `${key}@${version}`,
    async () => (await api.call('getPostmortemReview', { params: { key } })).data,
  );
  const setOwner = async (owner: string | null) => {
    set((await api.call('setPostmortemOwner', { params: { key }, body: { owner } })).data);
  };
  const requestReviewers = async (who: { reviewers?: string[]; teams?: string[] }, by: string) => {
    const body = { ...who, ...(by === '' ? {} : { requestedBy: by }) };
    set((await api.call('requestPostmortemReviewers', { params: { key }, body })).data);
  };
  const submit = async (
    decision: 'approve' | 'request_changes',
    note: string,
    reviewer: string,
  ) => {
    const body = { decision, note, ...(reviewer === '' ? {} : { reviewer }) };
    set((await api.call('submitPostmortemReview', { params: { key }, body })).data);
  };
  const withdraw = async (kind: 'user' | 'team', name: string) => {
    const params = { key, kind, name };
    set((await api.call('withdrawPostmortemReviewRequest', { params })).data);
  };
  return { resource, reload, retry, setOwner, requestReviewers, submit, withdraw };
}
