import { z } from 'zod';
import { DomainError, type ErrorDetail } from './errors';
import { utcTimestamp } from './time';

/** The milestone names in the order they must happen. */
export const milestoneNames = [
  'impactStartedAt',
  'detectedAt',
  'acknowledgedAt',
  'mitigatedAt',
  'resolvedAt',
  'closedAt',
] as const;
export type MilestoneName = (typeof milestoneNames)[number];

/** Raw milestone timestamps (UTC ISO strings, or null when not reached). MTTx are derived on demand. */
export const milestones = z.object({
  impactStartedAt: utcTimestamp.nullable(),
  detectedAt: utcTimestamp.nullable(),
  acknowledgedAt: utcTimestamp.nullable(),
  mitigatedAt: utcTimestamp.nullable(),
  resolvedAt: utcTimestamp.nullable(),
  closedAt: utcTimestamp.nullable(),
});
export type Milestones = z.infer<typeof milestones>;

/** Milestones with none set. */
export const emptyMilestones: Milestones = {
  impactStartedAt: null,
  detectedAt: null,
  acknowledgedAt: null,
  mitigatedAt: null,
  resolvedAt: null,
  closedAt: null,
};

/**
 * Lists every pair of set milestones that is out of order (a later milestone before an earlier one).
 * Unset milestones are skipped: `impactStartedAt ≤ detectedAt ≤ … ≤ closedAt` among those set.
 */
export function findMilestoneOrderProblems(value: Milestones): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  let previous: { name: MilestoneName; at: string } | null = null;
  for (const name of milestoneNames) {
    const at = value[name];
    if (at === null) continue;
    if (previous && at < previous.at) {
      problems.push({
        path: `milestones.${name}`,
        message: `${name} (${at}) is before ${previous.name} (${previous.at})`,
      });
    }
    if (!previous || at >= previous.at) previous = { name, at };
  }
  return problems;
}

/**
 * Throws a `milestone_order` error unless the milestones are in order or an override reason is
 * given (evidence sometimes shows, say, detection before the recorded impact start).
 */
export function assertMilestoneOrder(value: Milestones, overrideReason: string | null): void {
  if (overrideReason !== null && overrideReason.trim() !== '') return;
  const problems = findMilestoneOrderProblems(value);
  if (problems.length === 0) return;
  throw new DomainError(
    'milestone_order',
    `Milestones out of order: ${problems.map((p) => p.message).join('; ')}. ` +
      'Fix the times, or set milestoneOrderOverride with the reason the evidence shows.',
    problems,
  );
}
