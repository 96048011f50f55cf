export { buildEntry, type EntryFields } from './build-entry';
export { countKeys, hasKeyValue, looksLikeJson } from './detect-keys';
export {
  formatDuration,
  formatLabels,
  serviceFromLabels,
  toBody,
  toServiceName,
  toTitle,
} from './entry-text';
export { parseEpoch, parseInstant, type Instant } from './instant';
export type { JsonDocument, JsonPosition, JsonReadEvent } from './json-document.types';
export {
  createJsonImporter,
  type JsonImporterSpec,
  type RecordContext,
  type RecordProblem,
  type RecordResult,
} from './json-importer';
export { appendPointer, parentPointer } from './json-pointer';
export { taggedTitle, type StatusTagWord } from './status-tag';
export * from './json-values';
export { readJsonDocuments, type JsonReadLimits } from './read-json-documents';
