import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { JsonReadEvent } from './json-document.types';
import { readJsonDocuments, type JsonReadLimits } from './read-json-documents';
import { sourceOf } from './test-support';

async function read(content: string | Uint8Array, chunkSize?: number, limits?: JsonReadLimits) {
  const events: JsonReadEvent[] = [];
  for await (const event of readJsonDocuments(sourceOf(content, chunkSize), limits)) {
    events.push(event);
  }
  return {
    values: events.flatMap((e) => (e.type === 'document' ? [e.document.value] : [])),
    problems: events.flatMap((e) => (e.type === 'problem' ? [e.problem] : [])),
    documents: events.flatMap((e) => (e.type === 'document' ? [e.document] : [])),
  };
}

const pretty = `{
  "alerts": [
    { "labels": { "a": "}" } },
    {
      "note": "a \\"quoted\\" [bracket"
    }
  ],
  "a/b~c": { "x": 1 }
}
`;

describe('readJsonDocuments', () => {
  it.each([1, 3, 64])(
    'locates values two levels deep by line and byte (chunks of %i)',
    async (size) => {
      const { documents } = await read(pretty, size);
      const document = documents[0];
      expect(document?.value).toEqual(JSON.parse(pretty));
      expect(document?.locate('/alerts/0')).toEqual({
        line: 3,
        byteOffset: pretty.indexOf('{ "labels"'),
      });
      expect(document?.locate('/alerts/1')).toEqual({
        line: 4,
        byteOffset: pretty.indexOf('{\n      "note"'),
      });
      expect(document?.locate('/alerts/1/note').line).toBe(4);
      expect(document?.locate('/a~1b~0c').line).toBe(8);
      expect(document?.locate('/missing')).toEqual({ line: 1, byteOffset: 0 });
    },
  );

  it('reads JSON lines and concatenated bodies, and a broken line after a good one is one problem', async () => {
    const text = '{"n":1}\n{"n":2}{"n":3}\n{"n": oops}\n[4]\n';
    const { values, problems, documents } = await read(text, 5);
    expect(values).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, [4]]);
    expect(documents.map((d) => [d.index, d.start.line])).toEqual([
      [0, 1],
      [1, 2],
      [2, 2],
      [3, 4],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, jsonPointer: null });
    expect(problems[0]?.message).toMatch(/^the document starting at line 3 is not valid JSON/);
  });

  it('reports text that is not JSON as exactly one problem', async () => {
    const log = Array.from({ length: 50 }, (_, i) => `2026-03-01 10:00:${i} [main] {x} ERROR`).join(
      '\n',
    );
    const { values, problems } = await read(log, 17);
    expect(values).toEqual([]);
    expect(problems).toHaveLength(1);
  });

  it('keeps reading after text before the first body (saved request headers)', async () => {
    const text = 'POST /hook HTTP/1.1\nContent-Type: application/json\n\n{"ok":true}\n';
    const { values, problems } = await read(text);
    expect(values).toEqual([{ ok: true }]);
    expect(problems).toEqual([
      {
        line: 1,
        jsonPointer: null,
        message: "lines 1–2: expected a JSON object or array, found 'P'",
      },
    ]);
  });

  it('says when the evidence is empty or cut short', async () => {
    expect((await read('  \n')).problems[0]?.message).toBe(
      'the evidence is empty: no JSON document found',
    );
    expect((await read('{"alerts": [1, 2')).problems[0]?.message).toBe(
      'the JSON document starting at line 1 ends before it is complete (is the file cut short?)',
    );
  });

  it('decompresses gzip and skips a byte-order mark', async () => {
    const { values } = await read(gzipSync(Buffer.from('\uFEFF{"zipped":true}')), 4);
    expect(values).toEqual([{ zipped: true }]);
    const corrupt = gzipSync(Buffer.from('{"zipped":true}')).subarray(0, 12);
    const { problems } = await read(corrupt);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^the gzip data is corrupt/);
  });

  it('skips a document larger than the limit and reads the next', async () => {
    const big = JSON.stringify({ data: 'x'.repeat(500) });
    const { values, problems } = await read(`{"small":1}\n${big}\n{"small":2}`, 100, {
      maxDocumentBytes: 200,
    });
    expect(values).toEqual([{ small: 1 }, { small: 2 }]);
    expect(problems[0]?.message).toMatch(/^the JSON document at line 2 is larger than/);
  });
});
