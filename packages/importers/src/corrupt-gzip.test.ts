import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chatImporter } from './chat';
import { runImport, sourceOf } from './json-documents/test-support';
import { jsonLinesImporter, logfmtImporter, textLogImporter } from './logs';

// Found by registry.property.test.ts: the log and chat importers threw GzipError on a file that
// starts with the gzip magic number but is cut short, where the JSON importers report a problem.
const lineImporters = [logfmtImporter, textLogImporter, jsonLinesImporter, chatImporter];

describe.each(lineImporters.map((importer) => [importer.format, importer] as const))(
  'the %s importer on corrupt gzip',
  (_format, importer) => {
    it('reports the bare gzip magic number as a problem instead of throwing', async () => {
      const { items, problems } = await runImport(importer, sourceOf(new Uint8Array([0x1f, 0x8b])));
      expect(items).toEqual([]);
      expect(problems).toEqual([
        {
          line: null,
          jsonPointer: null,
          message: 'the gzip data is corrupt (unexpected end of file)',
        },
      ]);
    });

    it('reports a gzip stream cut in the middle as a problem', async () => {
      const zipped = gzipSync('ts=2026-03-04T09:07:30Z level=error msg="db timeout"\n'.repeat(20));
      const { problems } = await runImport(
        importer,
        sourceOf(zipped.subarray(0, zipped.length - 9)),
      );
      expect(problems.map((problem) => problem.message)).toContainEqual(
        expect.stringMatching(/^the gzip data is corrupt \(/),
      );
    });
  },
);
