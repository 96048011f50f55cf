import type { RootCauseAnalysis } from '@aftermath/domain';

/**
 * Rewrites every timeline citation of `rca` through `map`; a citation `map` returns undefined for
 * is dropped (an entry deleted after it was cited has nothing left to point at).
 */
export function mapRcaEntryIds(
  rca: RootCauseAnalysis,
  map: (entryId: string) => string | undefined,
): RootCauseAnalysis {
  return {
    ...rca,
    factors: rca.factors.map((factor) => ({
      ...factor,
      entryIds: factor.entryIds.flatMap((id) => map(id) ?? []),
    })),
    whys: rca.whys.map((chain) => ({
      ...chain,
      links: chain.links.map((link) => ({
        ...link,
        evidence: link.evidence.flatMap((cited) => {
          if (cited.entryId === undefined) return [cited];
          const entryId = map(cited.entryId);
          if (entryId !== undefined) return [{ ...cited, entryId }];
          const { entryId: _gone, ...rest } = cited;
          return rest.evidenceId === undefined ? [] : [rest];
        }),
      })),
    })),
  };
}

/** Storage ids → document positions (`T1` is the first entry of `orderedIds`). */
export function rcaToDocument(rca: RootCauseAnalysis, orderedIds: readonly string[]) {
  const position = new Map(orderedIds.map((id, index) => [id, `T${index + 1}`]));
  return mapRcaEntryIds(rca, (id) => position.get(id));
}

/** Document positions → the storage ids the imported entries got (`newIds[0]` for `T1`). */
export function rcaFromDocument(rca: RootCauseAnalysis, newIds: readonly string[]) {
  return mapRcaEntryIds(rca, (ref) => {
    const match = /^T([1-9][0-9]*)$/.exec(ref);
    // An unknown reference stays as it is, so the reference check names it instead of losing it.
    return (match ? newIds[Number(match[1]) - 1] : undefined) ?? ref;
  });
}
