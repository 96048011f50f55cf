import {
  DomainError,
  type ErrorDetail,
  type IncidentKey,
  type RcaTaxonomy,
  type RootCauseAnalysis,
} from '@aftermath/domain';
import type { Repositories } from '../ports';
import { readRcaTaxonomy } from './rca-taxonomy';

/** What an analysis may refer to: the taxonomy's codes and the incident's entries and evidence. */
export interface RcaReferences {
  triggers: ReadonlySet<string>;
  rootCauses: ReadonlySet<string>;
  entryIds: ReadonlySet<string>;
  evidenceIds: ReadonlySet<string>;
}

/** Collects what an analysis of incident `key` may refer to. */
export async function loadRcaReferences(
  repos: Pick<Repositories, 'settings' | 'timeline' | 'evidence'>,
  key: IncidentKey,
): Promise<RcaReferences> {
  const [taxonomy, entries, evidence] = await Promise.all([
    readRcaTaxonomy(repos),
    repos.timeline.listByIncident(key),
    repos.evidence.listByIncident(key),
  ]);
  return {
    ...taxonomyCodes(taxonomy),
    entryIds: new Set(entries.map((entry) => entry.id)),
    evidenceIds: new Set(evidence.map((item) => item.id)),
  };
}

/** The codes of each list of a taxonomy. */
export function taxonomyCodes(taxonomy: RcaTaxonomy) {
  return {
    triggers: new Set(taxonomy.triggers.map((entry) => entry.code)),
    rootCauses: new Set(taxonomy.rootCauses.map((entry) => entry.code)),
  };
}

/** Every reference of `rca` that `refs` does not know, as error details under `prefix`. */
export function findRcaReferenceProblems(
  rca: RootCauseAnalysis,
  refs: RcaReferences,
  prefix = 'rca',
): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const add = (path: string, message: string) =>
    details.push({ path: `${prefix}.${path}`, message });
  if (rca.trigger !== null && !refs.triggers.has(rca.trigger)) {
    add('trigger', `"${rca.trigger}" is not a trigger code of this workspace's taxonomy`);
  }
  rca.rootCauses.forEach((code, i) => {
    if (!refs.rootCauses.has(code))
      add(`rootCauses.${i}`, `"${code}" is not a root-cause code of this workspace's taxonomy`);
  });
  rca.factors.forEach((factor, f) => {
    factor.entryIds.forEach((id, i) => {
      if (!refs.entryIds.has(id))
        add(`factors.${f}.entryIds.${i}`, `"${id}" is not a timeline entry of this incident`);
    });
  });
  rca.whys.forEach((chain, c) => {
    chain.links.forEach((link, l) => {
      link.evidence.forEach((cited, e) => {
        const at = `whys.${c}.links.${l}.evidence.${e}`;
        if (cited.entryId !== undefined && !refs.entryIds.has(cited.entryId))
          add(`${at}.entryId`, `"${cited.entryId}" is not a timeline entry of this incident`);
        if (cited.evidenceId !== undefined && !refs.evidenceIds.has(cited.evidenceId))
          add(`${at}.evidenceId`, `"${cited.evidenceId}" is not evidence of this incident`);
      });
    });
  });
  return details;
}

/** Throws `validation` naming every unknown code or citation of `rca`. */
export function assertRcaReferences(
  rca: RootCauseAnalysis,
  refs: RcaReferences,
  prefix = 'rca',
): void {
  const details = findRcaReferenceProblems(rca, refs, prefix);
  const first = details[0];
  if (!first) return;
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  throw new DomainError(
    'validation',
    `Invalid input: ${first.path}: ${first.message}${more}`,
    details,
  );
}
