import type { DocumentActionItem } from '@aftermath/domain';
import { actionRowSchema } from './document-schemas';
import type { FormatProblems } from './format-problems';
import { formatLinks, parseLinks } from './links-cell';
import { parseTable, renderTable, type TableColumn, type TableRow } from './markdown-table';
import { describeIssues } from './schema-issues';
import type { NumberedLine } from './split-front-matter';
import { encodeCell, encodeTextCell } from './table-cell';

type ActionColumnKey = keyof DocumentActionItem;

/** The action items table's columns, in rendered order. */
export const actionColumns: readonly TableColumn<ActionColumnKey>[] = [
  { key: 'title', heading: 'Title', aliases: ['Action', 'Action item'], required: true },
  { key: 'type', heading: 'Type' },
  { key: 'priority', heading: 'Priority' },
  { key: 'owner', heading: 'Owner' },
  { key: 'dueDate', heading: 'Due', aliases: ['Due date'] },
  { key: 'status', heading: 'Status' },
  { key: 'verificationCriteria', heading: 'Verification', aliases: ['Verification criteria'] },
  { key: 'rationale', heading: 'Rationale' },
  { key: 'links', heading: 'Links' },
];

function actionCells(action: DocumentActionItem): string[] {
  return [
    encodeCell(action.title),
    encodeCell(action.type),
    encodeCell(action.priority),
    encodeCell(action.owner),
    encodeCell(action.dueDate),
    encodeCell(action.status),
    encodeTextCell(action.verificationCriteria),
    encodeCell(action.rationale),
    encodeTextCell(formatLinks(action.links)),
  ];
}

/** The action items as a Markdown table, in document order. */
export function renderActionTable(actions: readonly DocumentActionItem[]): string {
  return renderTable(
    actionColumns.map((c) => c.heading),
    actions.map(actionCells),
  );
}

type Report = (field: string, message: string) => void;

function rowToInput(row: TableRow<ActionColumnKey>, report: Report) {
  const links = parseLinks(row.cells.get('links') ?? '');
  if (!links) report('links', 'expected one link per line, or a JSON array of strings');
  return {
    title: row.cells.get('title') ?? '',
    type: row.cells.get('type') ?? 'prevent',
    priority: row.cells.get('priority') ?? 'P2',
    owner: row.cells.get('owner') ?? null,
    dueDate: row.cells.get('dueDate') ?? null,
    status: row.cells.get('status') ?? 'open',
    verificationCriteria: row.cells.get('verificationCriteria') ?? '',
    rationale: row.cells.get('rationale') ?? null,
    links: links ?? [],
  };
}

function checkRationale(action: ReturnType<typeof rowToInput>, report: Report) {
  if (action.status === 'wont_do' && (action.rationale ?? '').trim() === '') {
    report('rationale', 'required when status is wont_do: expected the reason it will not be done');
  }
}

/** Reads the action items section's table, rows in file order. */
export function parseActionTable(
  lines: readonly NumberedLine[],
  problems: FormatProblems,
): DocumentActionItem[] {
  const actions: DocumentActionItem[] = [];
  for (const row of parseTable(lines, actionColumns, 'actions', problems)) {
    const prefix = `actions.${row.index}`;
    const before = problems.count;
    const report: Report = (field, message) =>
      problems.add(row.line, `${prefix}.${field}`, message);
    const input = rowToInput(row, report);
    checkRationale(input, report);
    const result = actionRowSchema.safeParse(input);
    for (const problem of describeIssues(result.error?.issues ?? [], input, actionRowSchema)) {
      problems.add(row.line, [prefix, ...problem.path].join('.'), problem.message);
    }
    if (result.success && problems.count === before) actions.push(result.data);
  }
  return actions;
}
