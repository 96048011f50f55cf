import { Readable } from 'node:stream';
import {
  addTimelineEntry,
  computeMetrics,
  createIdGenerator,
  createIncident,
  importEvidence,
  recordPostmortemPublished,
  savePostmortem,
  updateIncident,
  type Context,
} from '@aftermath/core';
import { computeMetricsOneByOne } from '@aftermath/core/testing';
import {
  createIncidentInput,
  createTimelineEntryInput,
  emptySections,
  systemPrincipal,
} from '@aftermath/domain';
import type { IncidentMetrics } from '@aftermath/analysis';
import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';

// The metrics read a per-incident summary the storage keeps in the transaction of each write.
// Each step below changes one input through its ordinary use case; the next figures must move
// with it and still equal the one-by-one reference, which reads the records themselves.

const now = new Date('2026-11-01T00:00:00.000Z');
const start = Date.parse('2026-10-01T10:00:00.000Z');
const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
const sys = systemPrincipal;

function bytesOf(text: string): AsyncIterable<Uint8Array> {
  return Readable.from([Buffer.from(text)]);
}

/** A log line a minute from 10 minutes before impact to 100 after: a steady source, no gap. */
const steadyLog = Array.from({ length: 111 }, (_, i) =>
  JSON.stringify({ time: at(i - 10), level: 'error', msg: `upstream timeout ${i % 3}` }),
).join('\n');
const chat = `2026-10-01 10:05:00 <alice> checkout is returning 502s\n2026-10-01 10:40:00 <bob> rolled back`;

describeEachDialect('the metrics summary follows every write', (suite) => {
  it('moves the figures with a milestone, evidence, a checklist item and a publication', async () => {
    const store = suite.store();
    const ctx: Context = { store, clock: () => now, newId: createIdGenerator() };
    const figures = async (): Promise<IncidentMetrics> => {
      const metrics = await computeMetrics(ctx, sys, {});
      expect(metrics).toEqual(await computeMetricsOneByOne(ctx, sys, {}));
      return metrics;
    };
    const milestones = { impactStartedAt: at(0), detectedAt: at(5), resolvedAt: at(60) };
    const input = { title: 'Checkout errors', severity: 'SEV2', milestones };
    const incident = await createIncident(ctx, sys, createIncidentInput.parse(input));
    const first = await figures();
    expect([first.mttr.median, first.mttd.median, first.postmortemLag.n]).toEqual([3600, 300, 0]);
    expect(first.telemetryCoverage.multiSourceNoGaps).toMatchObject({ n: 1, count: 0 });

    await updateIncident(ctx, sys, incident.key, incident.version, {
      milestones: { ...milestones, resolvedAt: at(90) },
    });
    expect((await figures()).mttr.median).toBe(5400);

    // Two source kinds (logs, conversation) and a steady log without a gap: covered.
    for (const [name, text] of [
      ['app.jsonl', steadyLog],
      ['war-room-chat.txt', chat],
    ]) {
      await importEvidence(ctx, sys, incident.key, {
        source: bytesOf(text as string),
        name: name as string,
        format: 'auto',
        channel: 'cli',
      });
    }
    const covered = await figures();
    expect(covered.telemetryCoverage.multiSourceNoGaps).toMatchObject({ n: 1, count: 1 });
    const traced = covered.telemetryCoverage.traceIds;
    expect(traced.n).toBeGreaterThan(0);

    const entry = { at: at(20), kind: 'log', title: 'span', body: `x\nTrace: ${'ab'.repeat(16)}` };
    await addTimelineEntry(ctx, sys, incident.key, createTimelineEntryInput.parse(entry));
    const withTrace = (await figures()).telemetryCoverage.traceIds;
    expect([withTrace.n, withTrace.count]).toEqual([traced.n + 1, traced.count + 1]);

    const draft = await savePostmortem(ctx, sys, incident.key, null, {
      sections: { summary: 'Checkout returned errors for 90 minutes.' },
    });
    const before = (await figures()).rcaCompleteness;
    expect(before.n).toBeGreaterThan(0);
    const written = Object.fromEntries(
      Object.keys(emptySections).map((section) => [
        section,
        `The ${section} of the checkout outage, written out for readers: connection pool exhausted after deploy 41.`,
      ]),
    );
    await savePostmortem(ctx, sys, incident.key, draft.version, { sections: written });
    expect((await figures()).rcaCompleteness.count).toBeGreaterThan(before.count);

    await store.transaction((tx) => recordPostmortemPublished(tx, incident.key, at(90 + 48 * 60)));
    const published = await figures();
    expect([published.postmortemLag.n, published.postmortemLag.median]).toEqual([1, 48 * 3600]);
  }, 300_000);
});
