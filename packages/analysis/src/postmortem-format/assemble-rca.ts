import {
  rootCauseAnalysis,
  type DocumentTimelineEntry,
  type RootCauseAnalysis,
} from '@aftermath/domain';
import { formatEntryRef, parseEntryRef, timeOrder } from './entry-refs';
import type { FactorRow } from './factor-table';
import type { FrontMatter } from './front-matter';
import type { FormatProblems } from './format-problems';
import type { WhyChainRows } from './why-table';

type Meta = NonNullable<FrontMatter['postmortem']>;

/**
 * Rewrites a file's `T<n>` (the n-th timeline row in the file) as the document's `T<k>` (the k-th
 * entry in time order); reports a row that does not exist. Files Aftermath writes are already in
 * time order, so there n = k.
 */
function entryRefMapper(rows: readonly DocumentTimelineEntry[], problems: FormatProblems) {
  const positionOf = new Map(timeOrder(rows).map((fileIndex, position) => [fileIndex, position]));
  return (ref: string, line: number, field: string): string => {
    const index = parseEntryRef(ref);
    const position = index === null ? undefined : positionOf.get(index);
    if (position !== undefined) return formatEntryRef(position);
    problems.add(line, field, `"${ref}" names no timeline row; the timeline has ${rows.length}`);
    return ref;
  };
}

/**
 * The document's root-cause analysis from the front matter codes and the two RCA tables, with
 * entry references checked against the timeline rows; problems are reported, not thrown.
 */
export function assembleRca(
  meta: Meta,
  factors: readonly FactorRow[],
  whys: readonly WhyChainRows[],
  timelineRows: readonly DocumentTimelineEntry[],
  problems: FormatProblems,
): RootCauseAnalysis {
  const mapRef = entryRefMapper(timelineRows, problems);
  const rca: RootCauseAnalysis = {
    trigger: meta.trigger ?? null,
    rootCauses: meta.rootCauses ?? [],
    factors: factors.map(({ line, index, factor }) => ({
      ...factor,
      entryIds: factor.entryIds.map((ref) => mapRef(ref, line, `factors.${index}.entryIds`)),
    })),
    whys: whys.map(({ lines, firstRow, chain }) => ({
      ...chain,
      links: chain.links.map((link, l) => ({
        ...link,
        evidence: link.evidence.map((cited) =>
          cited.entryId === undefined
            ? cited
            : {
                ...cited,
                entryId: mapRef(cited.entryId, lines[l] ?? 1, `whys.${firstRow + l}.evidence`),
              },
        ),
      })),
    })),
  };
  // Repeated root causes, factor ids or chain ids: the rows are fine one by one, not together.
  for (const issue of rootCauseAnalysis.safeParse(rca).error?.issues ?? []) {
    const [list, index] = issue.path;
    const i = typeof index === 'number' ? index : 0;
    const at =
      list === 'factors'
        ? { line: factors[i]?.line ?? 1, field: `factors.${factors[i]?.index ?? i}.id` }
        : list === 'whys'
          ? { line: whys[i]?.lines[0] ?? 1, field: `whys.${whys[i]?.firstRow ?? i}.chain` }
          : { line: 1, field: `postmortem.${issue.path.join('.')}` };
    problems.add(at.line, at.field, issue.message);
  }
  return rca;
}
