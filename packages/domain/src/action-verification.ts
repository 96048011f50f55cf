import { z } from 'zod';
import { incidentKey } from './incident';
import { sloName } from './slo';
import { utcTimestamp } from './time';

const days = z.number().int().min(1).max(365);

/**
 * How Aftermath knows an action worked. Measurable conditions it checks itself, from the time
 * the action is marked done: `slo_burn_rate` (the SLO's burn rate stays below `below` on each
 * day, for `days` days), `no_alert_recurrence` (no alert with this Alertmanager-style
 * `fingerprint` fires for `days` days), `no_log_recurrence` (no log burst of this mined
 * `template` for `days` days), `deploy_seen` (a deploy or change entry naming `change` arrives in
 * evidence). Or `sign_off`: the named `person` signs it off with a note.
 *
 * @example
 * verificationCriteria.parse({ kind: 'no_alert_recurrence', fingerprint: 'f00dfeed12345678', days: 14 });
 */
export const verificationCriteria = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('slo_burn_rate'), slo: sloName, below: z.number().gt(0), days })
    .strict(),
  z
    .object({
      kind: z.literal('no_alert_recurrence'),
      fingerprint: z.string().trim().min(1).max(200),
      days,
    })
    .strict(),
  z
    .object({
      kind: z.literal('no_log_recurrence'),
      template: z.string().trim().min(1).max(2000),
      days,
    })
    .strict(),
  z.object({ kind: z.literal('deploy_seen'), change: z.string().trim().min(1).max(300) }).strict(),
  z.object({ kind: z.literal('sign_off'), person: z.string().trim().min(1).max(200) }).strict(),
]);
export type VerificationCriteria = z.infer<typeof verificationCriteria>;

/**
 * Where a verification stands: `waiting` (the action is not done yet), `holding` (done, the
 * condition holds so far), `met` (the action was verified), `broken` (the condition broke and the
 * action was reopened, with the evidence).
 */
export const verificationState = z.enum(['waiting', 'holding', 'met', 'broken']);
export type VerificationState = z.infer<typeof verificationState>;

/**
 * One fact a check found: what happened, when (UTC) and where it is recorded (the incident and
 * timeline entry, when it came from a timeline).
 *
 * @example { at: '2026-11-22T03:10:00.000Z', summary: 'Alert PoolSaturated fired again', incidentKey: 'INC-9', entryId: '01J…' }
 */
export const verificationEvidence = z.object({
  at: utcTimestamp,
  summary: z.string().max(1000),
  incidentKey: incidentKey.nullable(),
  entryId: z.string().nullable(),
});
export type VerificationEvidence = z.infer<typeof verificationEvidence>;

/**
 * An action's verification: its criteria and what the last check found. `since` is when the
 * current check window started (the action was marked done), `detail` says where it stands in
 * plain words, `evidence` what proved or broke it, `signOff` who signed off (sign-off criteria).
 */
export const actionVerification = z.object({
  actionId: z.string(),
  criteria: verificationCriteria,
  state: verificationState,
  since: utcTimestamp.nullable(),
  checkedAt: utcTimestamp.nullable(),
  detail: z.string(),
  evidence: z.array(verificationEvidence),
  signOff: z.object({ by: z.string(), note: z.string(), at: utcTimestamp }).nullable(),
  updatedAt: utcTimestamp,
});
export type ActionVerification = z.infer<typeof actionVerification>;

/** The body that sets an action's criteria. */
export const setVerificationInput = z.object({ criteria: verificationCriteria }).strict();

/** The body of a sign-off: a note saying what was checked. */
export const signOffInput = z
  .object({ note: z.string().trim().min(1, 'say what you checked').max(5000) })
  .strict();
