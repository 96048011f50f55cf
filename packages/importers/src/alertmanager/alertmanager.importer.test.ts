import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertImportsAnyJson,
  assertImportsAnyText,
  readRealdata,
  realdataRoot,
  realdataSource,
  runImport,
  sourceOf,
} from '../json-documents/test-support';
import { alertmanagerImporter } from './alertmanager.importer';

const zulipAlert = 'webhooks-zulip-fixtures/dev/zerver/webhooks/alertmanager/fixtures/alert.json';

describe.skipIf(!existsSync(resolve(realdataRoot, zulipAlert)))(
  'a real Alertmanager notification (Zulip fixture)',
  () => {
    it('gives one firing alert entry per alert, at startsAt with nanosecond precision', async () => {
      const { items, records, problems } = await runImport(
        alertmanagerImporter,
        realdataSource(zulipAlert),
      );
      expect(problems).toEqual([]);
      expect(records).toBe(2);
      expect(items.map((item) => item.entry)).toMatchObject([
        {
          at: '2020-02-06T00:17:58.432Z',
          precision: 'ns',
          kind: 'alert',
          source: 'alertmanager',
          title: '[FIRING] High CPU Temperature — High CPU core temperature',
          service: null,
          evidence: { evidenceId: 'ev-test', line: 16, jsonPointer: '/alerts/0' },
        },
        { evidence: { line: 33, jsonPointer: '/alerts/1' } },
      ]);
      expect(items[0]?.entry.body).toContain('CPU core temperature is 34.75C');
      expect(items[1]?.entry.body).toContain('CPU core temperature is 17.625C');
      expect(items[0]?.signal).toEqual({
        groupKey: '{}/{}:{}',
        service: null,
        severity: 'critical',
        status: 'firing',
        labels: { alertname: 'High CPU Temperature', host: 'andromeda', severity: 'critical' },
      });
    });

    it('gives the same dedupe keys when the same notification arrives twice', async () => {
      const first = await runImport(alertmanagerImporter, realdataSource(zulipAlert));
      const second = await runImport(alertmanagerImporter, realdataSource(zulipAlert, 5));
      const keys = first.items.map((item) => item.dedupeKey);
      expect(keys).toEqual([
        'alertmanager:a1bc48475b20e73d:2020-02-06T00:17:58.432911368Z:firing',
        'alertmanager:c2ea85182f28cbd9:2020-02-06T00:17:58.432911368Z:firing',
      ]);
      expect(second.items.map((item) => item.dedupeKey)).toEqual(keys);
    });

    it('is recognised as Alertmanager with high confidence', () => {
      expect(alertmanagerImporter.detect(readRealdata(zulipAlert), 'alert.json')).toBeGreaterThan(
        0.8,
      );
    });
  },
);

/**
 * Written by hand from the webhook_config documentation and the issue: no real payload with the
 * newer fields (`truncatedAlerts`, `notification_reason`, `routeLabels`) is in ../shared/realdata.
 */
const newerShape = {
  version: '4',
  groupKey: '{}/{severity="critical"}:{alertname="HighErrorRate"}',
  truncatedAlerts: 3,
  notification_reason: 'new alerts',
  status: 'resolved',
  receiver: 'aftermath',
  routeLabels: { team: 'payments', severity: 'page' },
  groupLabels: { alertname: 'HighErrorRate' },
  commonLabels: { alertname: 'HighErrorRate' },
  commonAnnotations: {},
  externalURL: 'http://alertmanager.example:9093',
  alerts: [
    {
      status: 'resolved',
      labels: { alertname: 'HighErrorRate', service: 'Checkout API', severity: 'critical' },
      annotations: { summary: '5xx above 2%', runbook_url: 'https://runbooks.example/5xx' },
      startsAt: '2026-03-01T10:00:00+01:00',
      endsAt: '2026-03-01T09:12:30.5Z',
      generatorURL: 'http://prometheus.example:9090/graph',
      fingerprint: 'f00dfeed12345678',
    },
    {
      status: 'firing',
      labels: { alertname: 'HighLatency', job: 'payments-gateway' },
      annotations: {},
      startsAt: '2026-03-01T09:05:00Z',
      endsAt: '0001-01-01T00:00:00Z',
    },
  ],
};

