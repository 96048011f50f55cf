export { maturityLevels, noMaturityInputs } from './maturity-inputs';
export type { MaturityInputs, MaturityLevel } from './maturity-inputs';
export { assessMaturity } from './assess-maturity';
export type { MaturityAssessment, MaturityCheck } from './assess-maturity';
