import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  computeMetrics,
  createIdGenerator,
  importStatuspageHistory,
  type Context,
} from '@aftermath/core';
import { computeMetricsOneByOne } from '@aftermath/core/testing';
import { systemPrincipal } from '@aftermath/domain';
import { openTestStore, type TestStore } from '@aftermath/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// GitHub's status-page history (dev part), read from ../shared, never copied into the repository.
const history = resolve(
  import.meta.dirname,
  '../../../shared/realdata/statuspage-github-incident-history/dev/incidents',
);
const present = existsSync(history);
if (!present) {
  // Under CI=true the global setup already failed the run; a developer machine gets told loudly.
  console.warn(`\n!!! SKIPPED metrics real-data check: ${history} is missing\n`);
}

interface Update {
  status?: string;
  display_at?: string | null;
  created_at?: string | null;
}
interface StatusIncident {
  created_at: string;
  started_at?: string | null;
  monitoring_at?: string | null;
  resolved_at?: string | null;
  incident_updates?: Update[];
}

/**
 * The expected milestones, straight from the JSON as SOURCE.txt and the import's documentation
 * describe them — written here without Aftermath's code: impact = started_at (else created_at),
 * detected = created_at, mitigated = first `monitoring` update (else monitoring_at), resolved =
 * resolved_at (else the last resolved/completed update). Update time = display_at, else created_at.
 */
function expectedMilestones(incident: StatusIncident) {
  const ms = (value: string | null | undefined) => (value ? new Date(value).getTime() : null);
  const updates = (incident.incident_updates ?? [])
    .map((u) => ({ status: u.status, at: ms(u.display_at) ?? ms(u.created_at) }))
    .filter((u): u is { status: string | undefined; at: number } => u.at !== null)
    .sort((a, b) => a.at - b.at);
  const monitoring = updates.find((u) => u.status === 'monitoring');
  const closing = updates.filter((u) => u.status === 'resolved' || u.status === 'completed');
  return {
    impact: ms(incident.started_at) ?? ms(incident.created_at),
    detected: ms(incident.created_at),
    mitigated: monitoring?.at ?? ms(incident.monitoring_at),
    resolved: ms(incident.resolved_at) ?? closing.at(-1)?.at ?? null,
  };
}

/** n, median and p90 by hand: sort, then interpolate between neighbouring ranks. */
function expectedSummary(spans: Array<[number | null, number | null]>) {
  const values: number[] = [];
  let excluded = 0;
  for (const [from, to] of spans) {
    if (from === null || to === null || to < from) excluded += 1;
    else values.push((to - from) / 1000);
  }
  values.sort((a, b) => a - b);
  const at = (p: number) => {
    const rank = (values.length - 1) * p;
    const low = values[Math.floor(rank)] ?? NaN;
    const high = values[Math.ceil(rank)] ?? NaN;
    return low + (high - low) * (rank - Math.floor(rank));
  };
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return { n: values.length, excluded, median: at(0.5), p90: at(0.9), mean };
}

describe.skipIf(!present)(
  'metrics on GitHub status-page history (real data)',
  { timeout: 600_000 },
  () => {
    let store: TestStore;
    let ctx: Context;
    const incidents: StatusIncident[] = [];
    beforeAll(async () => {
      const files = (await readdir(history)).filter((f) => f.endsWith('.json')).sort();
      const documents: unknown[] = [];
      for (const file of files) {
        const json = JSON.parse(await readFile(join(history, file), 'utf8')) as {
          incident: StatusIncident;
        };
        incidents.push(json.incident);
        documents.push(json);
      }
      store = await openTestStore('sqlite');
      ctx = { store, clock: () => new Date('2026-11-01T00:00:00Z'), newId: createIdGenerator() };
      const result = await importStatuspageHistory(ctx, systemPrincipal, documents, 'history');
      expect(result.created).toHaveLength(files.length);
    }, 600_000);
    afterAll(async () => {
      await store?.close();
    });

    it('gives the MTTR, MTTD and MTTM of an independent calculation from the JSON', async () => {
      const metrics = await computeMetrics(ctx, systemPrincipal, {});
      const milestones = incidents.map(expectedMilestones);
      expect(metrics.incidents).toBe(incidents.length);
      const checks = [
        [
          metrics.mttr,
          milestones.map((m) => [m.impact, m.resolved] as [number | null, number | null]),
        ],
        [
          metrics.mttd,
          milestones.map((m) => [m.impact, m.detected] as [number | null, number | null]),
        ],
        [
          metrics.mttm,
          milestones.map((m) => [m.impact, m.mitigated] as [number | null, number | null]),
        ],
      ] as const;
      for (const [actual, spans] of checks) {
        const expected = expectedSummary(spans);
        expect(actual.n).toBe(expected.n);
        expect(actual.excluded).toBe(expected.excluded);
        expect(actual.median).toBeCloseTo(expected.median, 3);
        expect(actual.p90).toBeCloseTo(expected.p90, 3);
        expect(actual.mean).toBeCloseTo(expected.mean, 3);
        expect(actual.histogram.reduce((sum, b) => sum + b.count, 0)).toBe(expected.n);
      }
      // Back-filled incidents (before 2019) are zero-length and count as 0 s, not dropped; the
      // real ones since last minutes to hours. GitHub rarely posts "monitoring": MTTM is thin.
      expect(metrics.mttr.histogram[0]?.count).toBeGreaterThan(100);
      expect(metrics.mttr.n).toBeGreaterThan(500);
      expect(metrics.mttm.n).toBeGreaterThan(0);
    });

    it('counts in the database exactly what the one-by-one reference counts', async () => {
      const filter = { from: '2019-01-01T00:00:00.000Z' };
      const reference = await computeMetricsOneByOne(ctx, systemPrincipal, filter);
      expect(reference.incidents).toBeGreaterThan(100);
      expect(await computeMetrics(ctx, systemPrincipal, filter)).toEqual(reference);
    });

    it('counts incidents per month and week like the JSON does', async () => {
      const metrics = await computeMetrics(ctx, systemPrincipal, {});
      const perMonth = new Map<string, number>();
      for (const incident of incidents) {
        const month = new Date(expectedMilestones(incident).impact ?? NaN)
          .toISOString()
          .slice(0, 7);
        perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
      }
      const reported = new Map(
        metrics.frequency.perMonth.filter((p) => p.count > 0).map((p) => [p.period, p.count]),
      );
      expect(reported).toEqual(perMonth);
      const weekly = metrics.frequency.perWeek.reduce((sum, p) => sum + p.count, 0);
      expect(weekly).toBe(incidents.length);
    });

    it('filters by impact-start days: 2020 alone matches the JSON count for 2020', async () => {
      const in2020 = incidents.filter((incident) => {
        const impact = new Date(expectedMilestones(incident).impact ?? NaN).toISOString();
        return impact >= '2020-01-01' && impact < '2021-01-01';
      });
      const metrics = await computeMetrics(ctx, systemPrincipal, {
        from: '2020-01-01T00:00:00.000Z',
        to: '2021-01-01T00:00:00.000Z',
      });
      expect(in2020.length).toBeGreaterThan(0);
      expect(metrics.incidents).toBe(in2020.length);
      const expected = expectedSummary(
        in2020.map((incident) => {
          const m = expectedMilestones(incident);
          return [m.impact, m.resolved];
        }),
      );
      expect(metrics.mttr.median).toBeCloseTo(expected.median, 3);
      expect(metrics.mttr.p90).toBeCloseTo(expected.p90, 3);
    });
  },
);
