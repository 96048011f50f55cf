export {
  createTimestampExtractor,
  createTimestampFields,
  createTimestampScanner,
  createTimestampSpanReader,
  extractTimestamp,
} from './extract-timestamp';
export type { TimestampExtractor, TimestampScanner } from './extract-timestamp';
export { IsoFormatter } from './format-iso';
export type { ParsedTimestamp, TimestampFields, TimestampOptions } from './timestamp.types';
export { createZoneResolver, parseFixedOffset } from './zone-resolver';
export type { ZoneResolver } from './zone-resolver';
