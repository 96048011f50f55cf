import { createRangeSpendCollector } from '@aftermath/analysis';
import { notFound, type IncidentKey, type Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { feedSamples } from './slo-status';

/** The error budget one SLO objective lost inside an incident's impact window. */
export interface SloImpactItem {
  /** As in `slo status`: the SLO name, or `slo/objective` when it has several. */
  name: string;
  slo: string;
  service: string;
  /** Budget units spent inside the window (bad events or bad slices). */
  spent: number;
  /** The budget of the SLO period ending when the window ends, in the same unit. */
  budgetTotal: number;
  /** spent ÷ budgetTotal (0.25 = a quarter of the period's budget); null without events. */
  fraction: number | null;
}

/** The impact window (UTC ISO) and what each SLO of the incident's services spent in it. */
export interface SloImpact {
  incident: IncidentKey;
  from: string;
  to: string;
  /** Which milestones bound the window, e.g. `impactStartedAt` → `resolvedAt` (`now` while open). */
  bounds: { from: string; to: string };
  items: SloImpactItem[];
}

/**
 * The error budget spent inside an incident's impact window (impact start → resolved; detection or
 * creation when impact start is unknown; now while unresolved) for every SLO of the incident's
 * services, for the postmortem's impact section.
 */
export async function computeSloImpact(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<SloImpact> {
  authorize(principal, 'incident.read');
  const incident = await ctx.store.incidents.get(key);
  if (!incident) throw notFound('incident', key);
  authorize(principal, 'incident.read', incident);
  const { milestones } = incident;
  const fromField = milestones.impactStartedAt
    ? 'impactStartedAt'
    : milestones.detectedAt
      ? 'detectedAt'
      : 'createdAt';
  const from = milestones.impactStartedAt ?? milestones.detectedAt ?? incident.createdAt;
  const to = milestones.resolvedAt ?? ctx.clock().toISOString();
  const bounds = { from: fromField, to: milestones.resolvedAt ? 'resolvedAt' : 'now' };
  const services = new Set(incident.services);
  const slos = (await ctx.store.slos.list()).filter((slo) => services.has(slo.service));
  const items: SloImpactItem[] = [];
  for (const slo of slos) {
    const collectors = slo.objectives.map((objective) =>
      createRangeSpendCollector(slo, objective, Date.parse(from), Date.parse(to)),
    );
    await feedSamples(ctx.store.slos, slo.name, collectors, Date.parse(to));
    slo.objectives.forEach((objective, index) => {
      const spend = collectors[index]?.finish();
      if (!spend) return;
      const name = slo.objectives.length > 1 ? `${slo.name}/${objective.name}` : slo.name;
      items.push({ name, slo: slo.name, service: slo.service, ...spend });
    });
  }
  return { incident: key, from, to, bounds, items };
}
