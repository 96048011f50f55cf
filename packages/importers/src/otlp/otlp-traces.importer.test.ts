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
import { otlpTracesImporter } from './otlp-traces.importer';
import { readTraceIds } from './trace-lines';

const example = 'otlp-json-examples/dev/examples/trace.json';

describe.skipIf(!existsSync(resolve(realdataRoot, example)))(
  'the OTLP/JSON trace example of opentelemetry-proto',
  () => {
    it('shows its only span, whose parent is not in the file, standing in for the root', async () => {
      const { items, records, problems } = await runImport(
        otlpTracesImporter,
        realdataSource(example),
      );
      expect(problems).toEqual([]);
      expect(records).toBe(1);
      expect(items).toHaveLength(1);
      expect(items[0]?.dedupeKey).toBe(
        'otlp-traces:5b8efff798038103d269b633813fc60c:eee19b7ec3c1b174',
      );
      expect(items[0]?.entry).toMatchObject({
        at: '2018-12-13T14:51:00.000Z',
        precision: 's',
        kind: 'trace',
        source: 'otlp-traces',
        service: 'my.service',
        title: "[INFO] my.service: I'm a server span (1s, SERVER)",
        evidence: { line: 3, jsonPointer: '/resourceSpans/0/scopeSpans/0/spans/0' },
      });
      expect(items[0]?.entry.body.split('\n')).toEqual([
        'Trace: 5b8efff798038103d269b633813fc60c',
        'Span: eee19b7ec3c1b174 (parent eee19b7ec3c1b173)',
        "Earliest span of the trace in this evidence (the trace's root span is not in it)",
        'Kind: SERVER',
        'Duration: 1s',
        'Status: UNSET',
        'Attributes: my.span.attr=some value',
        'Scope: my.library 1.0.0',
      ]);
    });

    it('is recognised as OTLP traces', () => {
      expect(otlpTracesImporter.detect(readRealdata(example), 'trace.json')).toBeGreaterThan(0.9);
    });
  },
);

const traceA = '0af7651916cd43dd8448eb211c80319c';
const traceB = '4bf92f3577b34da6a3ce929d0e0e4736';
const t0 = 1_795_000_000_000_000_000n;

function span(traceId: string, spanId: string, parent: string, ms: number, extra = {}) {
  return {
    traceId,
    spanId,
    parentSpanId: parent,
    name: `op-${spanId.slice(-2)}`,
    kind: 3,
    startTimeUnixNano: String(t0 + BigInt(ms) * 1_000_000n),
    endTimeUnixNano: String(t0 + BigInt(ms + 250) * 1_000_000n),
    ...extra,
  };
}

const failed = { status: { code: 2, message: 'upstream 503' } };

function request(spans: unknown[]) {
  return {
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'Checkout' } }] },
        scopeSpans: [{ spans }],
      },
    ],
  };
}

