import type { RevisionDiff } from '@aftermath/core';
import {
  postmortemSectionTitles,
  type PostmortemRevisionSummary,
  type PostmortemSectionName,
} from '@aftermath/domain';

const otherTitles: Record<string, string> = { owner: 'Owner', template: 'Template', rca: 'RCA' };

function titleOf(part: string): string {
  return postmortemSectionTitles[part as PostmortemSectionName] ?? otherTitles[part] ?? part;
}

/** One line per version: number, time, author, changed parts. */
export function formatRevisions(key: string, items: readonly PostmortemRevisionSummary[]): string {
  if (items.length === 0) return `${key}: no saved versions yet.`;
  const lines = items.map((item) => {
    const changed = item.changed.length === 0 ? 'no change' : item.changed.map(titleOf).join(', ');
    return `v${item.version}  ${item.savedAt}  ${item.author ?? '(unknown)'}  ${changed}`;
  });
  return [`${key}: ${items.length} saved version${items.length === 1 ? '' : 's'}`, ...lines].join(
    '\n',
  );
}

/** A unified diff per changed part: `-` old line, `+` new line, two-space indent for kept lines. */
export function formatRevisionDiff(diff: RevisionDiff): string {
  const changed = diff.parts.filter((part) => part.changed);
  const head = `${diff.incidentKey}: v${diff.from} → v${diff.to}`;
  if (changed.length === 0) return `${head}: no differences.`;
  const blocks = changed.map((part) => {
    const lines = part.lines.map((line) =>
      line.op === 'equal' ? `  ${line.text}` : `${line.op === 'insert' ? '+' : '-'} ${line.text}`,
    );
    return [`## ${titleOf(part.part)} (+${part.added} -${part.removed})`, ...lines].join('\n');
  });
  return [head, ...blocks].join('\n\n');
}
