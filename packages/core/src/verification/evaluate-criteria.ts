import type { VerificationCriteria, VerificationEvidence } from '@aftermath/domain';
import type { Repositories } from '../ports';
import { readDailyBurn } from './slo-daily-burn';

/** What one check of a measurable condition found. */
export interface CheckOutcome {
  verdict: 'holding' | 'met' | 'broken';
  detail: string;
  evidence: VerificationEvidence[];
}

const dayMs = 86_400_000;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "No recurrence for N days": broken by any occurrence since the action was done. */
function judgeQuiet(
  found: VerificationEvidence[],
  what: string,
  days: number,
  elapsedDays: number,
): CheckOutcome {
  if (found.length > 0) {
    return {
      verdict: 'broken',
      detail: `${what} recurred ${plural(found.length, 'time')} after the action was done (first at ${found[0]?.at ?? ''}).`,
      evidence: found,
    };
  }
  if (elapsedDays >= days) {
    return { verdict: 'met', detail: `No ${what} for ${plural(days, 'day')}.`, evidence: [] };
  }
  return {
    verdict: 'holding',
    detail: `No ${what} for ${elapsedDays} of ${plural(days, 'day')} so far.`,
    evidence: [],
  };
}

async function judgeBurnRate(
  repos: Pick<Repositories, 'slos'>,
  criteria: Extract<VerificationCriteria, { kind: 'slo_burn_rate' }>,
  since: Date,
  now: Date,
): Promise<CheckOutcome> {
  const slo = await repos.slos.get(criteria.slo);
  if (slo === null) {
    return {
      verdict: 'holding',
      detail: `The SLO ${criteria.slo} no longer exists.`,
      evidence: [],
    };
  }
  const days = await readDailyBurn(repos.slos, slo, since, now);
  const hot = days.filter((day) => day.burnRate !== null && day.burnRate >= criteria.below);
  if (hot.length > 0) {
    return {
      verdict: 'broken',
      detail: `The burn rate of ${criteria.slo} reached ${criteria.below} or more on ${plural(hot.length, 'day')}.`,
      evidence: hot.slice(0, 20).map((day) => ({
        at: day.end,
        summary: `Burn rate ${(day.burnRate ?? 0).toFixed(2)} of ${criteria.slo} in the day ending ${day.end} (limit: below ${criteria.below})`,
        incidentKey: null,
        entryId: null,
      })),
    };
  }
  const full = days.filter((day) => Date.parse(day.end) - Date.parse(day.start) === dayMs);
  const measured = full.filter((day) => day.burnRate !== null).length;
  if (full.length >= criteria.days && measured >= criteria.days) {
    return {
      verdict: 'met',
      detail: `The burn rate of ${criteria.slo} stayed below ${criteria.below} for ${plural(measured, 'day')}.`,
      evidence: [],
    };
  }
  const missing = full.length - measured;
  return {
    verdict: 'holding',
    detail:
      `The burn rate of ${criteria.slo} stayed below ${criteria.below} on ${measured} of ${plural(criteria.days, 'day')} so far` +
      (missing > 0 ? ` (${plural(missing, 'day')} without SLI samples).` : '.'),
    evidence: [],
  };
}

/**
 * Checks a measurable condition over the time since the action was done (`since`) up to `now`;
 * `createdAt` (when the action was created) bounds the deploy search. Sign-off criteria are not
 * measurable: they hold until the person signs off.
 */
export async function evaluateCriteria(
  repos: Pick<Repositories, 'slos' | 'actionVerifications'>,
  criteria: VerificationCriteria,
  window: { since: Date; now: Date; createdAt: string },
): Promise<CheckOutcome> {
  const { since, now } = window;
  const after = since.toISOString();
  const until = now.toISOString();
  const elapsedDays = Math.floor((now.getTime() - since.getTime()) / dayMs);
  const found = repos.actionVerifications;
  switch (criteria.kind) {
    case 'no_alert_recurrence':
      return judgeQuiet(
        await found.findAlertFirings(criteria.fingerprint, after, until),
        `alert with fingerprint ${criteria.fingerprint}`,
        criteria.days,
        elapsedDays,
      );
    case 'no_log_recurrence':
      return judgeQuiet(
        await found.findLogBursts(criteria.template, after, until),
        `log burst of "${criteria.template}"`,
        criteria.days,
        elapsedDays,
      );
    case 'deploy_seen': {
      const deploys = await found.findDeploys(criteria.change, window.createdAt);
      return deploys.length > 0
        ? { verdict: 'met', detail: `A deploy of ${criteria.change} was seen.`, evidence: deploys }
        : { verdict: 'holding', detail: `No deploy of ${criteria.change} seen yet.`, evidence: [] };
    }
    case 'slo_burn_rate':
      return judgeBurnRate(repos, criteria, since, now);
    case 'sign_off':
      return {
        verdict: 'holding',
        detail: `Waiting for ${criteria.person} to sign off.`,
        evidence: [],
      };
  }
}
