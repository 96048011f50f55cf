import { DomainError, type Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { Repositories } from '../ports';

/** The settings key of the evidence retention. */
export const evidenceRetentionKey = 'evidence.retention';

/**
 * How long raw evidence files are kept: `keepDaysAfterClose` days after their incident closed,
 * or for ever when null (the default). Timeline entries and evidence records always stay.
 */
export interface EvidenceRetention {
  keepDaysAfterClose: number | null;
}

function isRetentionDays(value: unknown): value is number | null {
  return (
    value === null ||
    (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 36_500)
  );
}

/** The retention in settings; keep for ever when none was set. */
export async function readEvidenceRetention(repos: Repositories): Promise<EvidenceRetention> {
  const stored = (await repos.settings.get(
    evidenceRetentionKey,
  )) as Partial<EvidenceRetention> | null;
  const days = stored?.keepDaysAfterClose;
  return { keepDaysAfterClose: days !== undefined && isRetentionDays(days) ? days : null };
}

/** Sets the retention (admin); a bad value is a `validation` error naming the field. */
export async function setEvidenceRetention(
  ctx: Context,
  principal: Principal,
  retention: EvidenceRetention,
): Promise<EvidenceRetention> {
  authorize(principal, 'workspace.admin');
  if (!isRetentionDays(retention.keepDaysAfterClose)) {
    const message = 'expected a whole number of days from 0 to 36500, or null to keep for ever';
    throw new DomainError('validation', `keepDaysAfterClose: ${message}`, [
      { path: 'keepDaysAfterClose', message },
    ]);
  }
  const stored = { keepDaysAfterClose: retention.keepDaysAfterClose };
  await ctx.store.settings.set(evidenceRetentionKey, stored);
  return stored;
}
