import { describe, expect, it } from 'vitest';
import { parseOpenSlo } from './parse-openslo';

// A file in the shape of OpenSLO's README examples: a Service, an SLI referenced by one SLO, an
// SLO with an inline threshold indicator, an AlertPolicy with a referenced and an inline condition.
const file = `
apiVersion: openslo/v1
kind: Service
metadata:
  name: checkout-api
  displayName: Checkout API
spec:
  description: Takes orders
---
apiVersion: openslo/v1
kind: SLI
metadata:
  name: checkout-errors
spec:
  ratioMetric:
    counter: true
    bad:
      metricSource:
        type: Prometheus
        spec:
          query: sum(rate(http_requests_total{code=~"5.."}[1m]))
    total:
      metricSource:
        type: Prometheus
        spec:
          query: sum(rate(http_requests_total[1m]))
---
apiVersion: openslo/v1
kind: AlertCondition
metadata:
  name: fast-burn
spec:
  severity: page
  condition:
    kind: burnrate
    op: gte
    threshold: 14.4
    lookbackWindow: 1h
    alertAfter: 5m
---
apiVersion: openslo/v1
kind: AlertPolicy
metadata:
  name: checkout-paging
spec:
  conditions:
    - conditionRef: fast-burn
    - kind: AlertCondition
      metadata:
        name: slow-burn
      spec:
        severity: ticket
        condition:
          kind: burnrate
          op: gte
          threshold: 1
          lookbackWindow: 3d
  notificationTargets: []
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
  displayName: Checkout availability
  annotations:
    aftermath/open-incident-on-page: "true"
spec:
  service: checkout-api
  indicatorRef: checkout-errors
  timeWindow:
    - duration: 28d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - displayName: Good
      target: 0.999
  alertPolicies:
    - alertPolicyRef: checkout-paging
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-latency
spec:
  service: checkout-api
  indicator:
    metadata:
      name: checkout-p95
    spec:
      thresholdMetric:
        metricSource:
          type: Prometheus
          spec:
            query: histogram_quantile(0.95, sum by (le) (rate(latency_bucket[5m])))
  timeWindow:
    - duration: 1M
      isRolling: false
      calendar:
        startTime: "2026-01-01 00:00:00"
        timeZone: Europe/Berlin
  budgetingMethod: Timeslices
  objectives:
    - op: lte
      value: 0.3
      targetPercent: 99
      timeSliceTarget: 0.95
      timeSliceWindow: 5m
`;

