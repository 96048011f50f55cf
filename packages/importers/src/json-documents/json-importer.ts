import type { EvidenceFormat, EvidenceProblem, EvidenceRef } from '@aftermath/domain';
import type { ImportedEntry, Importer, ImportOptions, ImportSummary } from '../importer';
import type { JsonDocument } from './json-document.types';
import { parentPointer } from './json-pointer';
import { readJsonDocuments } from './read-json-documents';
import { ProblemList } from '../problem-list';

const POINTER_MAX = 500;

/** What an importer is given for each JSON document it reads. */
export interface RecordContext {
  readonly options: ImportOptions;
  readonly document: JsonDocument;
  /**
   * The evidence reference for the value at `pointer` (relative to the document): its line, byte
   * offset and the pointer itself.
   */
  evidenceAt(pointer: string): EvidenceRef;
}

/**
 * A record that could not become an entry, and why (the message names the field). With
 * `aboutDocument` the problem concerns the document as a whole and is not counted as a record.
 */
export interface RecordProblem {
  pointer: string;
  problem: string;
  aboutDocument?: boolean;
}

/** What an importer makes of one record: an entry, or a problem. */
export type RecordResult = ImportedEntry | RecordProblem;

/** The parts of a JSON importer that differ from format to format. */
export interface JsonImporterSpec {
  format: EvidenceFormat;
  description: string;
  detect(head: string, name: string | null): number;
  /** Turns one parsed document into records; must not throw for any JSON value. */
  extractRecords(value: unknown, context: RecordContext): Iterable<RecordResult>;
}

/**
 * An {@link Importer} for evidence made of JSON documents (webhook bodies, API lists, JSON
 * lines). Reading, gzip, line and pointer tracking, problem capping and the summary are shared;
 * the format supplies detection and record extraction. A record that throws becomes a problem.
 *
 * @example
 * export const pagerdutyImporter = createJsonImporter({
 *   format: 'pagerduty', description: 'PagerDuty Webhooks v3', detect, extractRecords,
 * });
 */
export function createJsonImporter(spec: JsonImporterSpec): Importer {
  return {
    format: spec.format,
    description: spec.description,
    detect: (head, name) => clampConfidence(spec.detect(head, name)),
    read: (source, options) => readRecords(spec, source, options),
  };
}

async function* readRecords(
  spec: JsonImporterSpec,
  source: Parameters<Importer['read']>[0],
  options: ImportOptions,
): AsyncGenerator<ImportedEntry, ImportSummary> {
  const problems = new ProblemList();
  let records = 0;
  for await (const event of readJsonDocuments(source)) {
    if (event.type === 'problem') {
      problems.add(event.problem);
      continue;
    }
    const context = createContext(event.document, options);
    for (const result of safeRecords(spec, event.document, context)) {
      if (!('problem' in result && result.aboutDocument)) records += 1;
      if ('problem' in result) problems.add(toProblem(result, context));
      else yield result;
    }
  }
  return { records, problems: problems.list() };
}

function* safeRecords(spec: JsonImporterSpec, document: JsonDocument, context: RecordContext) {
  try {
    yield* spec.extractRecords(document.value, context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const problem: RecordProblem = {
      pointer: '',
      problem: `could not read this document: ${reason}`,
      aboutDocument: true,
    };
    yield problem;
  }
}

function createContext(document: JsonDocument, options: ImportOptions): RecordContext {
  return {
    options,
    document,
    evidenceAt(pointer) {
      const kept = shortenPointer(pointer);
      const position = document.locate(kept);
      return {
        evidenceId: options.evidenceId,
        line: position.line,
        byteOffset: position.byteOffset,
        jsonPointer: kept,
      };
    },
  };
}

function toProblem(result: RecordProblem, context: RecordContext): EvidenceProblem {
  const ref = context.evidenceAt(result.pointer);
  return { line: ref.line, jsonPointer: ref.jsonPointer, message: result.problem };
}

/** Pointers longer than the schema allows point at their nearest short-enough ancestor. */
function shortenPointer(pointer: string): string {
  let kept: string | null = pointer;
  while (kept !== null && kept.length > POINTER_MAX) kept = parentPointer(kept);
  return kept ?? '';
}

function clampConfidence(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
