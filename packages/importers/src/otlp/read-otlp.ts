import type { EvidenceProblem, EvidenceRef } from '@aftermath/domain';
import type { ByteSource, ImportedEntry, ImportOptions, ImportSummary } from '../importer';
import { readJsonDocuments, type JsonDocument } from '../json-documents';
import { ProblemList } from '../problem-list';
import { walkOtlp, type OtlpRecord, type OtlpShape } from './walk-otlp';

/** What a collector makes of records: entries, or problems located in the evidence. */
export type CollectorResult = ImportedEntry | EvidenceProblem;

/**
 * Turns records into entries, holding some back (a log burst still growing, a trace whose root
 * has not been seen) until `finish`. Must not throw.
 */
export interface OtlpCollector {
  add(item: OtlpRecord, evidence: EvidenceRef): Iterable<CollectorResult>;
  finish(): Iterable<CollectorResult>;
}

/**
 * Reads OTLP/JSON evidence (one export request, a JSON array of them, or JSON lines) and runs
 * every record through `collector`. Malformed parts and records become problems with their
 * line and JSON pointer; nothing here throws for bad input.
 */
export async function* readOtlp(
  source: ByteSource,
  options: ImportOptions,
  shape: OtlpShape,
  collector: OtlpCollector,
): AsyncGenerator<ImportedEntry, ImportSummary> {
  const problems = new ProblemList();
  let records = 0;
  const sort = function* (results: Iterable<CollectorResult>) {
    for (const result of results) {
      if ('message' in result) problems.add(result);
      else yield result;
    }
  };
  for await (const event of readJsonDocuments(source)) {
    if (event.type === 'problem') {
      problems.add(event.problem);
      continue;
    }
    for (const found of walkOtlp(event.document.value, shape)) {
      const evidence = evidenceAt(event.document, options, found.pointer);
      if ('problem' in found) {
        if (!found.aboutDocument) records += 1;
        problems.add({ line: evidence.line, jsonPointer: found.pointer, message: found.problem });
        continue;
      }
      records += 1;
      yield* sort(collector.add(found, evidence));
    }
  }
  yield* sort(collector.finish());
  return { records, problems: problems.list() };
}

function evidenceAt(document: JsonDocument, options: ImportOptions, pointer: string): EvidenceRef {
  // Positions are recorded two levels deep; the pointer itself stays exact.
  const position = document.locate(pointer);
  return {
    evidenceId: options.evidenceId,
    line: position.line,
    byteOffset: position.byteOffset,
    jsonPointer: pointer,
  };
}
