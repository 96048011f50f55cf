import { countSourceKinds } from '@aftermath/analysis';
import { systemPrincipal, type IncidentKey } from '@aftermath/domain';
import type { Context } from '../context';
import { checkPostmortem, countGaps } from './incident-facts';
import type { StaleSummary, SummaryFacts } from './metrics.ports';

const PAGE = 200;

/** Coverage and checklist of one incident, worked out as `aftermath timeline` and `checklist` do. */
async function workOutFacts(ctx: Context, row: StaleSummary): Promise<SummaryFacts | null> {
  const { store } = ctx;
  const incident = await store.incidents.get(row.key);
  if (!incident) return null;
  const facts: SummaryFacts = {};
  if (row.needsCoverage) {
    const evidence = await store.evidence.listByIncident(row.key);
    facts.covered =
      countSourceKinds(evidence.map((record) => record.format)) >= 2 &&
      countGaps(incident, await store.timeline.listByIncident(row.key)) === 0;
  }
  if (row.hasPostmortem) {
    // The checklist is the workspace's, not the reader's: the summary serves every reader.
    const checklist = await checkPostmortem(ctx, systemPrincipal, incident);
    facts.checklist = checklist && { passed: checklist.itemsPassed, total: checklist.itemsTotal };
  }
  return facts;
}

/**
 * Works out the summary facts only the application can (telemetry gaps need the sources'
 * cadence, a checklist the policy and the linters) for the incidents whose inputs changed since
 * they were last worked out; returns how many. The write hook marks them in the write's
 * transaction; a fact saved while another write marked the row again is left for the next call.
 */
export async function refreshSummaryFacts(ctx: Context): Promise<number> {
  let done = 0;
  for (let after: IncidentKey | null = null; ;) {
    const page = await ctx.store.metrics.listStaleSummaries(after, PAGE);
    for (const row of page) {
      const facts = await workOutFacts(ctx, row);
      if (facts && (await ctx.store.metrics.saveSummaryFacts(row.key, row.stale, facts))) done += 1;
    }
    if (page.length < PAGE) return done;
    after = page[page.length - 1]?.key ?? null;
  }
}
