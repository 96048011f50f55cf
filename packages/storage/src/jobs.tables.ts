/** One job of the queue (see the jobs migration). Times are UTC ISO text. */
export interface JobTable {
  id: string;
  kind: string;
  /** JSON text. */
  payload: string;
  run_at: string;
  attempts: number;
  max_attempts: number;
  lease_owner: string | null;
  lease_expires_at: string | null;
  last_error: string | null;
  status: 'queued' | 'running' | 'done' | 'failed';
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
}

/** The last slot each recurring schedule enqueued. */
export interface JobScheduleTable {
  name: string;
  last_slot: string;
}

/** The job queue's tables, merged into the database's row types. */
export interface JobTables {
  jobs: JobTable;
  job_schedules: JobScheduleTable;
}
