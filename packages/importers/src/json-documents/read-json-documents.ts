import type { EvidenceProblem } from '@aftermath/domain';
import type { ByteSource } from '../importer';
import type { JsonReadEvent } from './json-document.types';
import { JsonScanner, type ScanEvent } from './json-scanner';
import { corruptGzipProblem, GzipError, gunzipIfNeeded } from './gunzip-if-needed';

/** Limits for {@link readJsonDocuments}. */
export interface JsonReadLimits {
  /** The largest single document kept in memory, in bytes (default 256 MiB). */
  maxDocumentBytes: number;
}

const defaultLimits: JsonReadLimits = { maxDocumentBytes: 256 * 1024 * 1024 };

/**
 * Reads JSON evidence as a stream of documents: one pretty-printed body, a JSON array, JSON lines
 * or several concatenated bodies (`kubectl get events -o json --watch`). Gzip is decompressed.
 * Never throws for bad input: what is not JSON becomes a problem with its line.
 *
 * Until a first document parses, problems are held back, so evidence that is not JSON at all
 * gives exactly one problem (reading stops at the first broken document), while text before a
 * valid body (saved request headers) gives one problem followed by the documents.
 *
 * @example
 * for await (const event of readJsonDocuments(source)) {
 *   if (event.type === 'document') use(event.document.value);
 *   else problems.push(event.problem);
 * }
 */
export async function* readJsonDocuments(
  source: ByteSource,
  limits: JsonReadLimits = defaultLimits,
): AsyncGenerator<JsonReadEvent> {
  const scanner = new JsonScanner(limits.maxDocumentBytes);
  const gate = new FirstDocumentGate();
  try {
    for await (const chunk of gunzipIfNeeded(source)) {
      yield* gate.pass(scanner.push(chunk));
      if (gate.stopped) break;
    }
    if (!gate.stopped) yield* gate.pass(scanner.end());
  } catch (error) {
    if (!(error instanceof GzipError)) throw error;
    gate.hold(corruptGzipProblem(error));
  }
  yield* gate.finish();
}

/** Holds problems back until the first document parses (see {@link readJsonDocuments}). */
class FirstDocumentGate {
  private held: EvidenceProblem | null = null;
  private opened = false;
  stopped = false;

  *pass(events: ScanEvent[]): Generator<JsonReadEvent> {
    for (const event of events) {
      if (this.opened) {
        yield event.type === 'text' ? { type: 'problem', problem: event.problem } : event;
      } else if (event.type === 'document') {
        this.opened = true;
        if (this.held) yield { type: 'problem', problem: this.held };
        this.held = null;
        yield event;
      } else {
        this.hold(event.problem);
        if (event.type === 'problem') this.stopped = true;
        if (this.stopped) return;
      }
    }
  }

  hold(problem: EvidenceProblem): void {
    this.held ??= problem;
  }

  *finish(): Generator<JsonReadEvent> {
    if (this.held) yield { type: 'problem', problem: this.held };
    else if (!this.opened) yield { type: 'problem', problem: emptyEvidence };
  }
}

const emptyEvidence: EvidenceProblem = {
  line: null,
  jsonPointer: null,
  message: 'the evidence is empty: no JSON document found',
};
