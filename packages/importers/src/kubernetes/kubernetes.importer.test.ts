import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertImportsAnyJson,
  assertImportsAnyText,
  runImport,
  sourceOf,
} from '../json-documents/test-support';
import { kubernetesImporter } from './kubernetes.importer';
import { workloadService } from './workload-name';

/**
 * Written by hand from the core/v1 and events.k8s.io/v1 Event schemas and the shape of
 * `kubectl get events -o json`: ../shared/realdata holds no Kubernetes events.
 */
const backOff = {
  apiVersion: 'v1',
  kind: 'Event',
  metadata: { name: 'checkout-api-7d9c5b6f4-x2x9z.17f3', namespace: 'shop', uid: 'uid-backoff' },
  involvedObject: {
    kind: 'Pod',
    namespace: 'shop',
    name: 'checkout-api-7d9c5b6f4-x2x9z',
    fieldPath: 'spec.containers{api}',
  },
  reason: 'BackOff',
  message: 'Back-off restarting failed container api in pod checkout-api-7d9c5b6f4-x2x9z',
  source: { component: 'kubelet', host: 'node-3' },
  firstTimestamp: '2026-03-01T09:58:02Z',
  lastTimestamp: '2026-03-01T10:10:32Z',
  count: 14,
  type: 'Warning',
  eventTime: null,
  reportingComponent: 'kubelet',
  reportingInstance: 'node-3',
};
const scheduled = {
  apiVersion: 'v1',
  kind: 'Event',
  metadata: { name: 'ledger-0.1', namespace: 'shop', uid: 'uid-scheduled' },
  involvedObject: { kind: 'Pod', namespace: 'shop', name: 'ledger-0' },
  reason: 'Scheduled',
  message: 'Successfully assigned shop/ledger-0 to node-2',
  source: {},
  firstTimestamp: null,
  lastTimestamp: null,
  eventTime: '2026-03-01T09:57:00.104233Z',
  reportingComponent: 'default-scheduler',
  type: 'Normal',
};
const nodeNotReady = {
  apiVersion: 'v1',
  kind: 'Event',
  metadata: { name: 'node-3.1', namespace: 'default', uid: 'uid-node' },
  involvedObject: { kind: 'Node', name: 'node-3' },
  reason: 'NodeNotReady',
  message: 'Node node-3 status is now: NodeNotReady',
  firstTimestamp: '2026-03-01T09:55:00Z',
  lastTimestamp: '2026-03-01T09:55:00Z',
  count: 1,
  type: 'Warning',
};
const kubectlList = {
  apiVersion: 'v1',
  items: [backOff, scheduled, nodeNotReady],
  kind: 'List',
  metadata: { resourceVersion: '' },
};
const newApiList = {
  apiVersion: 'events.k8s.io/v1',
  kind: 'EventList',
  metadata: { resourceVersion: '1234' },
  items: [
    {
      metadata: {
        name: 'payments-6b8f9c7d5.1',
        namespace: 'shop',
        uid: 'uid-failed-create',
        labels: { 'app.kubernetes.io/name': 'Payments' },
      },
      eventTime: '2026-03-01T10:01:00.500000Z',
      series: { count: 3, lastObservedTime: '2026-03-01T10:04:00.000001Z' },
      reportingController: 'replicaset-controller',
      reportingInstance: 'kube-controller-manager-1',
      action: 'Create',
      reason: 'FailedCreate',
      regarding: { kind: 'ReplicaSet', namespace: 'shop', name: 'payments-6b8f9c7d5' },
      note: 'Error creating: pods "payments-6b8f9c7d5-" is forbidden: exceeded quota',
      type: 'Warning',
    },
  ],
};

