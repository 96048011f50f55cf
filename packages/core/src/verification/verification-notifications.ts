import type { ActionItem, ActionVerification, VerificationCriteria } from '@aftermath/domain';
import type { Context } from '../context';
import { enqueueNotification } from '../notifications';

/** The criteria in one line, as lists and messages show them. */
export function describeCriteria(criteria: VerificationCriteria): string {
  switch (criteria.kind) {
    case 'slo_burn_rate':
      return `SLO ${criteria.slo} burn rate below ${criteria.below} for ${criteria.days} days`;
    case 'no_alert_recurrence':
      return `no alert with fingerprint ${criteria.fingerprint} for ${criteria.days} days`;
    case 'no_log_recurrence':
      return `no log burst of "${criteria.template}" for ${criteria.days} days`;
    case 'deploy_seen':
      return `a deploy of ${criteria.change} seen in evidence`;
    case 'sign_off':
      return `sign-off by ${criteria.person}`;
  }
}

/** Queues `action_verified` or `action_reopened` (inside the caller's transaction). */
export async function notifyVerification(
  ctx: Context,
  kind: 'action_verified' | 'action_reopened',
  action: ActionItem,
  verification: ActionVerification,
): Promise<void> {
  const first = verification.evidence[0];
  await enqueueNotification(ctx, {
    kind,
    title:
      kind === 'action_verified'
        ? `Action verified: ${action.title} (${action.incidentKey})`
        : `Action reopened: ${action.title} (${action.incidentKey})`,
    body: [verification.detail, ...verification.evidence.slice(0, 5).map((e) => e.summary)].join(
      '\n',
    ),
    incidentKey: action.incidentKey,
    facts: {
      Owner: action.owner ?? 'nobody',
      Criteria: describeCriteria(verification.criteria),
      ...(first === undefined ? {} : { Evidence: `${first.at}: ${first.summary}` }),
    },
  });
}
