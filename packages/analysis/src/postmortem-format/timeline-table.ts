import type { DocumentTimelineEntry } from '@aftermath/domain';
import { timelineRowSchema } from './document-schemas';
import { formatEvidenceRef, parseEvidenceRef } from './evidence-cell';
import { formatFlag, readFlag } from './flag-cell';
import type { FormatProblems } from './format-problems';
import { parseTable, renderTable, type TableColumn, type TableRow } from './markdown-table';
import { describeIssues } from './schema-issues';
import type { NumberedLine } from './split-front-matter';
import { encodeCell, encodeTextCell } from './table-cell';
import { guardTimestamps } from './timestamp-guard';

type TimelineColumnKey = keyof DocumentTimelineEntry;

/** The timeline table's columns, in rendered order. */
export const timelineColumns: readonly TableColumn<TimelineColumnKey>[] = [
  { key: 'at', heading: 'Time (UTC)', aliases: ['Time', 'At'], required: true },
  { key: 'precision', heading: 'Precision' },
  { key: 'zoneAssumed', heading: 'Zone assumed' },
  { key: 'kind', heading: 'Kind' },
  { key: 'source', heading: 'Source' },
  { key: 'service', heading: 'Service' },
  { key: 'title', heading: 'Title', aliases: ['Event', 'What happened'], required: true },
  { key: 'body', heading: 'Body', aliases: ['Details'] },
  { key: 'author', heading: 'Author' },
  { key: 'pinned', heading: 'Pinned' },
  { key: 'evidence', heading: 'Evidence' },
];

/** Timeline entries in time order; entries at the same instant keep their order. */
export function sortTimeline(entries: readonly DocumentTimelineEntry[]): DocumentTimelineEntry[] {
  return [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

function timelineCells(entry: DocumentTimelineEntry): string[] {
  return [
    encodeCell(entry.at),
    encodeCell(entry.precision),
    formatFlag(entry.zoneAssumed),
    encodeCell(entry.kind),
    encodeCell(entry.source),
    encodeCell(entry.service),
    encodeCell(entry.title),
    encodeTextCell(entry.body),
    encodeCell(entry.author),
    formatFlag(entry.pinned),
    encodeCell(entry.evidence && formatEvidenceRef(entry.evidence)),
  ];
}

/** The timeline as a Markdown table, in time order. */
export function renderTimelineTable(entries: readonly DocumentTimelineEntry[]): string {
  return renderTable(
    timelineColumns.map((c) => c.heading),
    sortTimeline(entries).map(timelineCells),
  );
}

function rowToInput(row: TableRow<TimelineColumnKey>, report: (f: string, m: string) => void) {
  const evidenceText = row.cells.get('evidence') ?? null;
  const evidence = evidenceText === null ? null : parseEvidenceRef(evidenceText);
  if (evidence && !evidence.ok) report('evidence', evidence.message);
  return {
    at: row.cells.get('at') ?? '',
    precision: row.cells.get('precision') ?? 's',
    zoneAssumed: readFlag(row.cells.get('zoneAssumed'), 'zoneAssumed', report),
    kind: row.cells.get('kind') ?? 'note',
    source: row.cells.get('source') ?? 'manual',
    service: row.cells.get('service') ?? null,
    title: row.cells.get('title') ?? '',
    body: row.cells.get('body') ?? '',
    author: row.cells.get('author') ?? null,
    pinned: readFlag(row.cells.get('pinned'), 'pinned', report),
    evidence: evidence?.ok ? evidence.ref : null,
  };
}

/** Reads the timeline section's table; rows come back in file order. */
export function parseTimelineRows(
  lines: readonly NumberedLine[],
  problems: FormatProblems,
): DocumentTimelineEntry[] {
  const entries: DocumentTimelineEntry[] = [];
  for (const row of parseTable(lines, timelineColumns, 'timeline', problems)) {
    const prefix = `timeline.${row.index}`;
    const before = problems.count;
    const report = (field: string, message: string) =>
      problems.add(row.line, `${prefix}.${field}`, message);
    const input = guardTimestamps(rowToInput(row, report), [['at']], (path, message) =>
      report(path.join('.'), message),
    );
    const result = timelineRowSchema.safeParse(input);
    if (!result.success) {
      for (const problem of describeIssues(result.error.issues, input, timelineRowSchema)) {
        problems.add(row.line, [prefix, ...problem.path].join('.'), problem.message);
      }
    } else if (problems.count === before) {
      entries.push(result.data);
    }
  }
  return entries;
}
