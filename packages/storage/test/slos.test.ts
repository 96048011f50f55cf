import type { SliSample, SloDefinition } from '@aftermath/domain';
import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';

const slo: SloDefinition = {
  name: 'checkout-availability',
  displayName: null,
  description: '',
  service: 'checkout-api',
  indicator: {
    kind: 'ratio',
    name: 'requests',
    counts: 'good',
    events: { sourceType: 'Prometheus', query: 'good' },
    total: { sourceType: 'Prometheus', query: 'total' },
  },
  window: { kind: 'rolling', duration: '28d' },
  budgetingMethod: 'Occurrences',
  objectives: [
    {
      name: 'o',
      target: 0.999,
      op: null,
      value: null,
      timeSliceTarget: null,
      timeSliceWindow: null,
    },
  ],
  alertPolicies: [],
  openIncidentOnPage: false,
};

const minute = (n: number): string => new Date(Date.UTC(2026, 2, 1, 12, n)).toISOString();

async function collect(samples: AsyncIterable<SliSample>): Promise<SliSample[]> {
  const all: SliSample[] = [];
  for await (const sample of samples) all.push(sample);
  return all;
}

describeEachDialect('SLOs and SLI samples', (suite) => {
  it('stores a definition, replaces it by name and lists by name', async () => {
    const { slos } = suite.store();
    await slos.upsert(slo, minute(0));
    await slos.upsert({ ...slo, description: 'changed' }, minute(1));
    await slos.upsert({ ...slo, name: 'a-first' }, minute(1));
    expect(await slos.get(slo.name)).toEqual({ ...slo, description: 'changed' });
    expect((await slos.list()).map((item) => item.name)).toEqual(['a-first', slo.name]);
    expect(await slos.get('missing')).toBeNull();
  });

  it('removes a definition with its samples and says whether there was one', async () => {
    const { slos } = suite.store();
    await slos.upsert(slo, minute(0));
    await slos.upsertSamples(slo.name, [
      { at: minute(1), good: 1, bad: null, total: 2, value: null },
    ]);
    expect(await slos.remove(slo.name)).toBe(true);
    expect(await slos.get(slo.name)).toBeNull();
    expect(await slos.remove(slo.name)).toBe(false);
    await slos.upsert(slo, minute(2));
    expect(await collect(slos.streamSamples(slo.name, minute(0), minute(9)))).toEqual([]);
  });

  it('merges good and total sent separately into one sample, and streams a range in order', async () => {
    const { slos } = suite.store();
    await slos.upsert(slo, minute(0));
    await slos.upsertSamples(slo.name, [
      { at: minute(2), good: 99, bad: null, total: null, value: null },
      { at: minute(1), good: 50, bad: null, total: null, value: null },
    ]);
    await slos.upsertSamples(slo.name, [
      { at: minute(1), good: null, bad: null, total: 60, value: null },
      { at: minute(2), good: null, bad: null, total: 100, value: null },
      { at: minute(3), good: null, bad: 0.5, total: 11, value: null },
    ]);
    expect(await collect(slos.streamSamples(slo.name, minute(1), minute(3)))).toEqual([
      { at: minute(2), good: 99, bad: null, total: 100, value: null },
      { at: minute(3), good: null, bad: 0.5, total: 11, value: null },
    ]);
  });

  it('pages through a series longer than one read without losing or repeating samples', async () => {
    const { slos } = suite.store();
    await slos.upsert(slo, minute(0));
    const series = Array.from({ length: 4500 }, (_, index) => ({
      at: new Date(Date.UTC(2026, 2, 1) + index * 1000).toISOString(),
      good: index,
      bad: null,
      total: index + 1,
      value: null,
    }));
    expect(await slos.upsertSamples(slo.name, series)).toBe(4500);
    const back = await collect(
      slos.streamSamples(slo.name, '2026-01-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z'),
    );
    expect(back).toHaveLength(4500);
    expect(back.map((sample) => sample.good)).toEqual(series.map((sample) => sample.good));
  });

  it('refuses samples for an unknown SLO and bad timestamps, writing nothing', async () => {
    const { slos } = suite.store();
    await expect(
      slos.upsertSamples('nope', [{ at: minute(1), good: 1, bad: null, total: 1, value: null }]),
    ).rejects.toMatchObject({ code: 'not_found' });
    await slos.upsert(slo, minute(0));
    await expect(
      slos.upsertSamples(slo.name, [
        { at: minute(1), good: 1, bad: null, total: 1, value: null },
        { at: '2026-03-01 12:00', good: 1, bad: null, total: 1, value: null },
      ]),
    ).rejects.toMatchObject({ code: 'validation' });
    expect(await collect(slos.streamSamples(slo.name, minute(0), minute(9)))).toEqual([]);
  });
  it('counts the version up on every write and replaces only from the current version', async () => {
    const { slos } = suite.store();
    expect(await slos.version(slo.name)).toBeNull();
    await slos.upsert(slo, minute(0));
    expect(await slos.version(slo.name)).toBe(1);
    await slos.replace({ ...slo, description: 'second' }, minute(1), 1);
    expect(await slos.version(slo.name)).toBe(2);
    await expect(
      slos.replace({ ...slo, description: 'stale' }, minute(2), 1),
    ).rejects.toMatchObject({
      code: 'version_mismatch',
      details: [{ path: 'If-Match', message: 'current version is 2' }],
    });
    expect(await slos.get(slo.name)).toMatchObject({ description: 'second' });
    await slos.upsert({ ...slo, description: 'imported' }, minute(3));
    expect(await slos.version(slo.name)).toBe(3);
    await expect(slos.replace({ ...slo, name: 'gone' }, minute(4), 1)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