describe('parseOpenSlo', () => {
  it('reads every kind of a multi-document file and resolves references', () => {
    const parsed = parseOpenSlo(file);
    expect(parsed.errors).toEqual([]);
    expect(parsed.services).toEqual([
      { name: 'checkout-api', displayName: 'Checkout API', description: 'Takes orders' },
    ]);
    expect(parsed.alertPolicies).toEqual([
      { name: 'checkout-paging', conditionRefs: ['fast-burn', 'slow-burn'] },
    ]);
    expect(
      parsed.alertConditions.map((condition) => [condition.name, condition.lookbackWindow]),
    ).toEqual([
      ['fast-burn', '1h'],
      ['slow-burn', '3d'],
    ]);
    const [availability, latency] = parsed.slos;
    expect(availability).toEqual({
      name: 'checkout-availability',
      displayName: 'Checkout availability',
      description: '',
      service: 'checkout-api',
      indicator: {
        kind: 'ratio',
        name: 'checkout-errors',
        counts: 'bad',
        events: {
          sourceType: 'Prometheus',
          query: 'sum(rate(http_requests_total{code=~"5.."}[1m]))',
        },
        total: { sourceType: 'Prometheus', query: 'sum(rate(http_requests_total[1m]))' },
      },
      window: { kind: 'rolling', duration: '28d' },
      budgetingMethod: 'Occurrences',
      objectives: [
        {
          name: 'Good',
          target: 0.999,
          op: null,
          value: null,
          timeSliceTarget: null,
          timeSliceWindow: null,
        },
      ],
      alertPolicies: ['checkout-paging'],
      openIncidentOnPage: true,
    });
    // Local midnight of 1 January in Berlin is 23:00 UTC the day before; 99 % becomes 0.99.
    expect(latency?.window).toEqual({
      kind: 'calendar',
      duration: '1M',
      startTime: '2025-12-31T23:00:00.000Z',
      timeZone: 'Europe/Berlin',
    });
    expect(latency?.indicator).toMatchObject({ kind: 'threshold', name: 'checkout-p95' });
    expect(latency?.objectives[0]).toMatchObject({
      target: 0.99,
      op: 'lte',
      value: 0.3,
      timeSliceWindow: '5m',
    });
    expect(latency?.openIncidentOnPage).toBe(false);
  });

  it.each([
    {
      name: 'a target outside (0, 1)',
      edit: (text: string) => text.replace('target: 0.999', 'target: 99.9'),
      error: {
        document: 5,
        kind: 'SLO',
        name: 'checkout-availability',
        path: 'spec.objectives[0].target',
      },
    },
    {
      name: 'both target and targetPercent',
      edit: (text: string) =>
        text.replace('target: 0.999', 'target: 0.999\n      targetPercent: 99.9'),
      error: { document: 5, path: 'spec.objectives[0].target' },
    },
    {
      name: 'an unknown budgeting method',
      edit: (text: string) =>
        text.replace('budgetingMethod: Occurrences', 'budgetingMethod: Events'),
      error: { document: 5, path: 'spec.budgetingMethod' },
    },
    {
      name: 'a reference to an SLI the file lacks',
      edit: (text: string) => text.replace('indicatorRef: checkout-errors', 'indicatorRef: nope'),
      error: {
        document: 5,
        path: 'spec.indicatorRef',
        message: 'no SLI named "nope" in this file',
      },
    },
    {
      name: 'a threshold objective without op',
      edit: (text: string) => text.replace('- op: lte', '- note: fast'),
      error: { document: 6, kind: 'SLO', name: 'checkout-latency', path: 'spec.objectives[0].op' },
    },
    {
      name: 'Timeslices without a slice window',
      edit: (text: string) => text.replace('      timeSliceWindow: 5m\n', ''),
      error: { document: 6, path: 'spec.objectives[0].timeSliceWindow' },
    },
    {
      name: 'an unknown time zone',
      edit: (text: string) => text.replace('Europe/Berlin', 'Mars/Olympus'),
      error: { document: 6, path: 'spec.timeWindow[0].calendar.timeZone' },
    },
    {
      name: 'a calendar window without a calendar',
      edit: (text: string) => text.replace('duration: 28d\n      isRolling: true', 'duration: 28d'),
      error: { document: 5, path: 'spec.timeWindow[0].calendar' },
    },
    {
      name: 'an SLI with neither good nor bad',
      edit: (text: string) => text.replace('    bad:\n', '    worse:\n'),
      error: { document: 2, kind: 'SLI', name: 'checkout-errors', path: 'spec.ratioMetric' },
    },
    {
      name: 'a bad duration in an alert condition',
      edit: (text: string) => text.replace('lookbackWindow: 1h', 'lookbackWindow: 1 hour'),
      error: { document: 3, kind: 'AlertCondition', path: 'spec.condition.lookbackWindow' },
    },
    {
      name: 'another API version',
      edit: (text: string) =>
        text.replace(
          'apiVersion: openslo/v1\nkind: Service',
          'apiVersion: openslo/v1alpha\nkind: Service',
        ),
      error: { document: 1, kind: 'Service', name: 'checkout-api', path: 'apiVersion' },
    },
    {
      name: 'an unknown kind',
      edit: (text: string) => text.replace('kind: Service', 'kind: Team'),
      error: { document: 1, kind: null, path: 'kind' },
    },
    {
      name: 'a name that is not a DNS label',
      edit: (text: string) => text.replace('name: checkout-latency', 'name: Checkout_Latency'),
      error: { document: 6, path: 'metadata.name' },
    },
    {
      name: 'broken YAML',
      edit: (text: string) => `${text}---\nkind: [SLO\n`,
      error: { document: 7, path: '' },
    },
  ])('names the document, kind and field of $name and defines nothing', ({ edit, error }) => {
    const parsed = parseOpenSlo(edit(file));
    expect(parsed.errors).toContainEqual(expect.objectContaining(error));
    const broken = parsed.errors.map((item) => item.name);
    expect(parsed.slos.map((slo) => slo.name).some((name) => broken.includes(name))).toBe(false);
  });

  it('reports a file without documents', () => {
    expect(parseOpenSlo('# nothing here\n').errors).toEqual([
      { document: 1, kind: null, name: null, path: '', message: 'no OpenSLO documents found' },
    ]);
  });
});
