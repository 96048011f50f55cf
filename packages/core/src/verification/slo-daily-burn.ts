import {
  BudgetTally,
  computeBurnRate,
  readSampleOutcome,
  readTallyRule,
} from '@aftermath/analysis';
import type { SloDefinition } from '@aftermath/domain';
import type { SloRepository } from '../slo/slo.ports';

const dayMs = 86_400_000;

/** The longest stretch a check reads, in days: a bound on the work of one check. */
const maxDays = 400;

/** One day of a burn-rate check: the day `(start, end]` and its burn rate (null: no samples). */
export interface DailyBurn {
  start: string;
  end: string;
  burnRate: number | null;
}

/**
 * The burn rate of the SLO's first objective on each day from `since` to `now` (the last day
 * may be partial), days counted from `since` rather than midnight so day one starts when the
 * action was done. Samples are streamed a day at a time.
 */
export async function readDailyBurn(
  slos: Pick<SloRepository, 'streamSamples'>,
  slo: SloDefinition,
  since: Date,
  now: Date,
): Promise<DailyBurn[]> {
  const objective = slo.objectives[0];
  if (objective === undefined) return [];
  const rule = readTallyRule(slo, objective);
  const days: DailyBurn[] = [];
  for (
    let start = since.getTime();
    start < now.getTime() && days.length < maxDays;
    start += dayMs
  ) {
    const end = Math.min(start + dayMs, now.getTime());
    const tally = new BudgetTally(rule);
    let seen = 0;
    const from = new Date(start).toISOString();
    const until = new Date(end).toISOString();
    for await (const sample of slos.streamSamples(slo.name, from, until)) {
      const outcome = readSampleOutcome(slo.indicator.kind, objective, sample);
      if (outcome === null) continue;
      tally.add(outcome);
      seen += 1;
    }
    const burnRate =
      seen === 0 ? null : computeBurnRate(tally.result(end - start), objective.target);
    days.push({ start: from, end: until, burnRate });
  }
  return days;
}
