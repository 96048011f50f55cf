import type { SliSample, SloDefinition, SloObjective } from '@aftermath/domain';

// Builders for the SLO tests: only what a case changes is written out.

/** An instant `minutes` after (negative: before) `base`, as the UTC ISO text samples carry. */
export function minutesFrom(base: string, minutes: number): string {
  return new Date(Date.parse(base) + minutes * 60_000).toISOString();
}

export function ratioSample(at: string, good: number, total: number): SliSample {
  return { at, good, bad: null, total, value: null };
}

export function valueSample(at: string, value: number): SliSample {
  return { at, good: null, bad: null, total: null, value };
}

export function anObjective(fields: Partial<SloObjective> = {}): SloObjective {
  return {
    name: 'objective',
    target: 0.99,
    op: null,
    value: null,
    timeSliceTarget: null,
    timeSliceWindow: null,
    ...fields,
  };
}

export function anSlo(fields: Partial<SloDefinition> = {}): SloDefinition {
  return {
    name: 'checkout-availability',
    displayName: null,
    description: '',
    service: 'checkout-api',
    indicator: {
      kind: 'ratio',
      name: 'checkout-requests',
      counts: 'good',
      events: { sourceType: 'Prometheus', query: 'good' },
      total: { sourceType: 'Prometheus', query: 'total' },
    },
    window: { kind: 'rolling', duration: '30d' },
    budgetingMethod: 'Occurrences',
    objectives: [anObjective()],
    alertPolicies: [],
    openIncidentOnPage: false,
    ...fields,
  };
}
