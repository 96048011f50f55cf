import type { EvidenceFormat, EvidenceProblem } from '@aftermath/domain';
import type {
  ByteSource,
  ImportedEntry,
  Importer,
  ImportOptions,
  ImportSummary,
} from '../importer';
import { corruptGzipProblem, GzipError, gunzipIfNeeded } from '../json-documents/gunzip-if-needed';
import { BurstGrouper, type BurstOptions } from './burst-grouper';
import { LineSplitter } from './line-splitter';
import { isTimed, type LogRecord } from './log-record';
import { LogProblemList } from './problem-list';
import type { RecordReader, RecordReaderContext } from './record-readers';

/** What distinguishes one log format's importer from another. */
export interface LogImporterSpec {
  format: EvidenceFormat;
  description: string;
  detect(head: string, name: string | null): number;
  createReader(context: RecordReaderContext): RecordReader;
}

/**
 * Builds a streaming log importer: bytes are split into lines chunk by chunk (gzip read
 * transparently), lines into records by the format's reader, records into bursts (see
 * {@link BurstGrouper}); entries are yielded after each chunk. Records without a readable time
 * and malformed lines become problems with their line numbers (the first 1000, then a count).
 *
 * @example
 * const importer = createLogImporter(spec, { windowMs: 60_000 });
 * for await (const { entry } of importer.read(source, options)) console.log(entry.title);
 */
export function createLogImporter(spec: LogImporterSpec, bursts: BurstOptions = {}): Importer {
  async function* read(
    source: ByteSource,
    options: ImportOptions,
  ): AsyncGenerator<ImportedEntry, ImportSummary> {
    const problems = new LogProblemList();
    const grouper = new BurstGrouper(
      { format: spec.format, evidenceId: options.evidenceId },
      bursts,
    );
    const pending: ImportedEntry[] = [];
    const emit = (entry: ImportedEntry): void => void pending.push(entry);
    let records = 0;
    const onRecord = (record: LogRecord): void => {
      records += 1;
      if (isTimed(record)) grouper.add(record, emit);
      else problems.add(record.line, 'no readable time in the record');
    };
    const reader = spec.createReader({ options, problems, onRecord });
    const onLine = reader.line.bind(reader);
    const splitter = new LineSplitter();
    // A corrupt .gz is a problem of the evidence: keep what was read before it, as JSON does.
    const gzip: EvidenceProblem[] = [];
    try {
      for await (const chunk of gunzipIfNeeded(source)) {
        splitter.push(chunk, onLine);
        if (pending.length > 0) yield* pending.splice(0);
      }
    } catch (error) {
      if (!(error instanceof GzipError)) throw error;
      gzip.push(corruptGzipProblem(error));
    }
    splitter.end(onLine);
    reader.end();
    grouper.finish(emit);
    yield* pending.splice(0);
    return { records, problems: [...problems.list(), ...gzip] };
  }
  return {
    format: spec.format,
    description: spec.description,
    detect: (head, name) => spec.detect(head, name),
    read,
  };
}
