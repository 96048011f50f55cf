export {
  BurstGrouper,
  DEFAULT_BURST_WINDOW_MS,
  DEFAULT_MAX_BURST_ENTRIES,
  type BurstOptions,
} from './burst-grouper';
export { detectJsonLines, detectLogfmt, detectTextLog } from './detect-log-format';
export { LineSplitter, LOG_LINE_BYTES_MAX, type LineHandler } from './line-splitter';
export { createLogImporter, type LogImporterSpec } from './log-importer';
export {
  createJsonLinesImporter,
  createLogfmtImporter,
  createTextLogImporter,
  jsonLinesImporter,
  logfmtImporter,
  textLogImporter,
} from './log.importers';
