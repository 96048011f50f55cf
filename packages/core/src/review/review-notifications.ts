import type { IncidentKey, NotificationEventInput } from '@aftermath/domain';
import type { Context } from '../context';
import { enqueueNotification } from '../notifications';

/** A review event that people should hear about. */
export type ReviewEvent =
  | { kind: 'review_requested'; incidentKey: IncidentKey; reviewers: string[]; by: string | null }
  | {
      kind: 'comment_mention';
      incidentKey: IncidentKey;
      commentId: string;
      mentioned: string[];
      by: string;
      body: string;
    }
  | {
      kind: 'approval';
      incidentKey: IncidentKey;
      reviewer: string;
      decision: 'approve' | 'request_changes';
      note: string;
    };

function toNotification(event: ReviewEvent): NotificationEventInput {
  const { incidentKey } = event;
  switch (event.kind) {
    case 'review_requested':
      return {
        kind: 'review_requested',
        title: `Review requested: ${incidentKey} postmortem`,
        incidentKey,
        facts: {
          Reviewers: event.reviewers.join(', '),
          ...(event.by === null ? {} : { 'Requested by': event.by }),
        },
      };
    case 'comment_mention':
      return {
        kind: 'comment_mention',
        title: `${event.by} mentioned ${event.mentioned.join(', ')} on the ${incidentKey} postmortem`,
        body: event.body,
        incidentKey,
        facts: { Mentioned: event.mentioned.join(', '), Comment: event.commentId },
      };
    case 'approval':
      return {
        kind: 'approval',
        title: `${incidentKey} postmortem ${event.decision === 'approve' ? 'approved' : 'needs changes'}: ${event.reviewer}`,
        body: event.note,
        incidentKey,
        facts: { Reviewer: event.reviewer },
      };
  }
}

/**
 * The single place review events leave for notifications: one durable delivery per subscribed
 * target, queued inside the caller's transaction, so a refused write never notifies.
 */
export async function notifyReviewEvent(ctx: Context, event: ReviewEvent): Promise<void> {
  await enqueueNotification(ctx, toNotification(event));
}
