import { postmortemSectionTitles, type PostmortemSectionName } from '@aftermath/domain';
import type { VersionDiff } from './use-history';

const otherTitles: Record<string, string> = {
  owner: 'Owner',
  template: 'Template',
  rca: 'Root-cause analysis',
};
const marks = { equal: ' ', delete: '−', insert: '+' } as const;

/** A part's heading: the section title, or Owner / Template / Root-cause analysis. */
export function titleOf(part: string): string {
  return postmortemSectionTitles[part as PostmortemSectionName] ?? otherTitles[part] ?? part;
}

/** A unified diff per changed part: removed lines in red with −, added in green with +. */
export function DiffView({ diff }: { diff: VersionDiff }) {
  const changed = diff.parts.filter((part) => part.changed);
  if (changed.length === 0)
    return (
      <p className="muted">
        No differences between v{diff.from} and v{diff.to}.
      </p>
    );
  return (
    <div className="diff-view" aria-label={`Changes from v${diff.from} to v${diff.to}`}>
      {changed.map((part) => (
        <section key={part.part} className="diff-part">
          <h4>
            {titleOf(part.part)} <span className="diff-added">+{part.added}</span>{' '}
            <span className="diff-removed">−{part.removed}</span>
          </h4>
          <table className="diff-lines">
            <tbody>
              {part.lines.map((line, index) => (
                <tr key={index} className={`diff-${line.op}`}>
                  <td className="diff-num">{line.oldLine ?? ''}</td>
                  <td className="diff-num">{line.newLine ?? ''}</td>
                  <td
                    className="diff-mark"
                    aria-label={
                      line.op === 'equal' ? undefined : line.op === 'insert' ? 'added' : 'removed'
                    }
                  >
                    {marks[line.op]}
                  </td>
                  <td className="diff-text">{line.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
