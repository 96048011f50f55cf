import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runImport, sourceOf } from '../json-documents/test-support';
import { LineSplitter, LOG_LINE_BYTES_MAX } from './line-splitter';
import { jsonLinesImporter, logfmtImporter, textLogImporter } from './log.importers';

function splitAll(bytes: Uint8Array, chunkSize: number): Array<[string, number, number]> {
  const lines: Array<[string, number, number]> = [];
  const splitter = new LineSplitter();
  const onLine = (text: string, line: number, offset: number) => lines.push([text, line, offset]);
  for (let at = 0; at < bytes.length; at += chunkSize) {
    splitter.push(bytes.subarray(at, at + chunkSize), onLine);
  }
  splitter.end(onLine);
  return lines;
}

describe('LineSplitter', () => {
  it('splits CRLF and LF, keeps a last line without newline, counts byte offsets', () => {
    const bytes = new TextEncoder().encode('héllo\r\nworld\n\nlast');
    for (const chunkSize of [1, 2, 3, 100]) {
      expect(splitAll(bytes, chunkSize)).toEqual([
        ['héllo', 1, 0],
        ['world', 2, 8],
        ['', 3, 14],
        ['last', 4, 15],
      ]);
    }
  });

  it('replaces invalid UTF-8 and cuts over-long lines', () => {
    const bytes = new Uint8Array([
      0x61,
      0xff,
      0x62,
      0x0a,
      ...new Uint8Array(LOG_LINE_BYTES_MAX + 10).fill(0x78),
    ]);
    const lines = splitAll(bytes, 1000);
    expect(lines[0]?.[0]).toBe('a\ufffdb');
    expect(lines[1]?.[0]).toHaveLength(LOG_LINE_BYTES_MAX);
    expect(lines[1]?.[2]).toBe(4);
  });
});

describe('log importers on arbitrary bytes', () => {
  it('never throw and account for every line', async () => {
    const importers = [jsonLinesImporter, logfmtImporter, textLogImporter];
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.integer({ min: 1, max: 64 }),
        fc.constantFrom(...importers),
        async (bytes, chunkSize, importer) => {
          const result = await runImport(importer, sourceOf(bytes, chunkSize));
          expect(result.items.length).toBeLessThanOrEqual(result.records + 1);
        },
      ),
      { numRuns: 150 },
    );
  });
});
