/**
 * A GitHub-flavoured Markdown table; pipes and line breaks in cells are escaped so a title cannot
 * break the layout. Returns `_none_` when there are no rows.
 *
 * @example markdownTable(['Owner', 'Overdue'], [['ana', '2']]) // '| Owner | Overdue |\n| --- | --- |\n| ana | 2 |'
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  if (rows.length === 0) return '_none_';
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function escapeCell(cell: string): string {
  return cell.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Seconds as a short human duration: `45s`, `12m`, `3.5h`, `2.0d`; `—` for null. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)}m`;
  if (seconds < 86_400) return `${(seconds / 3600).toFixed(1)}h`;
  return `${(seconds / 86_400).toFixed(1)}d`;
}

/** A fraction as a percentage with one decimal (`0.625` → `62.5%`); `—` for null. */
export function formatShare(fraction: number | null): string {
  return fraction === null ? '—' : `${(fraction * 100).toFixed(1)}%`;
}
