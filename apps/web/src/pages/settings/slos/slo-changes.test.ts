import { describe, expect, it } from 'vitest';
import { listSloChanges } from './slo-changes';
import type { SloDefinition } from './slo-types';

const objective = (name: string, target: number) => ({
  name,
  target,
  op: null,
  value: null,
  timeSliceTarget: null,
  timeSliceWindow: null,
});
const loaded: SloDefinition = {
  name: 'search-availability',
  displayName: null,
  description: '',
  service: 'search-api',
  indicator: {
    kind: 'ratio',
    name: 'search-requests',
    counts: 'good',
    events: { sourceType: 'Prometheus', query: 'ok' },
    total: { sourceType: 'Prometheus', query: 'all' },
  },
  window: { kind: 'rolling', duration: '28d' },
  budgetingMethod: 'Occurrences',
  objectives: [objective('fast', 0.99)],
  alertPolicies: [],
  openIncidentOnPage: false,
};

describe('listSloChanges', () => {
  it('lists nothing when the saved version equals the loaded one', () => {
    expect(listSloChanges(loaded, structuredClone(loaded))).toEqual([]);
  });

  it('names each changed field in the form’s words, an added objective against (none)', () => {
    const latest: SloDefinition = {
      ...loaded,
      service: 'search-edge',
      window: { kind: 'rolling', duration: '7d' },
      objectives: [objective('fast', 0.995), objective('strict', 0.999)],
    };
    const changes = listSloChanges(loaded, latest);
    expect(changes).toContainEqual({
      label: 'Service',
      before: 'search-api',
      after: 'search-edge',
    });
    expect(changes).toContainEqual({ label: 'Window', before: 'rolling 28d', after: 'rolling 7d' });
    expect(changes).toContainEqual({
      label: 'Objective 1 target (%)',
      before: '99',
      after: '99.5',
    });
    expect(changes).toContainEqual({
      label: 'Objective 2 name',
      before: '(none)',
      after: 'strict',
    });
    expect(changes).toContainEqual({ label: 'Number of objectives', before: '1', after: '2' });
    expect(changes.map((change) => change.label)).not.toContain('Objective 1 name');
  });
});
