import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertImportsAnyJson,
  assertImportsAnyText,
  runImport,
  sourceOf,
} from '../json-documents/test-support';
import { classifyEventType } from './classify-event-type';
import { cloudeventsImporter } from './cloudevents.importer';

/**
 * Written by hand from the CloudEvents 1.0 JSON format specification and the CDEvents
 * vocabulary: ../shared/realdata holds no CloudEvents.
 */
const deployed = {
  specversion: '1.0',
  id: '271069a8-fc18-44f1-b38f-9d70a1695819',
  source: '/event/source/spinnaker',
  type: 'dev.cdevents.service.deployed.0.1.1',
  time: '2026-03-01T09:48:12.345678Z',
  datacontenttype: 'application/json',
  data: {
    subject: {
      id: 'service/checkout-api',
      content: { environment: { id: 'production' }, artifactId: 'pkg:oci/checkout@sha256:0a1b' },
    },
  },
};
const batch = [
  deployed,
  {
    specversion: '1.0',
    id: 'a-1',
    source: 'https://monitor.example/rules/42',
    type: 'com.example.alert.fired',
    subject: 'HighErrorRate',
    time: '2026-03-01T10:00:00+01:00',
    severity: 'critical',
    data: { title: '5xx above 2%', service: 'Checkout API', labels: { team: 'payments' } },
  },
  {
    specversion: '1.0',
    id: 'a-2',
    source: 'https://monitor.example/rules/42',
    type: 'com.example.alert.resolved',
    subject: 'HighErrorRate',
    time: '2026-03-01T10:20:00Z',
  },
  {
    specversion: '1.0',
    id: 'r-1',
    source: '/argo',
    type: 'dev.cdevents.service.rolledback.0.1.1',
    time: '2026-03-01T10:10:00Z',
    data: { subject: { id: 'checkout-api' } },
  },
  {
    specversion: '1.0',
    id: 'x-1',
    source: '/shop',
    type: 'com.example.order.created',
    time: '2026-03-01T10:11:00Z',
    data_base64: 'AAEC',
  },
];

describe('CloudEvents in structured and batch mode (hand-written fixtures)', () => {
  it('reads one structured event, with precision and the CDEvents subject as service', async () => {
    const { items, problems } = await runImport(
      cloudeventsImporter,
      sourceOf(JSON.stringify(deployed, null, 2)),
    );
    expect(problems).toEqual([]);
    expect(items[0]).toMatchObject({
      dedupeKey: 'cloudevents:["/event/source/spinnaker","271069a8-fc18-44f1-b38f-9d70a1695819"]',
      entry: {
        at: '2026-03-01T09:48:12.345Z',
        precision: 'us',
        kind: 'deploy',
        title: 'checkout-api — dev.cdevents.service.deployed.0.1.1',
        source: 'cloudevents',
        service: 'checkout-api',
        evidence: { line: 1, jsonPointer: '' },
      },
    });
    expect(items[0]?.signal).toBeUndefined();
    expect(items[0]?.entry.body).toContain('"artifactId": "pkg:oci/checkout@sha256:0a1b"');
  });

  it('reads a batch: deploy, firing and resolved alert, rollback, and an unknown type as a note', async () => {
    const { items, records } = await runImport(
      cloudeventsImporter,
      sourceOf(JSON.stringify(batch, null, 2)),
    );
    expect(records).toBe(5);
    expect(items.map((item) => [item.entry.kind, item.entry.title])).toEqual([
      ['deploy', 'checkout-api — dev.cdevents.service.deployed.0.1.1'],
      ['alert', '[FIRING] HighErrorRate 5xx above 2% — com.example.alert.fired'],
      ['alert', '[RESOLVED] HighErrorRate — com.example.alert.resolved'],
      ['deploy', '[ROLLBACK] checkout-api — dev.cdevents.service.rolledback.0.1.1'],
      ['note', 'shop — com.example.order.created'],
    ]);
    expect(items.map((item) => item.entry.evidence?.jsonPointer)).toEqual([
      '/0',
      '/1',
      '/2',
      '/3',
      '/4',
    ]);
    expect(items[1]).toMatchObject({
      entry: { at: '2026-03-01T09:00:00.000Z', service: 'checkout-api' },
      signal: {
        groupKey: 'HighErrorRate',
        severity: 'critical',
        status: 'firing',
        labels: { team: 'payments' },
      },
    });
    expect(items[2]?.signal?.status).toBe('resolved');
    expect(items[4]?.entry.body).toContain('Data: (binary, base64)');
  });

  it('gives the same keys for the same events, whatever the framing', async () => {
    const asBatch = await runImport(cloudeventsImporter, sourceOf(JSON.stringify(batch)));
    const asLines = await runImport(
      cloudeventsImporter,
      sourceOf(batch.map((event) => JSON.stringify(event)).join('\n'), 13),
    );
    expect(asLines.items.map((item) => item.dedupeKey)).toEqual(
      asBatch.items.map((item) => item.dedupeKey),
    );
  });

  it('is detected from the specversion attribute', () => {
    expect(cloudeventsImporter.detect(JSON.stringify(batch), 'events.json')).toBeGreaterThan(0.8);
    expect(cloudeventsImporter.detect('{"alerts": []}', 'x.json')).toBe(0);
  });

  it.each([
    ['dev.cdevents.incident.detected.0.1.0', 'alert', 'firing'],
    ['dev.cdevents.incident.resolved.0.1.0', 'alert', 'resolved'],
    ['dev.cdevents.environment.modified.0.1.1', 'change', null],
    ['dev.cdevents.pipelinerun.finished.0.1.1', 'change', null],
    ['io.k8s.pod.evicted', 'platform', null],
    ['com.example.config.updated', 'change', null],
  ])('classifies %s as %s', (type, kind, tag) => {
    expect(classifyEventType(type)).toMatchObject({ kind, tag });
  });
});

describe('malformed CloudEvents', () => {
  it('reports each bad event by attribute and pointer, and imports the rest', async () => {
    const bad = [
      { ...deployed, specversion: '0.3' },
      { ...deployed, id: '' },
      { ...deployed, time: undefined },
      'event',
      deployed,
    ];
    const { items, problems } = await runImport(cloudeventsImporter, sourceOf(JSON.stringify(bad)));
    expect(items).toHaveLength(1);
    expect(problems.map((p) => [p.jsonPointer, p.message])).toEqual([
      ['/0', 'specversion must be "1.0", not "0.3"'],
      ['/1', 'the required attribute id is missing or empty'],
      ['/2', 'time must be an RFC 3339 time to place the event, not missing'],
      ['/3', 'a CloudEvent must be a JSON object'],
    ]);
  });

  it('never throws or hangs on arbitrary JSON or text', async () => {
    const event = fc.record(
      {
        specversion: fc.oneof(fc.constant('1.0'), fc.jsonValue()),
        id: fc.oneof(fc.string(), fc.jsonValue()),
        source: fc.oneof(fc.webUrl(), fc.jsonValue()),
        type: fc.oneof(fc.string(), fc.constant('dev.cdevents.incident.detected.0.1.0')),
        time: fc.oneof(fc.constant('2026-03-01T10:00:00Z'), fc.string()),
        data: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    await assertImportsAnyJson(cloudeventsImporter, event);
    await assertImportsAnyText(cloudeventsImporter);
  });
});
