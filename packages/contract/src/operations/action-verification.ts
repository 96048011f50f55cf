import { actionVerification, setVerificationInput } from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';
import { idParams } from '../schemas';

/**
 * A sign-off: the note says what was checked. `by` names the person when the request has no
 * signed-in user (the CLI); a signed-in user always signs as themself.
 *
 * @example { note: 'Failover drill passed on 2026-12-02; runbook updated.' }
 */
export const signOffBody = z
  .object({
    note: z.string().trim().min(1, 'say what you checked').max(5000),
    by: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

/**
 * What one run of the verification check did: actions checked, and the ids moved to verified
 * and reopened.
 *
 * @example { checked: 3, verified: ['01J…'], reopened: [] }
 */
export const verificationCheckReport = z.object({
  checked: z.number().int(),
  verified: z.array(z.string()),
  reopened: z.array(z.string()),
});

/**
 * Verification of action items: criteria Aftermath checks itself (SLO burn rate, no recurrence of
 * an alert fingerprint or log template, a deploy seen) or a named person's sign-off.
 *
 * @example
 * await client.call('setActionVerification', { params: { id }, body: { criteria: { kind: 'deploy_seen', change: 'pool-fix' } } });
 */
export const actionVerificationRoutes = {
  getActionVerification: defineRoute({
    method: 'GET',
    path: '/api/v1/actions/{id}/verification',
    summary: "An action's verification criteria and what the last check found",
    tag: 'actions',
    params: idParams,
    response: actionVerification,
  }),
  setActionVerification: defineRoute({
    method: 'PUT',
    path: '/api/v1/actions/{id}/verification',
    summary:
      'Set how an action is verified: slo_burn_rate, no_alert_recurrence, no_log_recurrence, deploy_seen or sign_off',
    tag: 'actions',
    params: idParams,
    body: setVerificationInput,
    response: actionVerification,
  }),
  signOffAction: defineRoute({
    method: 'POST',
    path: '/api/v1/actions/{id}/verification/sign-off',
    summary: 'The named person signs a done action off with a note; it becomes verified',
    tag: 'actions',
    params: idParams,
    body: signOffBody,
    response: actionVerification,
  }),
  runVerificationCheck: defineRoute({
    method: 'POST',
    path: '/api/v1/actions/verification-checks',
    summary:
      'Run the verification check now (the job runs it hourly): done → verified when the condition holds, reopened when it breaks',
    tag: 'actions',
    response: verificationCheckReport,
  }),
} as const;
