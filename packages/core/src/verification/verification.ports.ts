import type {
  ActionItem,
  ActionStatus,
  ActionVerification,
  VerificationEvidence,
} from '@aftermath/domain';

/**
 * Verifications of action items (one per action) and the evidence searches their checks make.
 * Times are UTC ISO; a window `(after, until]` excludes its start.
 */
export interface ActionVerificationRepository {
  get(actionId: string): Promise<ActionVerification | null>;
  /** Creates or replaces the action's verification. */
  save(verification: ActionVerification): Promise<void>;
  /** Every verification whose action is in one of `statuses`, with the action, by action id. */
  listByActionStatus(
    statuses: readonly ActionStatus[],
  ): Promise<{ verification: ActionVerification; action: ActionItem }[]>;
  /** Firing alert entries whose dedupe key carries `fingerprint`, in the window, oldest first. */
  findAlertFirings(
    fingerprint: string,
    after: string,
    until: string,
  ): Promise<VerificationEvidence[]>;
  /** Log burst entries of exactly this mined `template`, in the window, oldest first. */
  findLogBursts(template: string, after: string, until: string): Promise<VerificationEvidence[]>;
  /** Deploy and change entries naming `change` (any case) in the title or body, after `after`. */
  findDeploys(change: string, after: string): Promise<VerificationEvidence[]>;
}
