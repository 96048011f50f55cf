import type { EvidenceProblem } from '@aftermath/domain';

/** Where something starts in the evidence: a 1-based line and a 0-based byte offset. */
export interface JsonPosition {
  line: number;
  byteOffset: number;
}

/** One top-level JSON value (object or array) found in the evidence. */
export interface JsonDocument {
  /** The parsed value. */
  value: unknown;
  /** 0-based count of documents before this one (several are concatenated in JSON lines). */
  index: number;
  /** Where the document starts. */
  start: JsonPosition;
  /**
   * Where the value at `pointer` (relative to this document) starts. Positions are recorded two
   * levels deep (`/alerts/2`, `/items/15`); deeper pointers get their nearest recorded ancestor.
   */
  locate(pointer: string): JsonPosition;
}

/** What reading JSON evidence produces, in order: documents, and problems between them. */
export type JsonReadEvent =
  { type: 'document'; document: JsonDocument } | { type: 'problem'; problem: EvidenceProblem };
