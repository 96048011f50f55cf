import type { FormatProblems } from './format-problems';
import type { NumberedLine } from './split-front-matter';
import { decodeCell, isBlankText, joinRow, splitRow } from './table-cell';

/** A column of a fixed table: its heading, other headings accepted when reading, and whether required. */
export interface TableColumn<K extends string> {
  key: K;
  heading: string;
  aliases?: readonly string[];
  required?: boolean;
}

/** A data row: its file line, its position among the rows, and its decoded cells by column. */
export interface TableRow<K extends string> {
  line: number;
  index: number;
  /** Decoded cells by column; null for an empty cell, no entry when the table lacks the column. */
  cells: ReadonlyMap<K, string | null>;
}

/** Renders a table: heading row, delimiter row, one row per entry of already encoded cells. */
export function renderTable(headings: readonly string[], rows: readonly string[][]): string {
  const lines = [joinRow(headings), joinRow(headings.map(() => '---'))];
  for (const row of rows) lines.push(joinRow(row));
  return lines.join('\n');
}

const normalize = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

function readHeader<K extends string>(
  header: NumberedLine,
  columns: readonly TableColumn<K>[],
  field: string,
  problems: FormatProblems,
): K[] | null {
  const expected = columns.map((c) => c.heading).join(', ');
  const found: K[] = [];
  const before = problems.count;
  for (const raw of splitRow(header.text)) {
    const name = normalize(decodeCell(raw) ?? '');
    const column = columns.find(
      (c) => normalize(c.heading) === name || (c.aliases ?? []).some((a) => normalize(a) === name),
    );
    if (!column)
      problems.add(header.line, field, `unknown column "${name}"; expected: ${expected}`);
    else if (found.includes(column.key))
      problems.add(header.line, field, `column "${name}" appears twice`);
    else found.push(column.key);
  }
  for (const column of columns) {
    if (column.required && !found.includes(column.key)) {
      problems.add(header.line, field, `missing column "${column.heading}"; expected: ${expected}`);
    }
  }
  return problems.count === before ? found : null;
}

function isDelimiterRow(line: string, width: number): boolean {
  const cells = splitRow(line);
  return cells.length === width && cells.every((cell) => /^[ \t]*:?-+:?[ \t]*$/.test(cell));
}

/**
 * Reads the table that makes up a section: blank lines are ignored; anything that is not a table
 * with the expected columns is reported. Columns may come in any order; only required ones must
 * be present.
 */
export function parseTable<K extends string>(
  lines: readonly NumberedLine[],
  columns: readonly TableColumn<K>[],
  field: string,
  problems: FormatProblems,
): TableRow<K>[] {
  const content = lines.filter((line) => !isBlankText(line.text));
  const [header, delimiter, ...body] = content;
  if (!header) return [];
  if (!header.text.includes('|')) {
    const expected = columns.map((c) => c.heading).join(' | ');
    problems.add(header.line, field, `expected a table with the columns | ${expected} |`);
    return [];
  }
  const keys = readHeader(header, columns, field, problems);
  if (!keys) return [];
  if (!delimiter || !isDelimiterRow(delimiter.text, keys.length)) {
    const where = delimiter ?? header;
    problems.add(where.line, field, `expected a delimiter row of ${keys.length} cells (| --- |)`);
    return [];
  }
  const rows: TableRow<K>[] = [];
  body.forEach((row, index) => {
    const raw = splitRow(row.text);
    if (raw.length === keys.length) {
      const cells = new Map<K, string | null>();
      keys.forEach((key, i) => cells.set(key, decodeCell(raw[i] ?? '')));
      rows.push({ line: row.line, index, cells });
      return;
    }
    const headings = keys.map((key) => columns.find((c) => c.key === key)?.heading ?? key);
    problems.add(
      row.line,
      `${field}.${index}`,
      `expected ${keys.length} cells (${headings.join(', ')}), found ${raw.length}`,
    );
  });
  return rows;
}
