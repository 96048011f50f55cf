import { api } from '../../../../api/client';
import { useResource } from '../../../../api/use-resource';
import type { ChecklistData, PolicyCheckData } from './checklist-types';

/**
 * The postmortem's checklist and the policy's decision, read together and again whenever the
 * postmortem's version changes (a save or a move can change both).
 */
export function useChecklist(incidentKey: string, version: number) {
  return useResource<{ checklist: ChecklistData; policy: PolicyCheckData }>(
    `${incidentKey}@${version}`,
    async () => {
      const params = { key: incidentKey };
      const [checklist, policy] = await Promise.all([
        api.call('getPostmortemChecklist', { params }),
        api.call('checkIncidentPolicy', { params }),
      ]);
      return { checklist: checklist.data, policy: policy.data };
    },
  );
}
