export { buildProgrammeHealth } from './build-programme-health';
export type { ProgrammeHealth } from './build-programme-health';
export type { HealthIncidentFacts, HealthPostmortemFacts } from './health-facts';
export { judgeSignal } from './health-signal';
export type {
  FailureMode,
  HealthDirection,
  HealthPoint,
  HealthSignal,
  HealthStatus,
} from './health-signal';
export { WeekBuckets } from './week-buckets';
