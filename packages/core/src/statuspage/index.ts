export {
  importStatuspageHistory,
  type StatuspageImportOptions,
  type StatuspageImportResult,
} from './import-statuspage-history';
