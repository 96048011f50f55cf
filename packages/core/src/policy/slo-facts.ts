import { durationToMs, type PolicySlo } from '@aftermath/analysis';
import type { IncidentKey, Principal } from '@aftermath/domain';
import type { Context } from '../context';
import { computeSloImpact, type SloImpact } from '../slo';

/**
 * How fast an SLO's budget burned inside the impact window, relative to a steady burn that would
 * spend exactly the whole budget over the SLO period: above 1, the objective was missed for the
 * length of the window (the SLO was violated while the incident lasted).
 */
function burnRate(fraction: number, periodMs: number, windowMs: number): number {
  return windowMs <= 0 ? 0 : (fraction * periodMs) / windowMs;
}

function factsOf(impact: SloImpact, periods: ReadonlyMap<string, number>): PolicySlo[] {
  const windowMs = Date.parse(impact.to) - Date.parse(impact.from);
  return impact.items.map((item) => {
    const periodMs = periods.get(item.slo) ?? 0;
    const violated = item.fraction !== null && burnRate(item.fraction, periodMs, windowMs) > 1;
    return { name: item.name, violated, budgetSpent: item.fraction };
  });
}

/**
 * The SLO facts of an incident for the policy and the checklist: of the SLOs of its services, the
 * one that says most (violated first, then the most budget spent); null when its services have
 * no SLO. `budgetSpent` is the fraction of the period's budget spent in the impact window, null
 * without SLI data for it.
 */
export async function readSloFacts(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<PolicySlo | null> {
  const impact = await computeSloImpact(ctx, principal, key);
  if (impact.items.length === 0) return null;
  const periods = new Map(
    (await ctx.store.slos.list()).map((slo) => [slo.name, durationToMs(slo.window.duration)]),
  );
  const ranked = factsOf(impact, periods).sort(
    (a, b) =>
      Number(b.violated) - Number(a.violated) || (b.budgetSpent ?? -1) - (a.budgetSpent ?? -1),
  );
  return ranked[0] ?? null;
}
