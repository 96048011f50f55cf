import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from './support/server-process';

// Alertmanager deliveries, 50 at a time, against a running server on SQLite: 80% distinct alerts
// of one group and 20% exact repeats of some of them, shuffled so a repeat may race its original.
// Nothing may be lost or doubled: one incident, one entry and one delivery per distinct alert.

// The storm: 10,000 deliveries (AFTERMATH_STORM_DELIVERIES sets another size). A new
// delivery costs 18 SQL statements, begin and commit included, plus the metrics summary's refresh,
// and no file: its body is kept in the database by its own transaction (a repeat costs 2: the
// settings and the delivery-key lookup). In process it costs about 5.5 ms of CPU. The summary's
// counts read the incident's log/trace entries and evidence formats through their own indexes
// (before, each delivery read every entry of the one incident: quadratic), so the time grows about
// linearly: 10,000 took 50 s on a quiet 2-core machine, 1,000 took 6.5 s.
const total = Number(process.env.AFTERMATH_STORM_DELIVERIES ?? 10_000);
const distinct = total * 0.8;
const repeats = total * 0.2;
const parallel = 50;
// Assembled at run time so no whole secret sits in a committed file.
const secret = ['storm', 'secret', String(process.pid)].join('-');

/** A small Alertmanager v4 body with one firing alert; `n` makes it distinct. */
function alertBody(n: number): string {
  const labels = { alertname: 'StormLatency', service: 'checkout', pod: `pod-${n}` };
  return JSON.stringify({
    version: '4',
    status: 'firing',
    receiver: 'aftermath',
    groupKey: '{}:{alertname="StormLatency"}',
    groupLabels: { alertname: 'StormLatency' },
    commonLabels: { alertname: 'StormLatency', service: 'checkout' },
    alerts: [
      {
        status: 'firing',
        labels,
        annotations: { summary: `latency high on pod-${n}` },
        startsAt: new Date(Date.UTC(2026, 10, 20, 9, 0, 0) + n * 1000).toISOString(),
        endsAt: '0001-01-01T00:00:00Z',
        fingerprint: `fp-${n}`,
      },
    ],
  });
}

/** Every body once, plus `repeats` of them again, in a fixed pseudo-random order. */
function deliveries(): string[] {
  const bodies = Array.from({ length: distinct }, (_, n) => alertBody(n));
  const all = [...bodies, ...bodies.filter((_, n) => n % (distinct / repeats) === 0)];
  let seed = 42;
  for (let i = all.length - 1; i > 0; i -= 1) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [all[i], all[j]] = [all[j] as string, all[i] as string];
  }
  return all;
}

describe('webhook storm', { timeout: 600_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'aftermath-storm-'));
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess(dataDir, 60_000);
    const response = await server.request('/api/v1/webhooks/sources/alertmanager', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ secret }),
    });
    expect(response.status, await response.text()).toBe(200);
    const rules = await server.request('/api/v1/webhooks/routing', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules: [{ name: 'storm', match: {}, open: true, severity: 'SEV2' }] }),
    });
    expect(rules.status, await rules.text()).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('ends with exactly one entry and one delivery per distinct alert, in one incident', async () => {
    const queue = deliveries();
    expect(queue).toHaveLength(total);
    const statuses = new Map<number, number>();
    let duplicates = 0;
    let next = 0;
    const worker = async () => {
      while (next < queue.length) {
        const body = queue[next++] as string;
        const response = await server.request('/api/v1/webhooks/alertmanager', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
          body,
        });
        const answer = (await response.json()) as { duplicate?: boolean };
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (answer.duplicate === true) duplicates += 1;
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));

    expect([...statuses.keys()].every((status) => status >= 200 && status < 300)).toBe(true);
    expect(duplicates).toBe(repeats);
    const db = new Database(join(dataDir, 'aftermath.db'), { readonly: true });
    try {
      const count = (table: string) =>
        (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
      expect(count('incidents')).toBe(1);
      expect(count('webhook_deliveries')).toBe(distinct);
      expect(count('timeline_entries')).toBe(distinct);
      // Every acknowledged body is kept, once, beside its delivery record.
      expect(count('inline_blobs')).toBe(distinct);
    } finally {
      db.close();
    }
  });
});
