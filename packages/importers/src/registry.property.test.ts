import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runImport, sourceOf } from './json-documents/test-support';
import { importers } from './registry';

// Hostile input for every importer of the registry, whatever `--format` a user forces: any bytes,
// any JSON, and small valid samples with a few bytes changed must import without throwing, with
// what the file cannot give reported as problems (each with a message), never a crash or a hang.

const at = '2026-03-04T09:07:30Z';

/** Small valid samples, one per family of formats, written here (not read from real data). */
const samples: readonly string[] = [
  JSON.stringify({
    version: '4',
    status: 'firing',
    receiver: 'team',
    groupKey: '{}:{alertname="HighErrorRate"}',
    alerts: [
      {
        status: 'firing',
        labels: { alertname: 'HighErrorRate', service: 'checkout', severity: 'page' },
        annotations: { summary: '5xx above 5%' },
        startsAt: at,
        endsAt: '0001-01-01T00:00:00Z',
        fingerprint: 'a1b2c3',
      },
    ],
  }),
  JSON.stringify({
    kind: 'Event',
    apiVersion: 'v1',
    metadata: { uid: 'u-1', namespace: 'shop', name: 'checkout.1' },
    involvedObject: { kind: 'Pod', name: 'checkout-7d9f-abcde' },
    reason: 'BackOff',
    message: 'Back-off restarting failed container',
    type: 'Warning',
    firstTimestamp: at,
    lastTimestamp: at,
    count: 3,
  }),
  JSON.stringify({ event: { id: 'e1', event_type: 'incident.triggered', occurred_at: at } }),
  '{"ts":"2026-03-04T09:07:30Z","level":"error","service":"checkout","msg":"timeout"}\n' +
    '{"ts":"2026-03-04T09:07:31Z","level":"info","service":"checkout","msg":"retry ok"}\n',
  'ts=2026-03-04T09:07:30Z level=error service=checkout msg="db timeout" duration=3.2s\n',
  'Mar  4 09:07:30 web-1 nginx[123]: upstream timed out (110: Connection timed out)\n',
  '--- Day changed Wed Mar 04 2026\n' +
    '[09:07] priya: rolling back checkout\n[09:09] sam: error rate is back to normal\n',
];

/** A sample with a few bytes replaced, inserted or deleted at arbitrary offsets. */
const mutatedSample = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom('replace', 'insert', 'delete'),
        fc.integer({ min: 0, max: 255 }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([sample, edits]) => {
    const bytes = [...new TextEncoder().encode(sample)];
    for (const [offset, kind, byte] of edits) {
      const i = offset % (bytes.length + 1);
      if (kind === 'replace') bytes[i] = byte;
      if (kind === 'insert') bytes.splice(i, 0, byte);
      if (kind === 'delete') bytes.splice(i, 1);
    }
    return new Uint8Array(bytes);
  });

/** Bytes that are not UTF-8, or only look like gzip (a truncated or forged stream). */
const hostileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.uint8Array({ maxLength: 200 }).map((tail) => new Uint8Array([0x1f, 0x8b, ...tail])),
  fc.tuple(fc.constantFrom(...samples), fc.nat()).map(([sample, cut]) => {
    const zipped = gzipSync(sample);
    return zipped.subarray(0, cut % (zipped.length + 1));
  }),
);

const anyImporter = fc.constantFrom(...importers);
const chunkSize = fc.integer({ min: 1, max: 97 });

/** Runs the import; a problem without a message is as bad as a crash for the user. */
async function importsCleanly(
  importer: (typeof importers)[number],
  bytes: Uint8Array,
  chunk: number,
): Promise<boolean> {
  const result = await runImport(importer, sourceOf(bytes, chunk));
  return (
    result.records >= result.items.length &&
    result.problems.every((problem) => problem.message.length > 0)
  );
}

describe('every importer of the registry, on hostile input', () => {
  it('detects any head and name with a confidence between 0 and 1', () => {
    fc.assert(
      fc.property(
        anyImporter,
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })),
        fc.option(fc.string({ maxLength: 40 })),
        (importer, head, name) => {
          const confidence = importer.detect(head, name);
          return Number.isFinite(confidence) && confidence >= 0 && confidence <= 1;
        },
      ),
      { numRuns: 200 },
    );
  }, 10_000);

  it('imports the unchanged samples into entries under some importer', async () => {
    for (const sample of samples) {
      const counts = await Promise.all(
        importers.map(async (importer) => (await runImport(importer, sourceOf(sample))).items),
      );
      expect(counts.some((items) => items.length > 0)).toBe(true);
    }
  }, 10_000);

  it('reads any bytes (invalid UTF-8, forged or cut gzip) without throwing', async () => {
    await fc.assert(fc.asyncProperty(anyImporter, hostileBytes, chunkSize, importsCleanly), {
      numRuns: 200,
    });
  }, 20_000);

  it('reads any JSON value without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyImporter,
        fc
          .jsonValue({ maxDepth: 4 })
          .map((value) => new TextEncoder().encode(JSON.stringify(value))),
        chunkSize,
        importsCleanly,
      ),
      { numRuns: 200 },
    );
  }, 20_000);

  it('reads valid samples with a few bytes changed without throwing', async () => {
    await fc.assert(fc.asyncProperty(anyImporter, mutatedSample, chunkSize, importsCleanly), {
      numRuns: 200,
    });
  }, 20_000);
});
