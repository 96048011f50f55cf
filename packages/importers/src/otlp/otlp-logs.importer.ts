import type { EvidenceRef } from '@aftermath/domain';
import type { Importer } from '../importer';
import { countKeys, looksLikeJson } from '../json-documents';
import { LogBurst } from './log-burst';
import { readLogLine } from './log-record';
import { readOtlp, type CollectorResult, type OtlpCollector } from './read-otlp';
import type { OtlpRecord, OtlpShape } from './walk-otlp';

const logsShape: OtlpShape = {
  name: 'OTLP/JSON logs',
  resources: 'resourceLogs',
  scopes: ['scopeLogs', 'instrumentationLibraryLogs'],
  items: 'logRecords',
  itemName: 'a log record',
};

/**
 * OTLP/JSON logs (`ExportLogsServiceRequest`: `resourceLogs` → `scopeLogs` → `logRecords`), as
 * the OTLP/HTTP JSON encoding writes them: hex trace/span ids, integer `severityNumber`, times
 * as strings of nanoseconds. One export request, a JSON array of them or JSON lines import.
 *
 * Consecutive records of one service and one severity range within a minute become one `log`
 * entry titled with the range and the count (`[ERROR:12] checkout: db timeout`), so error
 * bursts stand out and info chatter does not flood the timeline. The body keeps the distinct
 * messages with counts, the first record's attributes and the records' trace ids as
 * `Trace: <hex>` lines. Service from the resource's `service.name`.
 *
 * @example
 * for await (const item of otlpLogsImporter.read(source, options)) store(item);
 */
export const otlpLogsImporter: Importer = {
  format: 'otlp-logs',
  description: 'OpenTelemetry OTLP/JSON logs (resourceLogs)',
  detect: detectOtlpLogs,
  read: (source, options) => readOtlp(source, options, logsShape, createLogCollector()),
};

function detectOtlpLogs(head: string): number {
  if (!looksLikeJson(head)) return 0;
  if (countKeys(head, ['resourceLogs']) > 0) return 0.95;
  return countKeys(head, ['scopeLogs', 'logRecords', 'severityNumber', 'timeUnixNano']) >= 2
    ? 0.7
    : 0;
}

function createLogCollector(): OtlpCollector {
  let burst: LogBurst | null = null;
  return {
    *add(item: OtlpRecord, evidence: EvidenceRef): Generator<CollectorResult> {
      const line = readLogLine(item);
      if (typeof line === 'string') {
        yield { line: evidence.line, jsonPointer: evidence.jsonPointer, message: line };
        return;
      }
      if (burst?.accepts(line)) {
        burst.add(line);
        return;
      }
      if (burst) yield burst.toEntry();
      burst = new LogBurst(line, evidence);
    },
    *finish(): Generator<CollectorResult> {
      if (burst) yield burst.toEntry();
      burst = null;
    },
  };
}
