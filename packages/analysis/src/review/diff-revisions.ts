import {
  postmortemSectionNames,
  type PostmortemRevision,
  type PostmortemSectionName,
} from '@aftermath/domain';
import { diffLines, type DiffLine } from './line-diff';

/**
 * The line diff of one part of a postmortem between two revisions: a section, or `rca` (the
 * root-cause analysis as indented JSON). `changed` is false when both sides are equal.
 */
export interface PartDiff {
  part: PostmortemSectionName | 'rca' | 'owner' | 'template';
  changed: boolean;
  added: number;
  removed: number;
  lines: DiffLine[];
}

/**
 * What changed between two revisions of a postmortem, part by part: every section in document
 * order, then the owner, the template and the RCA. Pure.
 *
 * @example
 * diffRevisions(v3, v5).filter((part) => part.changed).map((part) => part.part); // ['impact']
 */
export function diffRevisions(
  from: Pick<PostmortemRevision, 'sections' | 'rca' | 'owner' | 'template'>,
  to: Pick<PostmortemRevision, 'sections' | 'rca' | 'owner' | 'template'>,
): PartDiff[] {
  const parts: [PartDiff['part'], string, string][] = postmortemSectionNames.map((name) => [
    name,
    from.sections[name],
    to.sections[name],
  ]);
  parts.push(['owner', from.owner ?? '', to.owner ?? '']);
  parts.push(['template', from.template, to.template]);
  parts.push(['rca', JSON.stringify(from.rca, null, 2), JSON.stringify(to.rca, null, 2)]);
  return parts.map(([part, before, after]) => {
    const lines = before === after ? [] : diffLines(before, after);
    return {
      part,
      changed: before !== after,
      added: lines.filter((line) => line.op === 'insert').length,
      removed: lines.filter((line) => line.op === 'delete').length,
      lines,
    };
  });
}

/**
 * The names of the parts that differ between two revisions (the first revision: every non-empty
 * part), for version lists.
 *
 * @example
 * changedParts(null, first); // ['summary', 'template', 'rca']
 */
export function changedParts(
  from: Pick<PostmortemRevision, 'sections' | 'rca' | 'owner' | 'template'> | null,
  to: Pick<PostmortemRevision, 'sections' | 'rca' | 'owner' | 'template'>,
): string[] {
  if (from === null) {
    const written = postmortemSectionNames.filter((name) => to.sections[name] !== '');
    return [...written, ...(to.owner === null ? [] : ['owner'])];
  }
  return diffRevisions(from, to)
    .filter((part) => part.changed)
    .map((part) => part.part);
}
