export { otlpLogsImporter } from './otlp-logs.importer';
export { otlpTracesImporter } from './otlp-traces.importer';
export { formatTraceLine, readTraceIds } from './trace-lines';
