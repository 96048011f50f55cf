import { contributingFactor, type ContributingFactor } from '@aftermath/domain';
import type { FormatProblems } from './format-problems';
import { parseTable, renderTable, type TableColumn } from './markdown-table';
import { describeIssues } from './schema-issues';
import type { NumberedLine } from './split-front-matter';
import { encodeCell, encodeTextCell } from './table-cell';
import { isEntryRef } from './entry-refs';

type FactorColumnKey = 'id' | 'category' | 'description' | 'entryIds';

/** The contributing factor table's columns, in rendered order. */
export const factorColumns: readonly TableColumn<FactorColumnKey>[] = [
  { key: 'id', heading: 'ID', required: true },
  { key: 'category', heading: 'Category', required: true },
  { key: 'description', heading: 'Description', aliases: ['Factor'], required: true },
  { key: 'entryIds', heading: 'Timeline entries', aliases: ['Entries'] },
];

/** The factors as a Markdown table; cited entries as `T<n>`, comma-separated. */
export function renderFactorTable(factors: readonly ContributingFactor[]): string {
  return renderTable(
    factorColumns.map((c) => c.heading),
    factors.map((f) => [
      encodeCell(f.id),
      encodeCell(f.category),
      encodeTextCell(f.description),
      encodeCell(f.entryIds.length === 0 ? null : f.entryIds.join(', ')),
    ]),
  );
}

/** A factor row read from the table, with its file line (for checks of the cited entries). */
export interface FactorRow {
  line: number;
  index: number;
  factor: ContributingFactor;
}

/** Reads the contributing factor table, rows in file order. */
export function parseFactorTable(
  lines: readonly NumberedLine[],
  problems: FormatProblems,
): FactorRow[] {
  const factors: FactorRow[] = [];
  for (const row of parseTable(lines, factorColumns, 'factors', problems)) {
    const prefix = `factors.${row.index}`;
    const before = problems.count;
    const refs = (row.cells.get('entryIds') ?? '')
      .split(',')
      .map((ref) => ref.trim())
      .filter((ref) => ref !== '');
    refs.forEach((ref) => {
      if (!isEntryRef(ref))
        problems.add(
          row.line,
          `${prefix}.entryIds`,
          `"${ref}" is not a timeline row; expected T<n>, e.g. T3`,
        );
    });
    const input = {
      id: row.cells.get('id') ?? '',
      category: row.cells.get('category') ?? '',
      description: row.cells.get('description') ?? '',
      entryIds: refs,
    };
    const result = contributingFactor.safeParse(input);
    for (const problem of describeIssues(result.error?.issues ?? [], input, contributingFactor)) {
      problems.add(row.line, [prefix, ...problem.path].join('.'), problem.message);
    }
    if (result.success && problems.count === before)
      factors.push({ line: row.line, index: row.index, factor: result.data });
  }
  return factors;
}
