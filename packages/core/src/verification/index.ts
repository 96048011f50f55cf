export type { ActionVerificationRepository } from './verification.ports';
export {
  getActionVerification,
  setActionVerification,
  signOffAction,
  runVerificationCheck,
} from './action-verification';
export { checkActionVerifications, type VerificationCheckReport } from './check-verifications';
export { describeCriteria } from './verification-notifications';
