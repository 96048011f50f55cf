import {
  createObjectiveEvaluator,
  type AlertState,
  type BurnRateReading,
  type ErrorBudget,
  type ObjectiveEvaluator,
} from '@aftermath/analysis';
import { DomainError, type Principal, type SloDefinition } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { SloRepository } from './slo.ports';
import { getSlo } from './slo-definitions';

/**
 * An SLO objective's state at an instant. `name` is the SLO's name, or `slo/objective` when the
 * SLO has several objectives.
 */
export interface SloStatus {
  name: string;
  slo: string;
  service: string;
  objective: string;
  target: number;
  budget: ErrorBudget;
  burnRates: BurnRateReading[];
  alert: AlertState;
  /** UTC ISO instant the state is for. */
  evaluatedAt: string;
}

/** Feeds the SLO's samples once, in time order, to every evaluator (reading pages, not the series). */
export async function feedSamples(
  slos: SloRepository,
  name: string,
  consumers: readonly { since: number; add: ObjectiveEvaluator['add'] }[],
  until: number,
): Promise<void> {
  if (consumers.length === 0) return;
  const since = Math.min(...consumers.map((consumer) => consumer.since));
  const samples = slos.streamSamples(
    name,
    new Date(since).toISOString(),
    new Date(until).toISOString(),
  );
  for await (const sample of samples) for (const consumer of consumers) consumer.add(sample);
}

/** The state of every objective of one SLO at `at` (epoch ms). */
export async function evaluateSlo(
  slos: SloRepository,
  slo: SloDefinition,
  at: number,
): Promise<SloStatus[]> {
  const evaluators = slo.objectives.map((objective) =>
    createObjectiveEvaluator(slo, objective, at),
  );
  await feedSamples(slos, slo.name, evaluators, at);
  return slo.objectives.map((objective, index) => {
    const result = evaluators[index]?.finish();
    if (!result) throw new Error('unreachable: one evaluator per objective');
    return {
      name: slo.objectives.length > 1 ? `${slo.name}/${objective.name}` : slo.name,
      slo: slo.name,
      service: slo.service,
      objective: objective.name,
      target: objective.target,
      ...result,
      evaluatedAt: new Date(at).toISOString(),
    };
  });
}

/**
 * Budget, burn rates and alert state of every SLO (or the one named) at `at` (UTC ISO; default now).
 *
 * @example await computeSloStatus(ctx, principal) // [{ name, budget, burnRates, alert, … }]
 */
export async function computeSloStatus(
  ctx: Context,
  principal: Principal,
  options: { name?: string; at?: string } = {},
): Promise<SloStatus[]> {
  authorize(principal, 'incident.read');
  const at = options.at === undefined ? ctx.clock().getTime() : Date.parse(options.at);
  if (Number.isNaN(at)) {
    throw new DomainError('validation', `at: "${options.at}" is not an ISO 8601 time`, [
      { path: 'at', message: 'expected an ISO 8601 time with a zone' },
    ]);
  }
  const slos =
    options.name === undefined
      ? await ctx.store.slos.list()
      : [await getSlo(ctx, principal, options.name)];
  const statuses: SloStatus[] = [];
  for (const slo of slos) statuses.push(...(await evaluateSlo(ctx.store.slos, slo, at)));
  return statuses;
}
