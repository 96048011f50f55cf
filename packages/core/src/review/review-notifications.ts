import type { IncidentKey } from '@aftermath/domain';
import type { Context } from '../context';

/** A review event that people should hear about. */
export type ReviewEvent =
  | { kind: 'review_requested'; incidentKey: IncidentKey; reviewers: string[]; by: string | null }
  | {
      kind: 'comment_mention';
      incidentKey: IncidentKey;
      commentId: string;
      mentioned: string[];
      by: string;
    }
  | {
      kind: 'approval';
      incidentKey: IncidentKey;
      reviewer: string;
      decision: 'approve' | 'request_changes';
    };

/**
 * The single place review events leave for notifications. The durable notification queue
 * (`enqueueNotification` in core/notifications) is being built separately; until it lands this
 * hands events to `ctx` nowhere and returns. Wire it here, inside the caller's transaction, so a
 * refused write never notifies.
 */
export async function notifyReviewEvent(ctx: Context, event: ReviewEvent): Promise<void> {
  void ctx;
  void event;
  return Promise.resolve();
}
