export { findSensitive } from './find-sensitive';
export { redactText } from './redact-text';
export { REDACTION_RULES } from './redaction-rules';
export type { RedactionRule } from './redaction-rules';
export { shannonEntropy, ENTROPY_THRESHOLDS } from './shannon-entropy';
export { passesLuhn, passesIbanChecksum } from './checksums';
export type {
  RedactionOptions,
  RedactionResult,
  SensitiveFinding,
  SensitiveKind,
} from './sensitive-finding';
