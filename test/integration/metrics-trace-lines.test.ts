import { emptyMilestones, type Incident } from '@aftermath/domain';
import { formatTraceLine, readTraceIds } from '@aftermath/importers';
import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';

// The metrics count trace-carrying log/trace entries in the database; the rule there must answer
// as `readTraceIds` does, line terminators and near misses included, on both dialects.

const id = '5b8efff798038103d269b633813fc60c';
const line = formatTraceLine(id);
const bodies: string[] = [
  line,
  `upstream timeout\n${line}`,
  `${line}\nmore`,
  `first\r${line}\rlast`,
  `first\r\n${line}\r\nlast`,
  `first\u2028${line}\u2029last`,
  `Trace: ${id.toUpperCase()}`,
  `Trace: ${id.slice(1)}`,
  `Trace: ${id}0`,
  ` ${line}`,
  `${line} `,
  `trace: ${id}`,
  `Trace:  ${id}`,
  `Trace: ${id.slice(0, 31)}g`,
  'Trace: 1234',
  `text Trace: ${id}`,
  `Trace: ${id}\tx`,
  `Trace: ${'_'.repeat(32)}`,
  `Trace: ${'%'.repeat(32)}`,
  '',
  'upstream timeout',
];
const at = '2026-03-01T00:00:00.000Z';

function incidentOf(n: number): Incident {
  return {
    key: `INC-${n}`,
    title: `Incident ${n}`,
    severity: 'SEV2',
    status: 'resolved',
    type: 'outage',
    services: [`svc-${n}`],
    commander: null,
    visibility: 'normal',
    tags: [],
    customerImpact: { description: '', usersAffected: null, requestsAffected: null },
    milestones: emptyMilestones,
    milestoneOrderOverride: null,
    recurrenceOf: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

describeEachDialect('trace ids counted by the database', (suite) => {
  it('finds a trace line exactly where readTraceIds does, for logs and traces only', async () => {
    const store = suite.store();
    for (const [i, body] of bodies.entries()) {
      const incident = incidentOf(i + 1);
      await store.incidents.insert(incident);
      for (const kind of ['log', 'trace', 'chat'] as const) {
        await store.timeline.insert({
          id: `e-${i}-${kind}`,
          incidentKey: incident.key,
          at,
          precision: 'ms',
          zoneAssumed: false,
          kind,
          title: 'entry',
          body,
          source: 'loki',
          service: null,
          evidence: null,
          author: null,
          pinned: false,
          createdAt: at,
          version: 1,
        });
      }
    }
    // The summary row each insert kept, read back one incident at a time through its service.
    const counted: number[][] = [];
    for (const n of bodies.keys()) {
      const { traceIds } = await store.metrics.readSummaryTotals({
        readScope: { all: true },
        service: `svc-${n + 1}`,
        today: '2026-03-02',
        judgedBefore: at,
        bucketEdgesMs: [0],
      });
      counted.push([traceIds.entries, traceIds.withTraceId]);
    }
    const expected = bodies.map((body) => [2, readTraceIds(body).length > 0 ? 2 : 0]);
    expect(counted).toEqual(expected);
    // The cases are not all one answer: six bodies carry a trace line.
    expect(expected.filter(([, withId]) => withId === 2)).toHaveLength(6);
  });
});
