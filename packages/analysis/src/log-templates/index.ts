export { computeGroupingAccuracy } from './grouping-accuracy';
export { maskMessage, maskToken, WILDCARD } from './mask-message';
export { DEFAULT_MINER_OPTIONS } from './miner-options';
export { createLogLineScanner } from './scan-log-line';
export type { LogLineSpans } from './scan-log-line';
export { createLogLineSplitter, splitLogLine } from './split-log-line';
export type { LogLineParts } from './split-log-line';
export { createTemplateMiner } from './template-miner';
export type {
  TemplateMatch,
  TemplateMiner,
  TemplateMinerOptions,
  TemplateSummary,
} from './template-miner.types';
export { tokenizeMessage } from './tokenize-message';
