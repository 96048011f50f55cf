export {
  createTimestampExtractor,
  createTimestampSpanReader,
  extractTimestamp,
} from './extract-timestamp';
export type { TimestampExtractor } from './extract-timestamp';
export type { ParsedTimestamp, TimestampOptions } from './timestamp.types';
export { createZoneResolver, parseFixedOffset } from './zone-resolver';
export type { ZoneResolver } from './zone-resolver';
