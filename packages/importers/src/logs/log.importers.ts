import type { Importer } from '../importer';
import type { BurstOptions } from './burst-grouper';
import { detectJsonLines, detectLogfmt, detectTextLog } from './detect-log-format';
import { createLogImporter } from './log-importer';
import { createJsonLinesReader, createLogfmtReader, createTextLogReader } from './record-readers';

/**
 * JSON-lines log importer (one object per line; fields time/timestamp/ts/@timestamp/t/date,
 * level/severity/lvl/log.level, msg/message/log/event, service/service.name/app/component).
 * Pass burst options to change the window or the entry cap.
 *
 * @example
 * createJsonLinesImporter({ windowMs: 60_000 }).read(source, options);
 */
export function createJsonLinesImporter(bursts: BurstOptions = {}): Importer {
  return createLogImporter(
    {
      format: 'jsonlines',
      description: 'Log file in JSON lines (one JSON object per line), grouped into bursts',
      detect: detectJsonLines,
      createReader: createJsonLinesReader,
    },
    bursts,
  );
}

/** logfmt log importer (`ts=… level=error msg="…"`), same field names as JSON lines. */
export function createLogfmtImporter(bursts: BurstOptions = {}): Importer {
  return createLogImporter(
    {
      format: 'logfmt',
      description: 'Log file in logfmt (key=value pairs per line), grouped into bursts',
      detect: detectLogfmt,
      createReader: createLogfmtReader,
    },
    bursts,
  );
}

/** Plain-text log importer: leading timestamps, continuation lines (stack traces) joined. */
export function createTextLogImporter(bursts: BurstOptions = {}): Importer {
  return createLogImporter(
    {
      format: 'text-log',
      description: 'Plain-text log file with leading timestamps, grouped into bursts',
      detect: detectTextLog,
      createReader: createTextLogReader,
    },
    bursts,
  );
}

/** The JSON-lines importer with the default 5-minute burst window. */
export const jsonLinesImporter: Importer = createJsonLinesImporter();
/** The logfmt importer with the default 5-minute burst window. */
export const logfmtImporter: Importer = createLogfmtImporter();
/** The plain-text log importer with the default 5-minute burst window. */
export const textLogImporter: Importer = createTextLogImporter();
