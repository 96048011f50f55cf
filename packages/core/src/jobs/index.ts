export type { Job, JobStatus, NewJob, ClaimRequest, JobRepository } from './job.ports';
export { JobError } from './job-error';
export { computeRetryDelay, defaultBackoff, type BackoffPolicy } from './backoff';
export { parseSchedule, currentSlot, type Schedule } from './schedule';
export { enqueueJob, defaultMaxAttempts, type JobRequest } from './enqueue-job';
