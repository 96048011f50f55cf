import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createTimelineEntryInput, type EvidenceProblem } from '@aftermath/domain';
import fc from 'fast-check';
import type { ByteSource, ImportedEntry, Importer, ImportOptions } from '../importer';

/** `../shared/realdata` beside the repository (tests only: never copied into the project). */
export const realdataRoot = resolve(import.meta.dirname, '../../../../../shared/realdata');

/** Options every importer test uses unless it says otherwise. */
export const testOptions: ImportOptions = {
  evidenceId: 'ev-test',
  defaultZone: 'UTC',
  referenceYear: 2026,
};

/** A byte source over text (or bytes), cut into chunks of `chunkSize` to exercise boundaries. */
export function sourceOf(content: string | Uint8Array, chunkSize = 64 * 1024): ByteSource {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return async function* () {
    for (let start = 0; start < bytes.length; start += chunkSize) {
      await Promise.resolve(); // chunks arrive asynchronously, as from a file or a request
      yield bytes.subarray(start, start + chunkSize);
    }
  };
}

/** A byte source over a file under `../shared/realdata`. */
export function realdataSource(path: string, chunkSize?: number): ByteSource {
  return sourceOf(new Uint8Array(readFileSync(resolve(realdataRoot, path))), chunkSize);
}

/** The text of a file under `../shared/realdata`. */
export function readRealdata(path: string): string {
  return readFileSync(resolve(realdataRoot, path), 'utf8');
}

/** Everything an import produced. */
export interface ImportResult {
  items: ImportedEntry[];
  records: number;
  problems: EvidenceProblem[];
}

/**
 * Runs an importer to the end and checks every entry against the domain schema, as the pipeline
 * will: an entry the schema rejects, or would change (untrimmed title, local time), throws.
 */
export async function runImport(
  importer: Importer,
  source: ByteSource,
  options: ImportOptions = testOptions,
): Promise<ImportResult> {
  const items: ImportedEntry[] = [];
  const iterator = importer.read(source, options);
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { items, records: next.value.records, problems: next.value.problems };
    const parsed = createTimelineEntryInput.parse(next.value.entry);
    if (!isDeepStrictEqual(parsed, next.value.entry)) {
      throw new Error(`entry is not normalised: ${JSON.stringify(next.value.entry)}`);
    }
    items.push(next.value);
  }
}

/**
 * Property: any JSON value (and values shaped like the format, from `shaped`), cut into chunks
 * of any size, imports without throwing, within the test's time limit, into schema-valid entries.
 */
export async function assertImportsAnyJson(
  importer: Importer,
  shaped: fc.Arbitrary<unknown>,
): Promise<void> {
  const value = fc.oneof(fc.jsonValue(), shaped, fc.array(shaped, { maxLength: 3 }));
  await fc.assert(
    fc.asyncProperty(value, fc.integer({ min: 1, max: 97 }), async (input, chunkSize) => {
      const text = JSON.stringify(input) ?? 'null';
      const result = await runImport(importer, sourceOf(text, chunkSize));
      return result.records >= result.items.length;
    }),
    { numRuns: 300 },
  );
}

/** Property: arbitrary text never throws either, and gives at most a problem per document. */
export async function assertImportsAnyText(importer: Importer): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
      const result = await runImport(importer, sourceOf(text, 7));
      return result.problems.every((problem) => problem.message.length > 0);
    }),
    { numRuns: 200 },
  );
}
