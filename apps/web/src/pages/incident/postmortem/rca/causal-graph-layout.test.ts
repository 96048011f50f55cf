import type { RootCauseAnalysis, TimelineEntry } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { layoutCausalGraph } from './causal-graph-layout';

const entry = (id: string, at: string, title: string) =>
  ({ id, at, title }) as unknown as TimelineEntry;

const entries = [
  entry('e1', '2026-03-01T09:00:00.000Z', 'Config push'),
  entry('e2', '2026-03-01T09:07:00.000Z', 'Alert fired'),
  entry('e3', '2026-03-01T09:30:00.000Z', 'Nobody cites me'),
];

const rca: RootCauseAnalysis = {
  trigger: 'config-push',
  rootCauses: [],
  factors: [
    { id: 'f1', category: 'change-management', description: 'No canary', entryIds: ['e1', 'e2'] },
    { id: 'f2', category: 'documentation', description: 'Runbook silent', entryIds: [] },
  ],
  whys: [
    {
      id: 'w1',
      problem: 'Checkout failed',
      links: [{ why: 'Why?', answer: 'Pool too small', evidence: [{ entryId: 'e2' }] }],
    },
  ],
};

describe('causal graph layout', () => {
  it('links causes to the entries they cite, entries to the incident, uncited causes straight to it', () => {
    const graph = layoutCausalGraph(rca, entries, 'INC-7');
    expect(graph.nodes.filter((n) => n.column === 1).map((n) => n.detail)).toEqual([
      'Config push',
      'Alert fired',
    ]);
    expect(graph.edges).toEqual([
      { from: 'factor:f1', to: 'entry:e1' },
      { from: 'factor:f1', to: 'entry:e2' },
      { from: 'factor:f2', to: 'incident' },
      { from: 'why:w1', to: 'entry:e2' },
      { from: 'entry:e1', to: 'incident' },
      { from: 'entry:e2', to: 'incident' },
    ]);
    expect(graph.nodes.find((n) => n.id === 'why:w1')?.detail).toBe('Pool too small');
  });

  it('ignores citations of entries that no longer exist', () => {
    const gone = { ...rca, factors: [{ ...rca.factors[0]!, entryIds: ['deleted'] }], whys: [] };
    const graph = layoutCausalGraph(gone, entries, 'INC-7');
    expect(graph.edges).toEqual([{ from: 'factor:f1', to: 'incident' }]);
  });
});
