import {
  DomainError,
  defaultRcaTaxonomy,
  parseOrThrow,
  rcaTaxonomy,
  type ErrorDetail,
  type Principal,
  type RcaTaxonomy,
  type RootCauseAnalysis,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { Repositories } from '../ports';

const settingKey = 'rcaTaxonomy';

/** The saved taxonomy, or the default one when none was saved (or the saved one is unreadable). */
export async function readRcaTaxonomy(repos: Pick<Repositories, 'settings'>): Promise<RcaTaxonomy> {
  const saved = rcaTaxonomy.safeParse(await repos.settings.get(settingKey));
  return saved.success ? saved.data : defaultRcaTaxonomy;
}

/** The workspace's trigger and root-cause codes, with labels and descriptions. */
export async function getRcaTaxonomy(ctx: Context, principal: Principal): Promise<RcaTaxonomy> {
  authorize(principal, 'incident.read');
  return readRcaTaxonomy(ctx.store);
}

type CodeList = 'triggers' | 'rootCauses';

/** Which incidents use each code of one list: code → incident keys. */
function usageOf(analyses: readonly { incidentKey: string; rca: RootCauseAnalysis }[]) {
  const usage: Record<CodeList, Map<string, string[]>> = {
    triggers: new Map(),
    rootCauses: new Map(),
  };
  const note = (list: CodeList, code: string, key: string) =>
    usage[list].set(code, [...(usage[list].get(code) ?? []), key]);
  for (const { incidentKey, rca } of analyses) {
    if (rca.trigger !== null) note('triggers', rca.trigger, incidentKey);
    for (const code of rca.rootCauses) note('rootCauses', code, incidentKey);
  }
  return usage;
}

/** One detail per code that `next` drops although a postmortem still uses it. */
function removedCodesInUse(next: RcaTaxonomy, usage: ReturnType<typeof usageOf>): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const list of ['triggers', 'rootCauses'] as const) {
    const kept = new Set(next[list].map((entry) => entry.code));
    for (const [code, keys] of usage[list]) {
      if (kept.has(code)) continue;
      const shown =
        keys.slice(0, 5).join(', ') + (keys.length > 5 ? ` and ${keys.length - 5} more` : '');
      details.push({
        path: list,
        message: `"${code}" is still used by ${shown}; keep it with "retired": true, or recode those postmortems first`,
      });
    }
  }
  return details;
}

/**
 * Replaces the workspace's RCA taxonomy (admins only). Codes must be unique per list. A code that
 * a postmortem still uses cannot be removed: the call fails with `conflict` naming the code and
 * the incidents; mark the entry `retired` instead, which hides it from pickers but keeps old
 * postmortems valid.
 */
export async function setRcaTaxonomy(
  ctx: Context,
  principal: Principal,
  input: unknown,
): Promise<RcaTaxonomy> {
  authorize(principal, 'workspace.admin');
  const taxonomy = parseOrThrow(rcaTaxonomy, input);
  await ctx.store.transaction(async (tx) => {
    const details = removedCodesInUse(taxonomy, usageOf(await tx.postmortems.listAnalyses()));
    if (details.length > 0) {
      throw new DomainError(
        'conflict',
        `${details[0]?.path}: ${details[0]?.message}${details.length > 1 ? ` (and ${details.length - 1} more)` : ''}`,
        details,
      );
    }
    await tx.settings.set(settingKey, taxonomy);
  });
  return taxonomy;
}
