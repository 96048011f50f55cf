import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { readEntryStatus } from '@aftermath/analysis';
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
import { otlpLogsImporter } from './otlp-logs.importer';
import { otlpTracesImporter } from './otlp-traces.importer';
import { readTraceIds } from './trace-lines';

const examples = 'otlp-json-examples/dev/examples';

describe.skipIf(!existsSync(resolve(realdataRoot, examples)))(
  'the OTLP/JSON logs example of opentelemetry-proto',
  () => {
    it('gives one info entry at the record time, with attributes, scope and trace id', async () => {
      const { items, records, problems } = await runImport(
        otlpLogsImporter,
        realdataSource(`${examples}/logs.json`),
      );
      expect(problems).toEqual([]);
      expect(records).toBe(1);
      expect(items).toHaveLength(1);
      const entry = items[0]?.entry;
      expect(entry).toMatchObject({
        at: '2018-12-13T14:51:00.300Z',
        precision: 'ms',
        zoneAssumed: false,
        kind: 'log',
        source: 'otlp-logs',
        service: 'my.service',
        title: '[INFO] my.service: Example log record',
        evidence: {
          evidenceId: 'ev-test',
          line: 3,
          jsonPointer: '/resourceLogs/0/scopeLogs/0/logRecords/0',
        },
      });
      expect(entry?.body.split('\n')).toEqual([
        'Example log record',
        'Level: INFO (severityText "Information")',
        'Attributes: array.attribute=[many, values], boolean.attribute=true, ' +
          'double.attribute=637.704, int.attribute=10, map.attribute={some.map.key=some value}, ' +
          'string.attribute=some string',
        'Scope: my.library 1.0.0',
        'Trace: 5b8efff798038103d269b633813fc60c',
      ]);
      expect(readTraceIds(entry?.body ?? '')).toEqual(['5b8efff798038103d269b633813fc60c']);
    });

    it('reads an event record: the event name leads the message', async () => {
      const { items } = await runImport(
        otlpLogsImporter,
        realdataSource(`${examples}/events.json`),
      );
      expect(items[0]?.entry.title).toBe(
        '[INFO] my.service: browser.page_view: {type=0, url=https://www.guidgenerator.com/' +
          'online-guid-generator.aspx, referrer=https://wwww.google.com, ' +
          'title=Free Online GUID Generator}',
      );
    });

    it('is told apart from OTLP traces and metrics by detection', () => {
      const logs = readRealdata(`${examples}/logs.json`);
      expect(otlpLogsImporter.detect(logs, 'logs.json')).toBeGreaterThan(0.9);
      expect(otlpTracesImporter.detect(logs, 'logs.json')).toBe(0);
      expect(otlpLogsImporter.detect(readRealdata(`${examples}/trace.json`), null)).toBe(0);
      expect(otlpLogsImporter.detect(readRealdata(`${examples}/metrics.json`), null)).toBe(0);
    });
  },
);

const second = 1_000_000_000n;
const base = 1_795_000_000n * second;

function record(offsetSeconds: number, severityNumber: number, text: string, extra = {}) {
  return {
    timeUnixNano: String(base + BigInt(offsetSeconds) * second),
    severityNumber,
    body: { stringValue: text },
    ...extra,
  };
}

function request(service: string, logRecords: unknown[]) {
  return {
    resourceLogs: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
        scopeLogs: [{ scope: { name: 'app' }, logRecords }],
      },
    ],
  };
}