describe('the newer Alertmanager shape (hand-written fixture)', () => {
  it('places a resolution at endsAt, says how long the alert lasted, and names the service', async () => {
    const { items } = await runImport(alertmanagerImporter, sourceOf(JSON.stringify(newerShape)));
    const resolved = items[0];
    expect(resolved?.entry).toMatchObject({
      at: '2026-03-01T09:12:30.500Z',
      precision: 'ms',
      title: '[RESOLVED] HighErrorRate — 5xx above 2%',
      service: 'checkout-api',
    });
    expect(resolved?.entry.body).toContain('(after 12m 30s)');
    expect(resolved?.entry.body).toContain('Notification reason: new alerts');
    expect(resolved?.entry.body).toContain('Runbook: https://runbooks.example/5xx');
    expect(resolved?.signal).toMatchObject({
      status: 'resolved',
      severity: 'critical',
      labels: { team: 'payments', severity: 'critical', service: 'Checkout API' },
    });
  });

  it('falls back to the job label for the service and to a label hash for the fingerprint', async () => {
    const { items } = await runImport(alertmanagerImporter, sourceOf(JSON.stringify(newerShape)));
    expect(items[1]?.entry).toMatchObject({
      at: '2026-03-01T09:05:00.000Z',
      precision: 's',
      service: 'payments-gateway',
      title: '[FIRING] HighLatency',
    });
    expect(items[1]?.dedupeKey).toMatch(
      /^alertmanager:labels-[0-9a-f]{16}:2026-03-01T09:05:00Z:firing$/,
    );
  });

  it('reports alerts the sender truncated as a problem, not as records', async () => {
    const { records, problems } = await runImport(
      alertmanagerImporter,
      sourceOf(JSON.stringify(newerShape)),
    );
    expect(records).toBe(2);
    expect(problems).toEqual([
      expect.objectContaining({
        jsonPointer: '/truncatedAlerts',
        message: expect.stringContaining('3 more alerts') as unknown,
      }),
    ]);
  });

  it('makes a resolution a new entry: firing and resolved keys differ', async () => {
    const alert = { ...newerShape.alerts[0], status: 'firing' };
    const firing = await runImport(
      alertmanagerImporter,
      sourceOf(JSON.stringify({ ...newerShape, truncatedAlerts: 0, alerts: [alert] })),
    );
    const resolved = await runImport(alertmanagerImporter, sourceOf(JSON.stringify(newerShape)));
    expect(firing.items[0]?.dedupeKey).not.toBe(resolved.items[0]?.dedupeKey);
    expect(firing.items[0]?.entry.at).toBe('2026-03-01T09:00:00.000Z');
  });
});

describe('malformed Alertmanager input', () => {
  it('turns each bad alert into a problem with its pointer and line, and imports the rest', async () => {
    const body = {
      version: '4',
      status: 'firing',
      alerts: [
        'not an alert',
        { status: 'firing', labels: { alertname: 'A' }, startsAt: 'yesterday' },
        { status: 'resolved', labels: { alertname: 'B' }, startsAt: '2026-03-01T09:00:00Z' },
        { status: 'firing', labels: { alertname: 'C' }, startsAt: '2026-03-01T09:00:00Z' },
      ],
    };
    const text = JSON.stringify(body, null, 2);
    const { items, records, problems } = await runImport(alertmanagerImporter, sourceOf(text));
    expect(items.map((item) => item.entry.title)).toEqual(['[FIRING] C']);
    expect(records).toBe(4);
    expect(problems.map((p) => [p.jsonPointer, p.line])).toEqual([
      ['/alerts/0', 5],
      ['/alerts/1', 6],
      ['/alerts/2', 13],
    ]);
    expect(problems[1]?.message).toBe('startsAt must be an RFC 3339 time, not "yesterday"');
    expect(problems[2]?.message).toBe('a resolved alert needs endsAt as an RFC 3339 time');
  });

  it('reports a body that is not JSON as one problem and no entries', async () => {
    const text = 'level=error msg="alertmanager down"\nlevel=info msg="retrying"\n';
    const { items, problems } = await runImport(alertmanagerImporter, sourceOf(text));
    expect(items).toEqual([]);
    expect(problems).toEqual([
      {
        line: 1,
        jsonPointer: null,
        message: "lines 1–2: expected a JSON object or array, found 'l'",
      },
    ]);
    expect(alertmanagerImporter.detect(text, 'alerts.log')).toBe(0);
  });

  it('reports a body without an alerts array', async () => {
    const { problems } = await runImport(alertmanagerImporter, sourceOf('{"version":"4"}'));
    expect(problems).toEqual([
      {
        line: 1,
        jsonPointer: '/alerts',
        message: 'not an Alertmanager webhook body: "alerts" must be an array of alerts',
      },
    ]);
  });

  it('never throws or hangs on arbitrary JSON or text', async () => {
    const alert = fc.record(
      {
        status: fc.oneof(fc.constantFrom('firing', 'resolved'), fc.jsonValue()),
        labels: fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.jsonValue()),
        annotations: fc.dictionary(fc.string(), fc.jsonValue()),
        startsAt: fc.oneof(
          fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
          fc.jsonValue(),
        ),
        endsAt: fc.oneof(fc.constant('0001-01-01T00:00:00Z'), fc.string()),
        fingerprint: fc.oneof(fc.string(), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const shaped = fc.record(
      {
        version: fc.constant('4'),
        groupKey: fc.jsonValue(),
        truncatedAlerts: fc.oneof(fc.nat(), fc.jsonValue()),
        routeLabels: fc.jsonValue(),
        alerts: fc.oneof(fc.array(alert, { maxLength: 5 }), fc.jsonValue()),
      },
      { requiredKeys: ['alerts'] },
    );
    await assertImportsAnyJson(alertmanagerImporter, shaped);
    await assertImportsAnyText(alertmanagerImporter);
  });
});
