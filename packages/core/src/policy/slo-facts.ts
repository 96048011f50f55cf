import { allowedErrorShare, readSampleOutcome, type PolicySlo } from '@aftermath/analysis';
import type { IncidentKey, Principal, SloDefinition, SloObjective } from '@aftermath/domain';
import type { Context } from '../context';
import { computeSloImpact, type SloImpactItem } from '../slo';

/**
 * The burn rate inside the impact window: the share of its events that failed, over the share the
 * objective allows. Above 1, the SLO was missed while the incident lasted. Null without events.
 */
async function windowBurnRate(
  ctx: Context,
  slo: SloDefinition,
  objective: SloObjective,
  window: { from: string; to: string },
): Promise<number | null> {
  let good = 0;
  let total = 0;
  for await (const sample of ctx.store.slos.streamSamples(slo.name, window.from, window.to)) {
    const outcome = readSampleOutcome(slo.indicator.kind, objective, sample);
    if (!outcome) continue;
    good += outcome.good;
    total += outcome.total;
  }
  return total > 0 ? (total - good) / total / allowedErrorShare(objective.target) : null;
}

function objectiveOf(slo: SloDefinition, item: SloImpactItem): SloObjective | undefined {
  if (slo.objectives.length === 1) return slo.objectives[0];
  return slo.objectives.find((objective) => item.name === `${slo.name}/${objective.name}`);
}

/**
 * The SLO facts of an incident for the policy and the checklist: of the SLOs of its services, the
 * one that says most (violated first, then the most budget spent); null when its services have
 * no SLO. `budgetSpent` is the fraction of the period's budget spent in the impact window, null
 * without SLI data; `violated` says the window's burn rate was above 1.
 */
export async function readSloFacts(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<PolicySlo | null> {
  const impact = await computeSloImpact(ctx, principal, key);
  const slos = new Map((await ctx.store.slos.list()).map((slo) => [slo.name, slo]));
  const facts: PolicySlo[] = [];
  for (const item of impact.items) {
    const slo = slos.get(item.slo);
    const objective = slo && objectiveOf(slo, item);
    const burn = slo && objective ? await windowBurnRate(ctx, slo, objective, impact) : null;
    facts.push({ name: item.name, violated: (burn ?? 0) > 1, budgetSpent: item.fraction });
  }
  facts.sort(
    (a, b) =>
      Number(b.violated) - Number(a.violated) || (b.budgetSpent ?? -1) - (a.budgetSpent ?? -1),
  );
  return facts[0] ?? null;
}
