export {
  evidenceRetentionKey,
  readEvidenceRetention,
  setEvidenceRetention,
  type EvidenceRetention,
} from './evidence-retention';
export { purgeExpiredEvidence, type PurgeReport, type PurgedBlob } from './purge-expired-evidence';
