import type { FormatProblems } from './format-problems';

/** A line of the file with its 1-based number. */
export interface NumberedLine {
  line: number;
  text: string;
}

/** A file cut into its YAML front matter and its Markdown body. */
export interface SplitFile {
  /** The YAML between the `---` lines, or null when there is none to read. */
  yaml: string | null;
  /** File line of the first YAML line. */
  yamlFirstLine: number;
  body: NumberedLine[];
}

const delimiter = /^---[ \t]*$/;

/**
 * Our files are LF. A file whose first line ends in CRLF was saved on Windows: read it as LF. Any
 * other carriage return is content and is kept.
 */
function normalizeNewlines(text: string): string {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return /^---[ \t]*\r\n/.test(withoutBom) ? withoutBom.replace(/\r\n/g, '\n') : withoutBom;
}

function numbered(lines: string[], firstLine: number): NumberedLine[] {
  return lines.map((text, index) => ({ line: firstLine + index, text }));
}

/** Splits a file at its `---` front matter delimiters, reporting a missing or unclosed block. */
export function splitFrontMatter(text: string, problems: FormatProblems): SplitFile {
  const lines = normalizeNewlines(text).split('\n');
  if (!delimiter.test(lines[0] ?? '')) {
    problems.add(
      1,
      'frontMatter',
      "expected the file to start with a '---' line opening the YAML front matter",
    );
    return { yaml: null, yamlFirstLine: 1, body: numbered(lines, 1) };
  }
  const closing = lines.findIndex((line, index) => index > 0 && delimiter.test(line));
  if (closing < 0) {
    problems.add(1, 'frontMatter', "the front matter opened here is never closed by a '---' line");
    return { yaml: null, yamlFirstLine: 2, body: [] };
  }
  return {
    yaml: lines.slice(1, closing).join('\n') + '\n',
    yamlFirstLine: 2,
    body: numbered(lines.slice(closing + 1), closing + 2),
  };
}
