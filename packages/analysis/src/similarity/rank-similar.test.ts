import { describe, expect, it } from 'vitest';
import { buildSimilarityIndex, rankSimilar } from './rank-similar';
import type { SimilarityDocument } from './similarity-document';

function incident(
  key: string,
  over: Partial<SimilarityDocument> & { title: string },
): SimilarityDocument {
  return {
    key,
    fields: { title: over.title, summary: '', trigger: '', rootCause: '', tags: '', timeline: '' },
    services: over.services ?? [],
    triggerCode: over.triggerCode ?? null,
    rootCauseCodes: over.rootCauseCodes ?? [],
    at: over.at ?? '2026-01-01T00:00:00Z',
  };
}

const past = [
  incident('INC-1', { title: 'Database failover stalled replica', services: ['orders'] }),
  incident('INC-2', { title: 'Database failover during maintenance', services: ['billing'] }),
  incident('INC-3', { title: 'Certificate expired on the edge' }),
  incident('INC-4', { title: 'Replica lag after failover', at: '2024-01-01T00:00:00Z' }),
];

describe('rankSimilar', () => {
  const index = buildSimilarityIndex(past);

  it('ranks by shared words, leaves out unrelated incidents and the incident itself', () => {
    const ranked = rankSimilar(index, { key: 'INC-1', fields: { title: 'database failover' } });
    expect(ranked.map((m) => m.key)).toEqual(['INC-2', 'INC-4']);
    expect(ranked[0]?.reasons[0]).toMatchObject({
      kind: 'terms',
      values: ['database', 'failover'],
    });
  });

  it('boosts the same service and says so', () => {
    const plain = rankSimilar(index, { fields: { title: 'database failover' } });
    const withService = rankSimilar(index, {
      fields: { title: 'database failover' },
      services: ['billing'],
    });
    const before = plain.find((m) => m.key === 'INC-2')?.score ?? 0;
    const after = withService.find((m) => m.key === 'INC-2');
    expect(after?.score).toBeGreaterThan(before);
    expect(after?.reasons).toContainEqual({
      kind: 'service',
      values: ['billing'],
      message: 'same service: billing',
    });
  });

  it('boosts a matching trigger and root-cause code', () => {
    const coded = buildSimilarityIndex([
      incident('INC-8', { title: 'queue backlog', triggerCode: 'config-push' }),
      incident('INC-9', { title: 'queue backlog', rootCauseCodes: ['capacity'] }),
      incident('INC-10', { title: 'queue backlog' }),
    ]);
    const ranked = rankSimilar(coded, {
      fields: { title: 'queue backlog' },
      triggerCode: 'config-push',
      rootCauseCodes: ['capacity'],
    });
    expect(ranked.map((m) => m.key)).toEqual(['INC-8', 'INC-9', 'INC-10']);
    expect(ranked[0]?.reasons.map((r) => r.kind)).toContain('trigger');
    expect(ranked[1]?.reasons).toContainEqual(
      expect.objectContaining({ kind: 'root-cause', values: ['capacity'] }),
    );
  });

  it('prefers the recent of two equal matches and breaks exact ties by key number', () => {
    const twins = buildSimilarityIndex([
      incident('INC-20', { title: 'dns outage', at: '2022-01-01T00:00:00Z' }),
      incident('INC-3', { title: 'dns outage', at: '2026-01-01T00:00:00Z' }),
      incident('INC-10', { title: 'dns outage', at: '2026-01-01T00:00:00Z' }),
    ]);
    const ranked = rankSimilar(twins, { fields: { title: 'dns' }, at: '2026-01-02T00:00:00Z' });
    expect(ranked.map((m) => m.key)).toEqual(['INC-3', 'INC-10', 'INC-20']);
    expect(ranked[0]?.reasons).toContainEqual(
      expect.objectContaining({ kind: 'recency', values: ['1'] }),
    );
  });

  it('honours the limit and answers nothing for an empty index or query', () => {
    expect(rankSimilar(index, { fields: { title: 'failover' } }, { limit: 1 })).toHaveLength(1);
    expect(rankSimilar(buildSimilarityIndex([]), { fields: { title: 'failover' } })).toEqual([]);
    expect(rankSimilar(index, { fields: { summary: 'the of and' } })).toEqual([]);
  });
});