describe('grouping OTLP log records into bursts', () => {
  it('turns consecutive errors of one service within a minute into one prominent entry', async () => {
    const trace = (n: number) => ({ traceId: `${n}`.padStart(32, 'a') });
    const body = request('checkout', [
      record(0, 17, 'db timeout', trace(1)),
      record(5, 17, 'db timeout', trace(2)),
      record(20, 18, 'pool exhausted', trace(1)),
      record(59, 17, 'db timeout'),
      record(61, 17, 'db timeout'),
      record(62, 9, 'request served'),
    ]);
    const { items, records } = await runImport(otlpLogsImporter, sourceOf(JSON.stringify(body)));
    expect(records).toBe(6);
    expect(items.map((item) => [item.entry.at, item.entry.title])).toEqual([
      ['2026-11-18T11:06:40.000Z', '[ERROR:4] checkout: db timeout'],
      ['2026-11-18T11:07:41.000Z', '[ERROR] checkout: db timeout'],
      ['2026-11-18T11:07:42.000Z', '[INFO] checkout: request served'],
    ]);
    const burst = items[0]?.entry.body ?? '';
    expect(burst).toContain(
      'Records: 4 from 2026-11-18T11:06:40.000Z to 2026-11-18T11:07:39.000Z (59s)',
    );
    expect(burst).toContain('Messages:\n  ×3 db timeout\n  ×1 pool exhausted');
    expect(readTraceIds(burst)).toEqual(['a'.repeat(31) + '1', 'a'.repeat(31) + '2']);
    // The timeline reads error bursts as errors (a first-symptom candidate), info as nothing.
    expect(items.map(({ entry }) => readEntryStatus(entry)?.status)).toEqual([
      'error',
      'error',
      'info',
    ]);
  });

  it('keeps services apart and falls back to severityText and observedTimeUnixNano', async () => {
    const lines = [
      request('api', [record(0, 13, 'slow')]),
      request('db', [{ ...record(1, 0, 'disk full'), severityNumber: 0, severityText: 'ERROR' }]),
      request('db', [{ observedTimeUnixNano: String(base), timeUnixNano: '0', body: {} }]),
    ];
    const text = lines.map((line) => JSON.stringify(line)).join('\n');
    const { items } = await runImport(otlpLogsImporter, sourceOf(text, 13));
    expect(items.map((item) => [item.entry.title, item.entry.service])).toEqual([
      ['[WARN] api: slow', 'api'],
      ['[ERROR] db: disk full', 'db'],
      ['[LOG] db: (no body)', 'db'],
    ]);
    expect(items.map((item) => item.entry.evidence?.line)).toEqual([1, 2, 3]);
  });

  it('gives the same dedupe keys when the same file is imported again', async () => {
    const text = JSON.stringify(request('api', [record(0, 17, 'a'), record(1, 17, 'b')]));
    const first = await runImport(otlpLogsImporter, sourceOf(text));
    const again = await runImport(otlpLogsImporter, sourceOf(text, 3));
    expect(again.items.map((item) => item.dedupeKey)).toEqual(
      first.items.map((item) => item.dedupeKey),
    );
    const other = await runImport(
      otlpLogsImporter,
      sourceOf(JSON.stringify(request('api', [record(0, 17, 'a'), record(1, 17, 'c')]))),
    );
    expect(other.items[0]?.dedupeKey).not.toBe(first.items[0]?.dedupeKey);
  });
});

describe('malformed OTLP logs', () => {
  it('reports records without a time and parts that are not OTLP, with their pointers', async () => {
    const body = {
      resourceLogs: [
        { resource: {}, scopeLogs: [{ logRecords: [{ body: { stringValue: 'x' } }, 7] }] },
        'not a resource',
        { scopeLogs: { logRecords: [] } },
      ],
    };
    const { items, records, problems } = await runImport(
      otlpLogsImporter,
      sourceOf(JSON.stringify(body, null, 2)),
    );
    expect(items).toEqual([]);
    expect(records).toBe(2);
    expect(problems.map((problem) => problem.jsonPointer)).toEqual([
      '/resourceLogs/0/scopeLogs/0/logRecords/0',
      '/resourceLogs/0/scopeLogs/0/logRecords/1',
      '/resourceLogs/1',
      '/resourceLogs/2/scopeLogs',
    ]);
    expect(problems[0]?.message).toBe(
      'a log record needs timeUnixNano or observedTimeUnixNano as nanoseconds since the Unix ' +
        'epoch in a string, not missing',
    );
    expect(problems[2]?.line).toBe(18);
  });

  it('says so when the document is not an OTLP logs request', async () => {
    const { problems } = await runImport(otlpLogsImporter, sourceOf('{"resourceSpans":[]}'));
    expect(problems).toEqual([
      {
        line: 1,
        jsonPointer: '/resourceLogs',
        message: 'not OTLP/JSON logs: "resourceLogs" must be an array, not missing',
      },
    ]);
  });

  it('never throws or hangs on arbitrary JSON or text', async () => {
    const anyValue = fc.oneof(
      fc.record({ stringValue: fc.string() }),
      fc.record({ intValue: fc.oneof(fc.string(), fc.integer()) }),
      fc.record({ kvlistValue: fc.record({ values: fc.array(fc.jsonValue(), { maxLength: 3 }) }) }),
      fc.jsonValue(),
    );
    const logRecord = fc.record(
      {
        timeUnixNano: fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String), fc.jsonValue()),
        observedTimeUnixNano: fc.jsonValue(),
        severityNumber: fc.oneof(fc.integer({ min: -2, max: 30 }), fc.jsonValue()),
        severityText: fc.oneof(fc.constantFrom('ERROR', 'warn', 'Information'), fc.jsonValue()),
        traceId: fc.oneof(fc.stringMatching(/^[0-9a-fA-F]{32}$/), fc.jsonValue()),
        eventName: fc.jsonValue(),
        body: anyValue,
        attributes: fc.oneof(
          fc.array(fc.record({ key: fc.string(), value: anyValue })),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    );
    const shaped = fc.record({
      resourceLogs: fc.oneof(
        fc.array(
          fc.record(
            {
              resource: fc.jsonValue(),
              scopeLogs: fc.oneof(
                fc.array(fc.record({ logRecords: fc.array(logRecord, { maxLength: 6 }) }), {
                  maxLength: 2,
                }),
                fc.jsonValue(),
              ),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 3 },
        ),
        fc.jsonValue(),
      ),
    });
    await assertImportsAnyJson(otlpLogsImporter, shaped);
    await assertImportsAnyText(otlpLogsImporter);
  });
});
