import { emptyMilestones, emptySections } from '@aftermath/domain';
import type { ChecklistInput } from '../../src/checklist';

/** A postmortem that passes every default item; tests break one thing at a time. */
export function completeInput(): ChecklistInput {
  return {
    postmortem: {
      sections: {
        ...emptySections,
        summary: 'A config push halved the checkout pool; rolling back restored it in 40 minutes.',
        impact: '1,200 customers saw failed payments for 40 minutes.',
        rootCauses: 'Pool size was not validated against the replica count.',
        wentWell: 'Rollback was one command.',
        wentWrong: 'The alert fired 12 minutes late.',
        lessons: 'Validate pool sizes in CI.',
      },
      rca: { trigger: 'config-push', rootCauses: ['configuration'] },
    },
    incident: {
      severity: 'SEV2',
      services: ['checkout'],
      customerImpact: {
        description: 'Failed payments',
        usersAffected: 1200,
        requestsAffected: null,
      },
      milestones: {
        ...emptyMilestones,
        impactStartedAt: '2026-11-20T09:00:00.000Z',
        detectedAt: '2026-11-20T09:12:00.000Z',
        mitigatedAt: '2026-11-20T09:40:00.000Z',
        resolvedAt: '2026-11-20T10:00:00.000Z',
      },
    },
    actions: [
      {
        title: 'Validate pool size in CI',
        type: 'prevent',
        priority: 'P1',
        status: 'open',
        owner: 'maya',
        dueDate: '2026-12-01',
        verificationCriteria: 'A CI run rejects a pool smaller than the replica count.',
      },
    ],
    slo: null,
    languageFindings: [],
    sensitiveFindings: [],
  };
}
