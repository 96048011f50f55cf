export { importEvidence, detectionHeadBytes, type ImportEvidenceInput } from './import-evidence';
export type { ImportProgress } from './import-progress';
export { detectionThreshold, listEvidenceFormats } from './choose-importer';
export { maxEntriesPerImport, maxProblemsKept } from './collect-entries';
export { getEvidence, listEvidence, openEvidenceBytes } from './evidence-queries';
export { buildTimelineView, type TimelineView } from './timeline-view';
export { decideMilestone } from './decide-milestone';
export {
  maxExcerptLineBytes,
  readEvidenceExcerpt,
  type EvidenceExcerpt,
  type ExcerptLine,
  type ExcerptRequest,
  type LineMark,
  type PointedValue,
} from './evidence-excerpt';
export { locateJsonPointer, type DocumentHint, type PointedRange } from './locate-json-pointer';
export {
  collectBlobGarbage,
  type BlobGarbageOptions,
  type BlobGarbageReport,
} from './collect-blob-garbage';