describe('Kubernetes events (hand-written fixtures)', () => {
  it('reads a kubectl list: one entry per event, repeats collapsed, warnings tagged', async () => {
    const { items, records, problems } = await runImport(
      kubernetesImporter,
      sourceOf(JSON.stringify(kubectlList, null, 4)),
    );
    expect(problems).toEqual([]);
    expect(records).toBe(3);
    expect(items.map((item) => item.entry)).toMatchObject([
      {
        at: '2026-03-01T09:58:02.000Z',
        precision: 's',
        kind: 'platform',
        source: 'kubernetes',
        title:
          '[ERROR] Warning BackOff pod/checkout-api-7d9c5b6f4-x2x9z: Back-off restarting failed container api in pod checkout-api-7d9c5b6f4-x2x9z (×14)',
        service: 'checkout-api',
        evidence: { jsonPointer: '/items/0', line: 4 },
      },
      {
        at: '2026-03-01T09:57:00.104Z',
        precision: 'us',
        title: '[INFO] Scheduled pod/ledger-0: Successfully assigned shop/ledger-0 to node-2',
        service: 'ledger',
      },
      {
        title: '[ERROR] Warning NodeNotReady node/node-3: Node node-3 status is now: NodeNotReady',
        service: null,
      },
    ]);
    expect(items[0]?.entry.body).toContain(
      'Seen 14 times from 2026-03-01T09:58:02.000Z to 2026-03-01T10:10:32.000Z (over 12m 30s)',
    );
    expect(items[0]?.entry.body).toContain('Reported by: kubelet');
    expect(items.map((item) => item.dedupeKey)).toEqual([
      'kubernetes:uid-backoff:14',
      'kubernetes:uid-scheduled:1',
      'kubernetes:uid-node:1',
    ]);
  });

  it('reads an events.k8s.io/v1 EventList whose items carry no kind, with its series', async () => {
    const { items, problems } = await runImport(
      kubernetesImporter,
      sourceOf(JSON.stringify(newApiList)),
    );
    expect(problems).toEqual([]);
    expect(items[0]).toMatchObject({
      dedupeKey: 'kubernetes:uid-failed-create:3',
      entry: {
        at: '2026-03-01T10:01:00.500Z',
        precision: 'us',
        title: expect.stringMatching(
          /^\[ERROR\] Warning FailedCreate replicaset\/payments-6b8f9c7d5: Error creating/,
        ) as unknown,
        service: 'payments',
      },
    });
    expect(items[0]?.entry.body).toContain(
      'Seen 3 times from 2026-03-01T10:01:00.500Z to 2026-03-01T10:04:00.000Z',
    );
    expect(items[0]?.entry.body).toContain('Reported by: replicaset-controller');
  });

  it('reads single objects and the concatenated stream of kubectl --watch', async () => {
    const watch = [backOff, scheduled].map((event) => JSON.stringify(event, null, 2)).join('\n');
    const { items } = await runImport(kubernetesImporter, sourceOf(watch, 7));
    expect(items.map((item) => item.entry.evidence)).toEqual([
      { evidenceId: 'ev-test', line: 1, byteOffset: 0, jsonPointer: '' },
      { evidenceId: 'ev-test', line: 29, byteOffset: watch.indexOf('\n{') + 1, jsonPointer: '' },
    ]);
  });

  it('keeps keys for the same snapshot and makes a new entry when the count grows', async () => {
    const text = JSON.stringify(kubectlList);
    const first = await runImport(kubernetesImporter, sourceOf(text));
    const again = await runImport(kubernetesImporter, sourceOf(text, 5));
    expect(again.items.map((item) => item.dedupeKey)).toEqual(
      first.items.map((item) => item.dedupeKey),
    );
    const later = { ...backOff, count: 20, lastTimestamp: '2026-03-01T10:20:00Z' };
    const grown = await runImport(kubernetesImporter, sourceOf(JSON.stringify(later)));
    expect(grown.items[0]?.dedupeKey).toBe('kubernetes:uid-backoff:20');
  });

  it('is detected for event objects and lists', () => {
    expect(kubernetesImporter.detect(JSON.stringify(kubectlList), 'events.json')).toBeGreaterThan(
      0.8,
    );
    expect(kubernetesImporter.detect(JSON.stringify(newApiList), 'x.json')).toBeGreaterThan(0.8);
    expect(kubernetesImporter.detect('{"kind":"Pod","metadata":{}}', 'pod.json')).toBe(0);
  });

  it.each([
    ['Pod', 'checkout-api-7d9c5b6f4-x2x9z', 'checkout-api'],
    ['Pod', 'ledger-12', 'ledger'],
    ['Pod', 'fluentd-x2x9z', 'fluentd'],
    ['ReplicaSet', 'payments-6b8f9c7d5', 'payments'],
    ['Job', 'nightly-report-28473920', 'nightly-report'],
    ['Deployment', 'Checkout_API', 'checkout_api'],
    ['Node', 'node-3', null],
  ])('names the service of %s %s: %s', (kind, name, service) => {
    expect(workloadService(kind, name)).toBe(service);
  });
});

describe('malformed Kubernetes input', () => {
  it('reports bad items with their pointer and imports the rest', async () => {
    const list = {
      kind: 'List',
      items: [
        { ...backOff, reason: undefined },
        { kind: 'Pod', metadata: { name: 'x' } },
        { ...nodeNotReady, firstTimestamp: 'yesterday', metadata: { uid: 'u9' } },
        42,
        nodeNotReady,
      ],
    };
    const { items, records, problems } = await runImport(
      kubernetesImporter,
      sourceOf(JSON.stringify(list, null, 2)),
    );
    expect(items).toHaveLength(1);
    expect(records).toBe(5);
    expect(problems.map((p) => [p.jsonPointer, p.message])).toEqual([
      ['/items/0', 'reason is required'],
      ['/items/1', 'kind Pod is not a Kubernetes Event; it is not imported'],
      ['/items/2', 'firstTimestamp or eventTime must be an RFC 3339 time, not "yesterday"'],
      ['/items/3', 'a Kubernetes Event must be an object'],
    ]);
    expect(problems.every((p) => (p.line ?? 0) > 2)).toBe(true);
  });

  it('never throws or hangs on arbitrary JSON or text', async () => {
    const event = fc.record(
      {
        kind: fc.oneof(fc.constant('Event'), fc.jsonValue()),
        metadata: fc.oneof(
          fc.record({ uid: fc.string(), namespace: fc.string(), name: fc.string() }),
          fc.jsonValue(),
        ),
        involvedObject: fc.oneof(
          fc.record({ kind: fc.string(), name: fc.string() }),
          fc.jsonValue(),
        ),
        reason: fc.jsonValue(),
        firstTimestamp: fc.oneof(fc.constant('2026-03-01T09:58:02Z'), fc.jsonValue()),
        eventTime: fc.jsonValue(),
        series: fc.jsonValue(),
        count: fc.oneof(fc.integer(), fc.jsonValue()),
        type: fc.constantFrom('Warning', 'Normal'),
      },
      { requiredKeys: [] },
    );
    await assertImportsAnyJson(
      kubernetesImporter,
      fc.record({ kind: fc.constant('List'), items: fc.array(event) }),
    );
    await assertImportsAnyText(kubernetesImporter);
  });
});