describe('which spans reach the timeline', () => {
  it('adds root spans and error spans, and a stand-in where the root is missing', async () => {
    const body = request([
      span(traceA, '00000000000000a2', '00000000000000a1', 10),
      span(traceA, '00000000000000a3', '00000000000000a2', 20, failed),
      span(traceA, '00000000000000a1', '', 0),
      span(traceB, '00000000000000b3', '00000000000000b1', 40),
      span(traceB, '00000000000000b2', '00000000000000b1', 30),
    ]);
    const { items } = await runImport(otlpTracesImporter, sourceOf(JSON.stringify(body)));
    expect(items.map((item) => item.entry.title)).toEqual([
      '[ERROR] Checkout: op-a3 — upstream 503',
      '[INFO] Checkout: op-a1 (250ms, CLIENT)',
      '[INFO] Checkout: op-b2 (250ms, CLIENT)',
    ]);
    expect(items.map((item) => item.entry.service)).toEqual(['checkout', 'checkout', 'checkout']);
    expect(items.map((item) => readTraceIds(item.entry.body))).toEqual([
      [traceA],
      [traceA],
      [traceB],
    ]);
    expect(items[1]?.entry.body).toContain('Root span of the trace');
    expect(items[2]?.entry.at).toBe('2026-11-18T11:06:40.030Z');
  });

  it('makes one entry for a root span that failed, with the exception it recorded', async () => {
    const exception = {
      name: 'exception',
      attributes: [
        { key: 'exception.type', value: { stringValue: 'TimeoutError' } },
        { key: 'exception.message', value: { stringValue: 'no reply in 5s' } },
      ],
    };
    const root = span(traceA, '00000000000000a1', '', 0, {
      kind: 'SPAN_KIND_SERVER',
      status: { code: 'STATUS_CODE_ERROR' },
      events: [exception],
    });
    const { items } = await runImport(
      otlpTracesImporter,
      sourceOf(JSON.stringify(request([root]))),
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.entry.title).toBe('[ERROR] Checkout: op-a1 — TimeoutError: no reply in 5s');
    expect(items[0]?.entry.body).toContain('Root span of the trace\nKind: SERVER');
  });

  it('accepts base64 ids from older exporters and keeps the stand-in an error span already is', async () => {
    const base64Trace = Buffer.from(traceB, 'hex').toString('base64');
    const child = span(base64Trace, 'AAAAAAAAALI=', 'AAAAAAAAALE=', 5, failed);
    const { items } = await runImport(
      otlpTracesImporter,
      sourceOf(JSON.stringify(request([child]))),
    );
    expect(items.map((item) => item.dedupeKey)).toEqual([`otlp-traces:${traceB}:00000000000000b2`]);
  });
});

describe('malformed OTLP traces', () => {
  it('reports spans with bad ids or times by pointer, and imports the rest', async () => {
    const body = request([
      span('xyz', '00000000000000a2', '', 0),
      span(traceA, '0000000000000000', '', 0),
      span(traceA, '00000000000000a1', '', 0, { startTimeUnixNano: 17 }),
      span(traceA, '00000000000000a4', '', 0),
    ]);
    const { items, records, problems } = await runImport(
      otlpTracesImporter,
      sourceOf(JSON.stringify(body)),
    );
    expect(records).toBe(4);
    expect(items).toHaveLength(1);
    expect(problems.map((problem) => [problem.jsonPointer, problem.message])).toEqual([
      [
        '/resourceSpans/0/scopeSpans/0/spans/0',
        'traceId must be 16 bytes in hex (32 digits), not "xyz"',
      ],
      [
        '/resourceSpans/0/scopeSpans/0/spans/1',
        'spanId must be 8 bytes in hex (16 digits), not "0000000000000000"',
      ],
      [
        '/resourceSpans/0/scopeSpans/0/spans/2',
        'startTimeUnixNano must be nanoseconds since the Unix epoch in a string, not 17',
      ],
    ]);
  });

  it('never throws or hangs on arbitrary JSON or text', async () => {
    const id = (bytes: number) =>
      fc.oneof(fc.stringMatching(new RegExp(`^[0-9a-f]{${bytes * 2}}$`)), fc.jsonValue());
    const anySpan = fc.record(
      {
        traceId: id(16),
        spanId: id(8),
        parentSpanId: fc.oneof(fc.constant(''), id(8)),
        name: fc.jsonValue(),
        kind: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.jsonValue()),
        startTimeUnixNano: fc.oneof(
          fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String),
          fc.jsonValue(),
        ),
        endTimeUnixNano: fc.oneof(
          fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String),
          fc.jsonValue(),
        ),
        status: fc.oneof(fc.record({ code: fc.integer({ min: 0, max: 3 }) }), fc.jsonValue()),
        events: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const shaped = fc.record({
      resourceSpans: fc.oneof(
        fc.array(
          fc.record({
            scopeSpans: fc.array(fc.record({ spans: fc.array(anySpan, { maxLength: 6 }) }), {
              maxLength: 2,
            }),
          }),
          { maxLength: 2 },
        ),
        fc.jsonValue(),
      ),
    });
    await assertImportsAnyJson(otlpTracesImporter, shaped);
    await assertImportsAnyText(otlpTracesImporter);
  });
});
