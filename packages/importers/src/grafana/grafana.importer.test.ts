import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertmanagerImporter } from '../alertmanager';
import {
  assertImportsAnyJson,
  assertImportsAnyText,
  readRealdata,
  realdataRoot,
  runImport,
  sourceOf,
} from '../json-documents/test-support';
import { grafanaImporter } from './grafana.importer';

/**
 * Written by hand from the body documented for Grafana's webhook contact point (unified
 * alerting, `version: "1"`): ../shared/realdata holds no Grafana payload.
 */
const notification = {
  receiver: 'aftermath',
  status: 'firing',
  orgId: 1,
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'HighMemoryUsage', grafana_folder: 'payments', app: 'Ledger' },
      annotations: { summary: 'Memory above 90%', description: 'ledger-0 uses 93% of its limit' },
      startsAt: '2026-03-01T11:51:03.157076+02:00',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'https://grafana.example/alerting/grafana/abc/view',
      fingerprint: 'c6eadffa33fcdf37',
      silenceURL: 'https://grafana.example/alerting/silence/new',
      dashboardURL: 'https://grafana.example/d/ledger',
      panelURL: 'https://grafana.example/d/ledger?viewPanel=2',
      values: { B: 93.2, C: 1 },
      valueString: "[ var='B' labels={} value=93.2 ]",
    },
    {
      status: 'resolved',
      labels: { alertname: 'DiskPressure', service: 'ledger' },
      annotations: {},
      startsAt: '2026-03-01T09:40:00Z',
      endsAt: '2026-03-01T09:55:00Z',
      fingerprint: 'bc97ff14869b13e3',
    },
  ],
  groupLabels: { grafana_folder: 'payments' },
  commonLabels: { grafana_folder: 'payments' },
  commonAnnotations: {},
  externalURL: 'https://grafana.example/',
  version: '1',
  groupKey: '{}:{grafana_folder="payments"}',
  truncatedAlerts: 0,
  title: '[FIRING:1, RESOLVED:1] (payments)',
  state: 'alerting',
  message: '**Firing** …',
};
const text = JSON.stringify(notification, null, 2);

describe('a Grafana unified alerting notification (hand-written fixture)', () => {
  it('gives one entry per alert: firing at startsAt, resolved at endsAt', async () => {
    const { items, records, problems } = await runImport(grafanaImporter, sourceOf(text));
    expect(problems).toEqual([]);
    expect(records).toBe(2);
    expect(items.map((item) => item.entry)).toMatchObject([
      {
        at: '2026-03-01T09:51:03.157Z',
        precision: 'us',
        kind: 'alert',
        source: 'grafana',
        title: '[FIRING] HighMemoryUsage — Memory above 90%',
        service: 'ledger',
        evidence: { jsonPointer: '/alerts/0', line: 6 },
      },
      {
        at: '2026-03-01T09:55:00.000Z',
        title: '[RESOLVED] DiskPressure',
        service: 'ledger',
        evidence: { jsonPointer: '/alerts/1' },
      },
    ]);
    expect(items[0]?.entry.body).toContain('Values: B=93.2, C=1');
    expect(items[0]?.entry.body).toContain('Dashboard: https://grafana.example/d/ledger');
    expect(items[1]?.entry.body).toContain('(after 15m)');
    expect(items.map((item) => item.signal?.status)).toEqual(['firing', 'resolved']);
  });

  it('gives stable dedupe keys', async () => {
    const first = await runImport(grafanaImporter, sourceOf(text));
    const again = await runImport(grafanaImporter, sourceOf(text, 3));
    expect(first.items.map((item) => item.dedupeKey)).toEqual([
      'grafana:c6eadffa33fcdf37:2026-03-01T11:51:03.157076+02:00:firing',
      'grafana:bc97ff14869b13e3:2026-03-01T09:40:00Z:resolved',
    ]);
    expect(again.items.map((item) => item.dedupeKey)).toEqual(
      first.items.map((item) => item.dedupeKey),
    );
  });

  it('is told apart from a plain Alertmanager body', () => {
    expect(grafanaImporter.detect(text, 'hook.json')).toBeGreaterThan(0.8);
    expect(alertmanagerImporter.detect(text, 'hook.json')).toBeLessThan(0.5);
  });
});

const zulipAlert = 'webhooks-zulip-fixtures/dev/zerver/webhooks/alertmanager/fixtures/alert.json';
describe.skipIf(!existsSync(resolve(realdataRoot, zulipAlert)))('a real Alertmanager body', () => {
  it('is not taken for Grafana', () => {
    const body = readRealdata(zulipAlert);
    expect(grafanaImporter.detect(body, 'alert.json')).toBeLessThan(
      alertmanagerImporter.detect(body, 'alert.json'),
    );
  });
});

describe('malformed or legacy Grafana input', () => {
  it('explains that a legacy notification has no time', async () => {
    const legacy = { ruleName: 'CPU', state: 'alerting', evalMatches: [], ruleUrl: 'x', orgId: 1 };
    const { items, records, problems } = await runImport(
      grafanaImporter,
      sourceOf(JSON.stringify(legacy)),
    );
    expect(items).toEqual([]);
    expect(records).toBe(0);
    expect(problems[0]?.message).toMatch(/legacy Grafana alert notification .* carries no time/);
  });

  it('imports the good alerts and names the bad one', async () => {
    const broken = { ...notification, alerts: [notification.alerts[0], { status: 'pending' }] };
    const { items, problems } = await runImport(grafanaImporter, sourceOf(JSON.stringify(broken)));
    expect(items).toHaveLength(1);
    expect(problems).toEqual([
      {
        line: 1,
        jsonPointer: '/alerts/1',
        message: 'alert status must be "firing" or "resolved", not "pending"',
      },
    ]);
  });

  it('never throws or hangs on arbitrary JSON or text', async () => {
    const shaped = fc.record({
      orgId: fc.jsonValue(),
      alerts: fc.array(
        fc.dictionary(fc.constantFrom('status', 'startsAt', 'values', 'labels'), fc.jsonValue()),
      ),
    });
    await assertImportsAnyJson(grafanaImporter, shaped);
    await assertImportsAnyText(grafanaImporter);
  });
});
