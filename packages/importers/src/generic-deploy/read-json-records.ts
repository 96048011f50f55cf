import type { EvidenceProblem } from '@aftermath/domain';
import type { ByteSource } from '../importer';
import { arrayElementLines, lineOfParseError } from './json-positions';
import { readLines, type TextLine } from './read-lines';

/** Where a record sits in the evidence: its line, byte offset and JSON pointer (when known). */
export interface RecordPosition {
  line: number | null;
  byteOffset: number | null;
  jsonPointer: string | null;
}

/** A parsed JSON value with its position, or a problem where nothing could be parsed. */
export type JsonRecord =
  { ok: true; value: unknown; position: RecordPosition } | { ok: false; problem: EvidenceProblem };

/**
 * A JSON array or a pretty-printed object is parsed whole, so it is capped; JSON lines stream
 * without limit.
 */
export const maxJsonDocumentBytes = 64 * 1024 * 1024;

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function* documentRecords(text: string, firstLine: number): Generator<JsonRecord> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const line = lineOfParseError(text, error);
    const at = line === null ? firstLine : firstLine + line - 1;
    yield {
      ok: false,
      problem: { line: at, jsonPointer: null, message: `not valid JSON: ${reason(error)}` },
    };
    return;
  }
  if (!Array.isArray(document)) {
    yield {
      ok: true,
      value: document,
      position: { line: firstLine, byteOffset: null, jsonPointer: '' },
    };
    return;
  }
  const lines = arrayElementLines(text);
  for (const [index, value] of document.entries()) {
    const line = lines[index];
    yield {
      ok: true,
      value,
      position: {
        line: line === undefined ? null : firstLine + line - 1,
        byteOffset: null,
        jsonPointer: `/${index}`,
      },
    };
  }
}

function lineRecord(line: TextLine, text: string): JsonRecord {
  try {
    const value: unknown = JSON.parse(text);
    return {
      ok: true,
      value,
      position: { line: line.line, byteOffset: line.byteOffset, jsonPointer: null },
    };
  } catch (error) {
    return {
      ok: false,
      problem: { line: line.line, jsonPointer: null, message: `not valid JSON: ${reason(error)}` },
    };
  }
}

/**
 * Reads JSON records from JSON lines (one value per line, streamed), a JSON array (one record per
 * element) or a single JSON object, possibly pretty-printed. Which one is decided by the first
 * non-blank line. Unparseable input becomes a problem with its line, never an exception.
 *
 * @example
 * for await (const record of readJsonRecords(source)) if (record.ok) use(record.value);
 */
export async function* readJsonRecords(source: ByteSource): AsyncGenerator<JsonRecord> {
  let document: { parts: string[]; bytes: number; firstLine: number } | null = null;
  let decided = false;
  for await (const line of readLines(source)) {
    if (document !== null) {
      document.parts.push(line.text);
      document.bytes += line.text.length + 1;
      if (document.bytes > maxJsonDocumentBytes) {
        const message = `a JSON document over ${maxJsonDocumentBytes / 1024 / 1024} MiB; write it as JSON lines (one record per line) instead`;
        yield { ok: false, problem: { line: document.firstLine, jsonPointer: null, message } };
        return;
      }
      continue;
    }
    const text = line.text.trim();
    if (text === '') continue;
    if (!decided) {
      decided = true;
      if (text.startsWith('[') || (text.startsWith('{') && !parses(text))) {
        document = { parts: [line.text], bytes: line.text.length + 1, firstLine: line.line };
        continue;
      }
    }
    yield lineRecord(line, text);
  }
  if (document !== null) yield* documentRecords(document.parts.join('\n'), document.firstLine);
}
