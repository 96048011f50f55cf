import { whyChain, type WhyChain } from '@aftermath/domain';
import type { FormatProblems } from './format-problems';
import { parseTable, renderTable, type TableColumn, type TableRow } from './markdown-table';
import { describeIssues } from './schema-issues';
import type { NumberedLine } from './split-front-matter';
import { encodeCell, encodeTextCell } from './table-cell';
import { formatWhyEvidence, parseWhyEvidence } from './why-evidence-cell';

type WhyColumnKey = 'chain' | 'problem' | 'why' | 'answer' | 'evidence';

/** The why chains table's columns, in rendered order. */
export const whyColumns: readonly TableColumn<WhyColumnKey>[] = [
  { key: 'chain', heading: 'Chain', required: true },
  { key: 'problem', heading: 'Problem', required: true },
  { key: 'why', heading: 'Why', required: true },
  { key: 'answer', heading: 'Answer', aliases: ['Because'], required: true },
  { key: 'evidence', heading: 'Evidence' },
];

/**
 * Every chain as consecutive rows, one per link: the chain id on each, the problem on the first
 * only. A chain without links is one row with empty Why and Answer.
 */
export function renderWhyTable(chains: readonly WhyChain[]): string {
  const rows = chains.flatMap((chain) => {
    if (chain.links.length === 0)
      return [[encodeCell(chain.id), encodeTextCell(chain.problem), '', '', '']];
    return chain.links.map((link, i) => [
      encodeCell(chain.id),
      i === 0 ? encodeTextCell(chain.problem) : '',
      encodeTextCell(link.why),
      encodeTextCell(link.answer),
      encodeTextCell(formatWhyEvidence(link.evidence)),
    ]);
  });
  return renderTable(
    whyColumns.map((c) => c.heading),
    rows,
  );
}

/** A chain read from the table, with the lines of its rows (for checks of cited entries). */
export interface WhyChainRows {
  lines: number[];
  firstRow: number;
  chain: WhyChain;
}

type Row = TableRow<WhyColumnKey>;

/** Groups consecutive rows by chain id, reporting a chain whose rows are not together. */
function groupRows(rows: readonly Row[], problems: FormatProblems): Row[][] {
  const groups: Row[][] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const id = row.cells.get('chain') ?? '';
    const last = groups[groups.length - 1];
    if (last && (last[0]?.cells.get('chain') ?? '') === id) {
      last.push(row);
      continue;
    }
    if (seen.has(id))
      problems.add(
        row.line,
        `whys.${row.index}.chain`,
        `rows of chain "${id}" must be consecutive`,
      );
    seen.add(id);
    groups.push([row]);
  }
  return groups;
}

function readChain(rows: readonly Row[], problems: FormatProblems): WhyChainRows | null {
  const first = rows[0];
  if (!first) return null;
  const before = problems.count;
  const onlyProblem =
    rows.length === 1 && first.cells.get('why') == null && first.cells.get('answer') == null;
  const links = onlyProblem
    ? []
    : rows.map((row) => {
        const cited = parseWhyEvidence(row.cells.get('evidence') ?? '');
        if (!cited.ok) problems.add(row.line, `whys.${row.index}.evidence`, cited.message);
        return {
          why: row.cells.get('why') ?? '',
          answer: row.cells.get('answer') ?? '',
          evidence: cited.ok ? cited.evidence : [],
        };
      });
  rows.slice(1).forEach((row) => {
    if (row.cells.get('problem') != null)
      problems.add(
        row.line,
        `whys.${row.index}.problem`,
        'expected the problem on the first row of its chain only',
      );
  });
  const input = {
    id: first.cells.get('chain') ?? '',
    problem: first.cells.get('problem') ?? '',
    links,
  };
  const result = whyChain.safeParse(input);
  for (const problem of describeIssues(result.error?.issues ?? [], input, whyChain)) {
    const [head, linkIndex, ...rest] = problem.path;
    const row =
      head === 'links' && typeof linkIndex === 'number' ? (rows[linkIndex] ?? first) : first;
    const field = head === 'links' ? rest.join('.') : head === 'id' ? 'chain' : String(head);
    problems.add(row.line, `whys.${row.index}.${field}`, problem.message);
  }
  if (!result.success || problems.count !== before) return null;
  return { lines: rows.map((row) => row.line), firstRow: first.index, chain: result.data };
}

/** Reads the why chains table into chains, in file order. */
export function parseWhyTable(
  lines: readonly NumberedLine[],
  problems: FormatProblems,
): WhyChainRows[] {
  const rows = parseTable(lines, whyColumns, 'whys', problems);
  return groupRows(rows, problems)
    .map((group) => readChain(group, problems))
    .filter((chain): chain is WhyChainRows => chain !== null);
}
